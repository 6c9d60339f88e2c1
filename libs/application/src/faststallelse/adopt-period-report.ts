/**
 * Record that a nämnd adopted its report for a period. The organ must exist and be active (another
 * stream); the adoption's decider decides the rest.
 */
import {
  type AdoptPeriodReport,
  faststallelseDecider,
  type FaststallelseState,
  faststallelseStream,
  formatPeriod,
  parsePeriod,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AdoptPeriodReportInput = AdoptPeriodReport['data'];

export async function adoptPeriodReport(
  app: Application,
  input: AdoptPeriodReportInput,
  write: WriteContext,
): Promise<Written<FaststallelseState>> {
  const known = await app.references.load({ organs: [input.organId] });
  known.activeOrgan(input.organId, 'data.organId');
  const parsed = parsePeriod(input.period);
  // A malformed period is refused by the decider; the stream name then only needs to be harmless.
  const key = parsed ? formatPeriod(parsed) : 'ogiltig';
  return app.execute(
    faststallelseDecider,
    faststallelseStream(input.organId, key),
    { type: 'AdoptPeriodReport', data: input },
    write,
  );
}
