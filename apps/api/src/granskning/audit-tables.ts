/**
 * Reading the audit lib's tables from the API. They are read models the worker builds: until a worker
 * has run once they do not exist, which is "not yet" (a 503 to retry), not an internal error.
 */
import { type verifyChain } from '@sparbar/audit';
import { type SqlDriver } from '@sparbar/event-store';
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

type ChainDb = Parameters<typeof verifyChain>[0];

/**
 * The lib verifies in a transaction of the read-model database, whose type also offers bulk loads;
 * verification only reads (in a READ ONLY transaction), so the API's own connection serves it as is.
 */
export function chainDb(sql: SqlDriver): ChainDb {
  return {
    transaction: (work) =>
      sql.transaction((tx) =>
        work({
          query: (text, params) => tx.query(text, params),
          exec: (text) => tx.exec(text),
          bulkInsert: () => Promise.reject(new Error('Verifieringen skriver aldrig.')),
        }),
      ),
  };
}
