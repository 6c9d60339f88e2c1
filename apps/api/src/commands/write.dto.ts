/** What every write body may carry beside its own fields. */
import { TimestampField } from '../http/dto-fields';

export class WriteDto {
  @TimestampField({
    presence: 'optional',
    description:
      'Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid.',
  })
  occurredAt?: string | null;
}
