/**
 * Joint uppdrag: each recipient answers for its own part.
 *
 * An uppdrag directed to several organs ("riktas till hälso- och sjukvårdsnämnden samt
 * regionstyrelsen") has one part per recipient. Each part has its own report per period, its own
 * corrections and its own end ("Avslutad" with a final comment, UppdragPartClosed); closing one part
 * leaves the others reporting. Beside the parts there is the joint report: the samordnare's summary
 * across förvaltningar, and every report written before parts existed (an event without organ).
 * An uppdrag with one recipient has no parts: its report is the uppdrag's report, and closing "its
 * part" closes the uppdrag.
 *
 * When the uppdrag as a whole is Avslutad: when its last open part is closed (the decider then records
 * UppdragClosed too, so every reader sees the whole end at the same instant), or when the giving
 * organ's secretary, the samordnare's secretary or the regiondirektör closes it as a whole
 * (CloseUppdrag), which ends every part still open.
 */
import { authorize, mayReportUppdragPart } from '../access/access.policy';
import { type Actor } from '../access/roles';
import { lookup } from '../shared/records';
import { optionalId, requireId, requireText, TEXT_LIMITS } from '../shared/validate';
import { type CloseUppdragPart } from './uppdrag.commands';
import { uppdragErrors } from './uppdrag.errors';
import { type UppdragEvent, type UppdragPartRef, type UppdragReport } from './uppdrag.events';
import { type Uppdrag } from './uppdrag.state';

/** The kommentar of the whole uppdrag's closing when its last part closed. */
export const ALL_PARTS_CLOSED_KOMMENTAR = 'Alla mottagare har avslutat sin del av uppdraget.';

/**
 * The part a report or correction is for, checked: a recipient (400 naming `data.organId` otherwise),
 * one the actor may write for (403), still open (409). Null is the joint report; on an uppdrag with one
 * recipient the organ's report is the joint one, so it is stored as such.
 */
export function requireReportPart(value: unknown, uppdrag: Uppdrag, actor: Actor): string | null {
  const named = optionalId(value, 'data.organId', 'Organet');
  if (named !== null) recipient(named, uppdrag);
  const part = uppdrag.riktasTill.length < 2 ? null : named;
  authorize(
    mayReportUppdragPart(actor, uppdrag, part),
    part === null
      ? jointWhat(uppdrag)
      : `rapportera delen för ${part}; varje mottagare rapporterar sin egen del`,
  );
  if (part !== null && isPartClosed(uppdrag, part)) throw uppdragErrors.partClosed(part);
  return part;
}

/** The reports a part (or, for null, the joint report) has in force per period. */
export function reportsOf(uppdrag: Uppdrag, part: string | null): Record<string, UppdragReport> {
  return part === null ? uppdrag.reports : (lookup(uppdrag.parts, part)?.reports ?? {});
}

/** What a report event carries for its part: nothing for the joint report (see UppdragPartRef). */
export function partRef(part: string | null): UppdragPartRef {
  return part === null ? {} : { organId: part };
}

export function isPartClosed(uppdrag: Uppdrag, part: string): boolean {
  return (lookup(uppdrag.parts, part)?.closedKommentar ?? null) !== null;
}

/**
 * Whether the joint report stands for every recipient's part: on an uppdrag without a samordnare (its
 * report was the report of every recipient before parts existed), and on one none of whose recipients
 * has reported a part of its own yet (reported jointly, the way every uppdrag was). The period tables
 * (libs/projections, period-parts.queries.ts) read a part by the same rule.
 */
export function jointStandsForParts(uppdrag: Uppdrag): boolean {
  return uppdrag.samordnare === null || !anyPartReported(uppdrag);
}

/**
 * The recipients that still owe their part's report for `period`: not closed, no report of their own,
 * and not covered by a joint report that stands for them. Null when the uppdrag is not reported in
 * parts: it has one recipient, or none of its recipients has reported a part yet (it is reported
 * jointly, as every uppdrag was before parts existed); then it owes the period while it lacks the
 * joint report, as before.
 */
export function partsOwing(uppdrag: Uppdrag, period: string): string[] | null {
  if (uppdrag.riktasTill.length < 2) return null;
  if (lookup(uppdrag.reports, period) !== undefined && jointStandsForParts(uppdrag)) return [];
  if (!anyPartReported(uppdrag)) return null;
  return uppdrag.riktasTill.filter(
    (organId) => !isPartClosed(uppdrag, organId) && lookup(reportsOf(uppdrag, organId), period) === undefined,
  );
}

/** The periods for which nothing more is owed (see partsOwing). */
export function periodsFullyReported(uppdrag: Uppdrag): string[] {
  const parts = Object.values(uppdrag.parts).flatMap((p) => Object.keys(p.reports));
  return [...new Set([...Object.keys(uppdrag.reports), ...parts])].filter((period) => {
    const owing = partsOwing(uppdrag, period);
    return owing === null ? lookup(uppdrag.reports, period) !== undefined : owing.length === 0;
  });
}

function anyPartReported(uppdrag: Uppdrag): boolean {
  return Object.values(uppdrag.parts).some((part) => Object.keys(part.reports).length > 0);
}

/** One recipient finishes its part; the last one to do so ends the uppdrag as a whole. */
export function closePart({ data, metadata }: CloseUppdragPart, uppdrag: Uppdrag): UppdragEvent[] {
  const organId = recipient(requireId(data.organId, 'data.organId', 'Organet'), uppdrag);
  authorize(
    mayReportUppdragPart(metadata.actor, uppdrag, organId),
    `avsluta delen för ${organId}; varje mottagare avslutar sin egen del`,
  );
  const kommentar = requireText(data.kommentar, 'data.kommentar', 'Slutkommentaren', TEXT_LIMITS.kommentar);
  const { uppdragId } = uppdrag;
  if (uppdrag.riktasTill.length < 2) return [{ type: 'UppdragClosed', data: { uppdragId, kommentar } }];
  if (isPartClosed(uppdrag, organId)) throw uppdragErrors.partClosed(organId);
  const events: UppdragEvent[] = [{ type: 'UppdragPartClosed', data: { uppdragId, organId, kommentar } }];
  const stillOpen = uppdrag.riktasTill.filter((o) => o !== organId && !isPartClosed(uppdrag, o));
  if (stillOpen.length === 0) {
    events.push({ type: 'UppdragClosed', data: { uppdragId, kommentar: ALL_PARTS_CLOSED_KOMMENTAR } });
  }
  return events;
}

function recipient(organId: string, uppdrag: Uppdrag): string {
  if (!uppdrag.riktasTill.includes(organId))
    throw uppdragErrors.organNotARecipient(organId, uppdrag.riktasTill);
  return organId;
}

function jointWhat(uppdrag: Uppdrag): string {
  return `skriva den samlade rapporten för uppdraget (samordnare: ${uppdrag.samordnare}); rapportera i stället för ert eget organs del (organId)`;
}
