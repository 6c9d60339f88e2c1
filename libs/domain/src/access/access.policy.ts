/**
 * Who may do what: the whole rule in one place, so it can be read (and audited) without the deciders.
 * Every decider asks here and throws FORBIDDEN on "no"; the edge may ask the same functions to hide
 * buttons, but the decider's answer is the one that counts.
 *
 * `importer` grants nothing by itself: it only lets a person who may already act set an earlier
 * business time (see command-guard.ts). A migration account is therefore e.g. regiondirektör + importer.
 */
import { DomainError } from '../shared/domain-error';
import { type Actor, hasRole } from './roles';

/** What the policy needs to know about an uppdrag; the uppdrag state satisfies it. */
export type UppdragAccessFacts = {
  givenBy: string;
  riktasTill: readonly string[];
  ansvarigPersonId: string;
  /** The recipient that coordinates a joint uppdrag; absent or null: none. */
  samordnare?: string | null;
};

/**
 * - `register`, `maintain` (ansvarig, periodicitet, slutdatum, withdraw): the secretary of the giving
 *   organ or of a receiving organ, and the regiondirektör.
 * - `report` (report status, correct a report, close one's part): also officers who are ansvarig for
 *   the uppdrag or work in a receiving organ. Which report they may write is `mayReportUppdragPart`.
 * - `close` (the whole uppdrag): as `maintain` when it has one recipient. An uppdrag directed to several
 *   organs is closed as a whole only by the giving organ's secretary, the samordnare's secretary or the
 *   regiondirektör: one recipient's secretary closes its own part, never the others'.
 */
export type UppdragAction = 'register' | 'maintain' | 'report' | 'close';

export function mayActOnUppdrag(actor: Actor, action: UppdragAction, uppdrag: UppdragAccessFacts): boolean {
  if (hasRole(actor, 'regiondirektor')) return true;
  const organ = actor.organId ?? null;
  if (organ === null) return action === 'report' && isAnsvarigOfficer(actor, uppdrag);
  const isSecretary = hasRole(actor, 'secretary');
  if (action === 'close' && uppdrag.riktasTill.length > 1) {
    return isSecretary && (uppdrag.givenBy === organ || (uppdrag.samordnare ?? null) === organ);
  }
  if (isSecretary && (uppdrag.givenBy === organ || uppdrag.riktasTill.includes(organ))) return true;
  if (action !== 'report' || !hasRole(actor, 'officer')) return false;
  return isAnsvarigOfficer(actor, uppdrag) || uppdrag.riktasTill.includes(organ);
}

/**
 * Whose report someone may write on an uppdrag they may `report` on (`part`: a recipient organ, or null
 * for the joint report); closing a part follows the same rule, since "Avslutad" is the part's last report.
 * - An organ's own part: that organ's secretary and officers, and the regiondirektör. It is the nämnd's
 *   own word in its own delårsrapport, so neither the ansvarig nor the samordnare writes it for them.
 * - The joint report, when there is a samordnare: the samordnare's secretary and officers, the ansvarig,
 *   the giving organ's secretary and the regiondirektör; the other recipients report their parts.
 * - The joint report without a samordnare (or with one recipient) is the uppdrag's report as before
 *   parts existed: whoever may `report` on the uppdrag.
 */
export function mayReportUppdragPart(
  actor: Actor,
  uppdrag: UppdragAccessFacts,
  part: string | null,
): boolean {
  if (!mayActOnUppdrag(actor, 'report', uppdrag)) return false;
  if (hasRole(actor, 'regiondirektor')) return true;
  const organ = actor.organId ?? null;
  const ownOrgan = hasRole(actor, 'secretary') || hasRole(actor, 'officer');
  if (part !== null) return ownOrgan && organ === part;
  const samordnare = uppdrag.samordnare ?? null;
  if (samordnare === null || uppdrag.riktasTill.length < 2) return true;
  if (isAnsvarigOfficer(actor, uppdrag)) return true;
  if (hasRole(actor, 'secretary') && organ === uppdrag.givenBy) return true;
  return ownOrgan && organ === samordnare;
}

function isAnsvarigOfficer(actor: Actor, uppdrag: UppdragAccessFacts): boolean {
  return hasRole(actor, 'officer') && uppdrag.ansvarigPersonId === actor.personId;
}

/** What the policy needs to know about a delmål: the nämnd whose plan it belongs to. */
export type DelmalAccessFacts = { organId: string };

/**
 * A delmål belongs to one nämnd's plan, so only that nämnd acts on it:
 * - `define`, `maintain` (add indikator, change målvärde, close): the nämnd's secretary;
 * - `report` (record or correct utfall, assess or correct an assessment): its secretary and officers.
 * The regiondirektör reads every delmål but does not write a nämnd's plan.
 */
export type DelmalAction = 'define' | 'maintain' | 'report';

export function mayActOnDelmal(actor: Actor, action: DelmalAction, delmal: DelmalAccessFacts): boolean {
  if ((actor.organId ?? null) !== delmal.organId) return false;
  if (hasRole(actor, 'secretary')) return true;
  return action === 'report' && hasRole(actor, 'officer');
}

/**
 * What the policy needs to know about an uppsiktsärende: the organ exercising uppsikt (regionstyrelsen;
 * the command handler checks that the organ named is of that kind) and the organ it concerns.
 */
export type UppsiktAccessFacts = { regionstyrelsenId: string; organId: string };

/**
 * Regionstyrelsen's uppsiktsplikt (kommunallagen 6 kap. 1–2 §§):
 * - `record`, `close`: regionstyrelsen's secretary, and the regiondirektör who heads its administration;
 * - `answer`: the organ the ärende concerns, its secretary or officers — and nobody else, not even
 *   regionstyrelsen, because the answer is the organ's own word.
 */
export type UppsiktAction = 'record' | 'close' | 'answer';

export function mayActOnUppsiktsarende(
  actor: Actor,
  action: UppsiktAction,
  arende: UppsiktAccessFacts,
): boolean {
  const organ = actor.organId ?? null;
  if (action === 'answer') {
    return organ === arende.organId && (hasRole(actor, 'secretary') || hasRole(actor, 'officer'));
  }
  if (hasRole(actor, 'regiondirektor')) return true;
  return hasRole(actor, 'secretary') && organ === arende.regionstyrelsenId;
}

/** What the policy needs to know about an internkontrollplan: the nämnd whose plan it is. */
export type InternkontrollAccessFacts = { organId: string };

/**
 * The nämnd's intern kontroll (kommunallagen 6 kap. 6 §) is its own, like its delmål:
 * - `maintain` (create the plan, risks, kontrollmoment, adopt, changes after adoption): its secretary;
 * - `report` (results per period, åtgärder and their status): its secretary and officers.
 */
export type InternkontrollAction = 'maintain' | 'report';

export function mayActOnInternkontroll(
  actor: Actor,
  action: InternkontrollAction,
  plan: InternkontrollAccessFacts,
): boolean {
  if ((actor.organId ?? null) !== plan.organId) return false;
  if (hasRole(actor, 'secretary')) return true;
  return action === 'report' && hasRole(actor, 'officer');
}

/**
 * Fastställande of a nämnd's period report: the nämnd's own secretary records its decision, nobody
 * else (not the regiondirektör: the decision is the nämnd's). Regionstyrelsen's and fullmäktige's
 * handling of it: the secretary of that body.
 */
export function mayAdoptPeriodReport(actor: Actor, organId: string): boolean {
  return hasRole(actor, 'secretary') && (actor.organId ?? null) === organId;
}

export function mayRecordPeriodReportHandling(actor: Actor, byOrganId: string): boolean {
  return hasRole(actor, 'secretary') && (actor.organId ?? null) === byOrganId;
}

/** Organs and people: administrators only. */
export function mayMaintainMasterData(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

/**
 * Uppdrag, delmål and master data are public documents printed in reports to fullmäktige, so every
 * role may read them; `importer` alone is not a user but a migration capability.
 */
export function mayRead(actor: Actor): boolean {
  return actor.roles.some((role) => role !== 'importer');
}

/**
 * People's contact details (e-mail address) are personal data that only those who need them see:
 * secretaries, who chase reports and send reminders, and administrators, who maintain the register.
 * Everyone else who reads sees names and organ only (data minimisation, GDPR art. 5.1 c).
 */
export function mayReadContactDetails(actor: Actor): boolean {
  return hasRole(actor, 'secretary') || hasRole(actor, 'admin');
}

/**
 * The raw log (who did what, when, with both times) is evidence: auditors and the regiondirektör. The
 * audit trail searched across items is the same evidence in words, so the same people.
 */
export function mayReadLog(actor: Actor): boolean {
  return hasRole(actor, 'auditor') || hasRole(actor, 'regiondirektor');
}

/**
 * Verifying the hash chain and exporting its head shows that the log is intact, not what it says
 * (positions, event ids, hashes): those who read the log, and administrators, who run the system and
 * must be able to check it after a restore or a migration without being shown who did what.
 */
export function mayVerifyChain(actor: Actor): boolean {
  return mayReadLog(actor) || hasRole(actor, 'admin');
}

/**
 * Running an import (a sheet of uppdrag, a file of historical commands): the `importer` capability.
 * It opens the door only: each command in the file is still decided with its own actor's rights.
 */
export function mayImport(actor: Actor): boolean {
  return hasRole(actor, 'importer');
}

/** Throws FORBIDDEN unless allowed; `what` completes "Du har inte behörighet att …". */
export function authorize(allowed: boolean, what: string): void {
  if (!allowed) throw new DomainError('FORBIDDEN', `Du har inte behörighet att ${what}.`);
}
