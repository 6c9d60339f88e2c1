/**
 * One refusal in an import file. `row` is what the person fixing the file looks for: the row number as
 * the spreadsheet shows it (the header is row 1) or, in a command file, the command's number (1 = the
 * first command). `field` is the column heading (sheet) or the command's field (`data.period`,
 * `occurredAt`, `actor`); `reason` is Swedish.
 */
export interface ImportError {
  row: number;
  field: string;
  reason: string;
  /** The domain's error code when a rule refused it (`PERIOD_ALREADY_REPORTED`); absent for format errors. */
  code?: string;
}
