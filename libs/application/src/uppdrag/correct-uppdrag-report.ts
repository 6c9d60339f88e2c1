/**
 * Correct an earlier report (the joint one, or with `organId` one recipient's own part); the original
 * stays in the log. The uppdrag's decider decides alone; nothing else is read.
 */
import { type CorrectUppdragReport, uppdragDecider, type UppdragState, uppdragStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CorrectUppdragReportInput = CorrectUppdragReport['data'];

export function correctUppdragReport(
  app: Application,
  input: CorrectUppdragReportInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'CorrectUppdragReport', data: input },
    write,
  );
}
