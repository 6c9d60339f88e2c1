/**
 * Report an uppdrag's status and kommentar for a period: the joint report, or (with `organId`) one
 * recipient's own part. The uppdrag's decider decides; when the organ whose report it is has adopted
 * the period, the lock (adoption-locks.ts) requires `reason` and marks the report as made after adoption.
 */
import {
  type AdoptionLock,
  reportOrgansOf,
  uppdragDecider,
  type UppdragState,
  type UppdragStatus,
  uppdragStream,
} from '@sparbar/domain';
import { adoptionLocks, underAdoptionLock } from '../faststallelse/adoption-locks';
import { type Application, type WriteContext, type Written } from '../write/application';

export interface ReportUppdragStatusInput {
  uppdragId: string;
  period: string;
  status: UppdragStatus;
  kommentar: string;
  /** A recipient's own part; null: the joint report. */
  organId: string | null;
  /** Why, when the period is already adopted by the organ (required then); ignored otherwise. */
  reason?: string | null;
}

export async function reportUppdragStatus(
  app: Application,
  input: ReportUppdragStatusInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  const { reason, ...data } = input;
  const stream = uppdragStream(input.uppdragId);
  const locks = await uppdragReportLocks(app, stream, input.organId ?? null, input.period);
  return app.execute(
    underAdoptionLock(uppdragDecider, locks, reason),
    stream,
    { type: 'ReportUppdragStatus', data },
    write,
  );
}

/**
 * The adoptions of the organs whose report this is: a part's organ is named, the joint report's organs
 * come from the uppdrag (none while it does not exist).
 */
export async function uppdragReportLocks(
  app: Application,
  stream: string,
  part: string | null,
  period: unknown,
): Promise<AdoptionLock[]> {
  if (part !== null) return adoptionLocks(app, [part], period);
  const { state } = await app.load(uppdragDecider, stream);
  return state.exists ? adoptionLocks(app, reportOrgansOf(state, null), period) : [];
}
