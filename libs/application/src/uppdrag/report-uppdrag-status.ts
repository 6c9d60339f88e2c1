/**
 * Report an uppdrag's status and kommentar for a period: the joint report, or (with `organId`) one
 * recipient's own part. The uppdrag's decider decides alone; nothing else is read.
 */
import { uppdragDecider, type UppdragState, type UppdragStatus, uppdragStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export interface ReportUppdragStatusInput {
  uppdragId: string;
  period: string;
  status: UppdragStatus;
  kommentar: string;
  /** A recipient's own part; null: the joint report. */
  organId: string | null;
}

export function reportUppdragStatus(
  app: Application,
  input: ReportUppdragStatusInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'ReportUppdragStatus', data: { ...input } },
    write,
  );
}
