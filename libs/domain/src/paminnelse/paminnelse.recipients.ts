/**
 * Who is told. A reminder goes to the uppdrag's ansvarig as it is when the reminder goes out (a
 * change of ansvarig after scheduling redirects it). An escalation goes to the secretaries of the
 * organs the uppdrag is directed to and, where the organisation wants it, to the regiondirektör's
 * office. Deactivated people get nothing.
 *
 * A joint uppdrag (several recipients, each reporting its own part) is owed by the organs whose part
 * is missing (`owing`, see partsOwing in uppdrag.parts.ts), and only they are told: the reminder goes to
 * the ansvarig for the ansvarig's own organ and to the secretaries of the other organs that owe, the
 * escalation to the secretaries of all that owe (and the regiondirektör's office where configured). An organ that has reported
 * its part, or closed it, hears nothing more about the period.
 */
import { type Role } from '../access/roles';
import { type PaminnelseKind } from './paminnelse.events';

export type RecipientCandidate = {
  personId: string;
  organId: string | null;
  roles: readonly Role[];
  active: boolean;
};

export type RecipientItem = {
  ansvarigPersonId: string;
  riktasTill: readonly string[];
  /** A joint uppdrag's organs whose part of the period is missing; null or absent: not a joint uppdrag. */
  owing?: readonly string[] | null;
};

export function recipientsOf(
  kind: PaminnelseKind,
  item: RecipientItem,
  people: Iterable<RecipientCandidate>,
  options: { escalateToRegiondirektor: boolean },
): string[] {
  const active = [...people].filter((p) => p.active);
  if (item.owing !== undefined && item.owing !== null)
    return owingRecipients(kind, item, active, item.owing, options);
  if (kind === 'paminnelse') {
    return active.some((p) => p.personId === item.ansvarigPersonId) ? [item.ansvarigPersonId] : [];
  }
  const organs = new Set(item.riktasTill);
  return active
    .filter(
      (p) =>
        (p.roles.includes('secretary') && p.organId !== null && organs.has(p.organId)) ||
        (options.escalateToRegiondirektor && p.roles.includes('regiondirektor')),
    )
    .map((p) => p.personId)
    .sort();
}

function owingRecipients(
  kind: PaminnelseKind,
  item: RecipientItem,
  active: RecipientCandidate[],
  owing: readonly string[],
  options: { escalateToRegiondirektor: boolean },
): string[] {
  const organs = new Set(owing);
  // Before the deadline the ansvarig answers for the ansvarig's own organ; other organs' secretaries for theirs.
  const ansvarig = active.find((p) => p.personId === item.ansvarigPersonId);
  const ansvarigOrgan = kind === 'paminnelse' && ansvarig?.organId ? ansvarig.organId : null;
  return active
    .filter(
      (p) =>
        (p.roles.includes('secretary') &&
          p.organId !== null &&
          organs.has(p.organId) &&
          p.organId !== ansvarigOrgan) ||
        (p === ansvarig && ansvarigOrgan !== null && organs.has(ansvarigOrgan)) ||
        (kind === 'eskalering' && options.escalateToRegiondirektor && p.roles.includes('regiondirektor')),
    )
    .map((p) => p.personId)
    .sort();
}

/**
 * The active secretaries of one organ; for an escalation also the regiondirektör where configured.
 * Whom a delmål's, an uppsiktsärende's and a kontrollmoment's reminders go to, each naming its organ.
 */
export function organSecretariesOf(
  kind: PaminnelseKind,
  organId: string,
  people: Iterable<RecipientCandidate>,
  options: { escalateToRegiondirektor: boolean },
): string[] {
  return [...people]
    .filter((p) => p.active)
    .filter(
      (p) =>
        (p.roles.includes('secretary') && p.organId === organId) ||
        (kind === 'eskalering' && options.escalateToRegiondirektor && p.roles.includes('regiondirektor')),
    )
    .map((p) => p.personId)
    .sort();
}
