/**
 * A nämnd's adoption of its period report, and regionstyrelsen's and fullmäktige's handling of it, in
 * words; and the words every report, utfall or assessment made after its period was adopted carries.
 * Filed under the organ whose report it is, with the period, so an auditor searching the organ finds
 * its adoptions beside its other events.
 */
import {
  type AfterAdoption,
  CHANGED_AFTER_ADOPTION_LABEL,
  type FaststallelseEvent,
  HANDLING_BODY_LABELS,
  HANDLING_KIND_LABELS,
} from '@sparbar/domain';
import { type Described } from './changes';
import { named, periodText } from './format';
import { type Names } from './names';

export function describeFaststallelse(event: FaststallelseEvent, names: Names): Described | undefined {
  switch (event.type) {
    case 'PeriodReportAdopted': {
      const d = event.data;
      const dnr = d.diarienummer ? ` (dnr ${d.diarienummer})` : '';
      const replaces = d.previous
        ? `; ersätter fastställandet ${d.previous.meetingDate} § ${paragrafOf(d.previous.paragraf)}`
        : '';
      return {
        description:
          `Rapporten för ${periodText(d.period)} fastställd av ${named(names, 'organ', d.organId)} ` +
          `${d.meetingDate} § ${paragrafOf(d.paragraf)}${dnr}${replaces}`,
        changes: [],
      };
    }
    case 'PeriodReportHandlingRecorded': {
      const d = event.data;
      return {
        description:
          `Rapporten för ${periodText(d.period)} från ${named(names, 'organ', d.organId)} ` +
          `${HANDLING_KIND_LABELS[d.kind] ?? d.kind} i ${lower(HANDLING_BODY_LABELS[d.by] ?? d.by)} ` +
          `${d.date} § ${paragrafOf(d.paragraf)}`,
        changes: [],
      };
    }
    default:
      return undefined;
  }
}

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('sv-SE') + s.slice(1);
const paragrafOf = (p: string) => p.trim().replace(/^§\s*/, '');

/** The organ and period an adoption's event is about (its stream names them too). */
export function adoptionItemOf(data: Record<string, unknown>): { organId: string; period: string } | null {
  return typeof data.organId === 'string' && typeof data.period === 'string'
    ? { organId: data.organId, period: data.period }
    : null;
}

/** " — ändrad efter fastställande 2023-05-24 § 45 (skäl: …)" for an event the lock marked, else "". */
export function afterAdoptionText(data: Record<string, unknown>): string {
  const after = data.afterAdoption as AfterAdoption | undefined;
  if (!after || typeof after !== 'object') return '';
  return ` — ${CHANGED_AFTER_ADOPTION_LABEL} ${after.adoptedOn} § ${paragrafOf(after.paragraf)} (skäl: ${after.reason})`;
}

/** The reason an event gives: its own, or the one the lock asked for. */
export function reasonOf(data: Record<string, unknown>): string | null {
  if (typeof data.reason === 'string') return data.reason;
  const after = data.afterAdoption as AfterAdoption | undefined;
  return after && typeof after.reason === 'string' ? after.reason : null;
}
