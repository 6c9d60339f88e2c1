/** Field changes, old → new, as the audit trail stores them (JSON) and shows them. */
import { type FieldChange } from '@sparbar/projections/history/field-changes';

export { change, differing, type FieldChange, set } from '@sparbar/projections/history/field-changes';

/** What one event means to a human: a sentence, and each field it changed. */
export interface Described {
  description: string;
  changes: FieldChange[];
}
