/**
 * The two time points every period read can be asked at (libs/projections/src/periods/time-point.ts):
 * the business date ("the table as it stood on 30 April") and the recorded instant ("what the system
 * showed on 8 May at 10:00, before the correction of 12 May"). Both may be given; neither means now.
 */
import { DateField, TimestampField } from '../http/dto-fields';

export class TimePointQuery {
  @DateField({
    presence: 'optional',
    description:
      'Som det stod den dagen (händelsetid, svensk tid): det som hänt till och med dagens slut räknas.',
    example: '2023-04-30',
  })
  asOf?: string;

  @TimestampField({
    presence: 'optional',
    description:
      'Som systemet visade det vid tidpunkten (servertid): det som lagrats till och med den, före senare rättelser.',
    example: '2023-05-08T10:00:00+02:00',
  })
  recordedAt?: string;
}
