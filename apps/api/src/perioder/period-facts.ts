/**
 * Reading the period facts (libs/projections/src/periods) from the API. The queries have the last word
 * on what they can answer: a `ReadModelQueryError` names the parameter, so it is a 400 naming that field.
 * Until a worker has created the read model its views do not exist: "not yet", a 503 to retry.
 */
import { ReadModelQueryError, type TimePoint } from '@sparbar/projections';
import { problem, ProblemError } from '../http/problem';
import { invalid } from '../http/validation';

/** PostgreSQL: undefined table (the read model's view is not there yet). */
const UNDEFINED_TABLE = '42P01';

export async function fromPeriodFacts<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ReadModelQueryError) throw invalid([{ field: error.field, reason: error.message }]);
    if ((error as { code?: string }).code === UNDEFINED_TABLE) {
      throw new ProblemError(
        problem(
          503,
          'READ_MODEL_UNAVAILABLE',
          'Periodtabellerna byggs ännu upp (arbetaren har inte startat). Försök igen strax.',
        ),
      );
    }
    throw error;
  }
}

/** The time point as the queries take it: only what was asked for. */
export function timePoint(query: TimePoint): TimePoint {
  return {
    ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
    ...(query.recordedAt !== undefined ? { recordedAt: query.recordedAt } : {}),
  };
}
