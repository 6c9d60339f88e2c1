/**
 * Reading the audit lib's tables from the API. They are read models the worker builds: until a worker
 * has run once they do not exist, which is "not yet" (a 503 to retry), not an internal error.
 */
import { problem, ProblemError } from '../http/problem';

/** PostgreSQL: undefined table (the read model's view is not there yet). */
const UNDEFINED_TABLE = '42P01';

export async function fromAuditTables<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) {
      throw new ProblemError(
        problem(
          503,
          'READ_MODEL_UNAVAILABLE',
          'Granskningsspåret byggs ännu upp (arbetaren har inte startat). Försök igen strax.',
        ),
      );
    }
    throw error;
  }
}
