/**
 * The marks on the delmål rows of a report's måluppfyllelse section, as the uppdrag rows carry theirs:
 * "ändrad efter fastställande (skäl: …)" when the bedömning the row shows, or an indikator's utfall, was
 * written after the organ's adoption. The period facts keep no recorded time for a delmål, so the
 * delmål's stream is read up to the report's cutoff and the event that made what the row shows (the last
 * one for that period) asked: the lock put `afterAdoption`, with the reason, on it. Only events stored
 * after the adoption the report names count, so a re-adopted report marks only what changed since.
 */
import { type Application } from '@sparbar/application';
import { type AfterAdoption, changedAfterAdoptionText, delmalStream } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type Maluppfyllelse } from '@sparbar/projections';
import { type KnownAdoption } from '../faststallelse/adoption-marks';

const ASSESSMENT = new Set(['DelmalAssessed', 'DelmalAssessmentCorrected']);
const UTFALL = new Set(['IndikatorUtfallRecorded', 'IndikatorUtfallCorrected']);

type PeriodData = { period?: string; indikatorId?: string; afterAdoption?: AfterAdoption };

/** Per delmål id its mark; delmål not changed after the adoption are left out. */
export async function delmalMarks(
  app: Application,
  mal: Maluppfyllelse,
  adoption: KnownAdoption | undefined,
  upToPosition: number,
): Promise<Map<string, string>> {
  const marks = new Map<string, string>();
  if (!adoption) return marks;
  const adoptedAt = Date.parse(adoption.recordedAt);
  await Promise.all(
    mal.delmal.map(async (d) => {
      const events = (await app.streams.readStream(delmalStream(d.delmalId))).filter(
        (e) => e.position <= upToPosition,
      );
      // The reason of the last event of those types for the period, when it came after the adoption.
      const reasonOf = (types: Set<string>, period: string | null, indikatorId?: string) => {
        if (period === null) return null;
        const last = events.findLast((e: StoredEvent) => {
          const data = e.data as PeriodData;
          return (
            types.has(e.type) &&
            data.period === period &&
            (indikatorId === undefined || data.indikatorId === indikatorId)
          );
        });
        const after = last ? (last.data as PeriodData).afterAdoption : undefined;
        return after && Date.parse(last!.recordedAt) > adoptedAt ? after.reason : null;
      };
      const lines: string[] = [];
      const bedomning = reasonOf(ASSESSMENT, d.bedomningPeriod);
      if (bedomning !== null) lines.push(changedAfterAdoptionText(bedomning));
      for (const i of d.indikatorer) {
        const utfall = reasonOf(UTFALL, i.utfallPeriod, i.indikatorId);
        if (utfall !== null) lines.push(`${i.namn}: ${changedAfterAdoptionText(utfall)}`);
      }
      if (lines.length > 0) marks.set(d.delmalId, lines.join('; '));
    }),
  );
  return marks;
}
