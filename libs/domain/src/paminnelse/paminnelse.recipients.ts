/**
 * Who is told. A reminder goes to the uppdrag's ansvarig as it is when the reminder goes out (a
 * change of ansvarig after scheduling redirects it). An escalation goes to the secretaries of the
 * organs the uppdrag is directed to and, where the organisation wants it, to the regiondirektör's
 * office. Deactivated people get nothing.
 */
import { type Role } from '../access/roles';
import { type PaminnelseKind } from './paminnelse.events';

export type RecipientCandidate = {
  personId: string;
  organId: string | null;
  roles: readonly Role[];
  active: boolean;
};

export type RecipientItem = { ansvarigPersonId: string; riktasTill: readonly string[] };

export function recipientsOf(
  kind: PaminnelseKind,
  item: RecipientItem,
  people: Iterable<RecipientCandidate>,
  options: { escalateToRegiondirektor: boolean },
): string[] {
  const active = [...people].filter((p) => p.active);
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
