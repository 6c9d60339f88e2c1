/**
 * Whose report a page writes on an uppdrag directed to several organs: a recipient's own part (its
 * organ id) or the joint report (null), the samordnare's summary. Who may write which is the domain's
 * rule (mayReportUppdragPart); this only orders them so that the one meant by default comes first:
 * the person's own organ's part, since each nämnd reports its own status in its own delårsrapport.
 * With one recipient there are no parts and the only report is the uppdrag's (null).
 */
import { may } from '../access';
import { type Directory } from '../directory';
import { type SessionUser } from '../session';
import { type Report, type UppdragPart, type UppdragView } from '../wire';

export type Target = string | null;

/** The joint report's value in a form (a radio's value), beside the organ ids. */
export const JOINT = 'samlad';

export function isJoint(uppdrag: { riktasTill: string[] }): boolean {
  return uppdrag.riktasTill.length > 1;
}

function accessFacts(uppdrag: UppdragView) {
  return { ...uppdrag, givenBy: uppdrag.origin.givenBy };
}

export function partOf(uppdrag: UppdragView, organId: string | null): UppdragPart | undefined {
  return organId === null ? undefined : uppdrag.parts.find((p) => p.organId === organId);
}

/** The reports the target has, oldest first. */
export function reportsOf(uppdrag: UppdragView, target: Target): Report[] {
  return target === null ? uppdrag.reports : (partOf(uppdrag, target)?.reports ?? []);
}

/**
 * The reports the person may write now, the default first. A closed part takes no more reports, nor
 * does an uppdrag that has ended.
 */
export function writableTargets(user: SessionUser, uppdrag: UppdragView): Target[] {
  if (uppdrag.lifecycle !== 'aktivt') return [];
  const facts = accessFacts(uppdrag);
  if (!isJoint(uppdrag)) return may.reportOn(user, facts) ? [null] : [];
  const open = uppdrag.riktasTill.filter((organId) => !partOf(uppdrag, organId)?.closed);
  const own = user.organId !== null && open.includes(user.organId) ? [user.organId] : [];
  const candidates: Target[] = [...own, null, ...open.filter((o) => o !== user.organId)];
  return candidates.filter((target) => may.reportPart(user, facts, target));
}

/** "Hälso- och sjukvårdsnämndens": the Swedish genitive, nothing added after s, x or z. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** How a choice reads: "Hälso- och sjukvårdsnämndens del", "Den samlade rapporten (samordnare: …)". */
export function targetLabel(target: Target, uppdrag: UppdragView, directory: Directory): string {
  if (target !== null) return `${genitive(directory.organName(target))} del`;
  return uppdrag.samordnare
    ? `Den samlade rapporten (samordnare: ${directory.organName(uppdrag.samordnare)})`
    : 'Den samlade rapporten för hela uppdraget';
}

/** The heading over the form: what is being reported. */
export function targetHeading(target: Target, directory: Directory): string {
  return target === null
    ? 'Samlad rapport för uppdraget'
    : `Rapport för ${genitive(directory.organName(target))} del`;
}
