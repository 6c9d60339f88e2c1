/**
 * A command read from an import file, before anyone decided on it: the domain command's type and data
 * exactly as the API would send them, who acts (a person id, resolved against the person's stream),
 * and the business time. `fieldName` turns a domain field (`data.slutdatum`) into what the file calls
 * it (the column "Slutdatum"), so errors point at what the person can see.
 */
export interface PlannedCommand {
  row: number;
  type: string;
  data: Record<string, unknown>;
  actor: string;
  /** Business time, ISO 8601 with zone; absent: when it is written. */
  occurredAt?: string;
  fieldName?: (domainField: string | null) => string;
}

export interface Parsed {
  commands: PlannedCommand[];
  errors: import('./import-error').ImportError[];
}
