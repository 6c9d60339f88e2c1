/**
 * Why a row was changed after adoption: a correction gives its own reason (the period facts keep it);
 * a first report written after adoption has it only in the event's `afterAdoption`, so the uppdrag's
 * stream is read for the few marked rows, and the event stored at the row's recorded time found.
 */
import { type Application } from '@sparbar/application';
import { type AfterAdoption, uppdragStream } from '@sparbar/domain';

type MarkedReport = {
  uppdragId: string;
  andradEfterFaststallande: boolean;
  corrected: boolean;
  correctionReason: string | null;
  recordedAt: string | null;
};

export async function changeReasons(
  app: Application,
  rows: readonly (MarkedReport & { parts: readonly MarkedReport[] | null })[],
): Promise<(report: MarkedReport) => string | null> {
  const marked = rows.flatMap((r) => [r, ...(r.parts ?? [])]).filter((r) => r.andradEfterFaststallande);
  const ids = [...new Set(marked.filter((r) => !r.corrected).map((r) => r.uppdragId))].sort();
  const byTime = new Map<string, string>();
  for (const uppdragId of ids)
    for (const e of await app.streams.readStream(uppdragStream(uppdragId))) {
      const after = (e.data as { afterAdoption?: AfterAdoption }).afterAdoption;
      if (after) byTime.set(`${uppdragId}@${Date.parse(e.recordedAt)}`, after.reason);
    }
  return (report) => {
    if (report.corrected && report.correctionReason) return report.correctionReason;
    if (report.recordedAt === null) return null;
    return byTime.get(`${report.uppdragId}@${Date.parse(report.recordedAt)}`) ?? null;
  };
}
