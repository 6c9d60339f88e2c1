/**
 * The roles a person can hold. A role says what kind of work someone does; which items they may touch
 * follows from the role together with their organ (see access.policy.ts).
 */
export const ROLES = ['officer', 'secretary', 'regiondirektor', 'auditor', 'admin', 'importer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Ansvarig tjänsteperson',
  secretary: 'Nämndsekreterare',
  regiondirektor: 'Regiondirektör',
  auditor: 'Revisor',
  admin: 'Administratör',
  importer: 'Import av historik',
};

/** Roles whose rights are tied to an organ: without one they could act nowhere, so an organ is required. */
export const ORGAN_BOUND_ROLES: readonly Role[] = ['officer', 'secretary'];

/** The person behind a command, as the edge authenticated them. */
export type Actor = {
  personId: string;
  roles: readonly Role[];
  /** The organ the person works for; officers and secretaries act on that organ's items. */
  organId?: string | null;
};

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
