/** What every write body may carry beside its own fields. */
import { TimestampField } from '../http/dto-fields';

export class WriteDto {
  @TimestampField({
    presence: 'optional',
    description:
      'Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. ' +
      'Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.',
  })
  occurredAt?: string | null;
}
