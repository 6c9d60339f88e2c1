/**
 * Correct an earlier report (the joint one, or with `organId` one recipient's own part); the original
 * stays in the log. The uppdrag's decider decides; on a period its organ has adopted, the correction is
 * marked as made after adoption (adoption-locks.ts), its own reason being the one recorded.
 */
import { type CorrectUppdragReport, uppdragDecider, type UppdragState, uppdragStream } from '@sparbar/domain';
import { underAdoptionLock } from '../faststallelse/adoption-locks';
import { type Application, type WriteContext, type Written } from '../write/application';
import { uppdragReportLocks } from './report-uppdrag-status';

export type CorrectUppdragReportInput = CorrectUppdragReport['data'];

export async function correctUppdragReport(
  app: Application,
  input: CorrectUppdragReportInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  const stream = uppdragStream(input.uppdragId);
  const locks = await uppdragReportLocks(app, stream, input.organId ?? null, input.period);
  return app.execute(
    underAdoptionLock(uppdragDecider, locks, input.reason),
    stream,
    { type: 'CorrectUppdragReport', data: input },
    write,
  );
}
