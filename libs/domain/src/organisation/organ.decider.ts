/**
 * The organ's decider. Only administrators maintain master data. Whether a parent organ exists, and
 * that no organ ends up under itself through others, needs the other organs: the command handler
 * checks that against the organisation read model; this decider refuses what it can see alone.
 */
import { authorize, mayMaintainMasterData } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { NO_CORRECTIONS, withBusinessTime } from '../shared/business-time';
import { type Decider } from '../shared/decider';
import {
  optionalId,
  requireId,
  requireOneOf,
  requireReason,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import { type OrganCommand, type RegisterOrgan } from './organ.commands';
import { type OrganEvent } from './organ.events';
import { evolveOrgan, initialOrganState, type Organ, type OrganState } from './organ.state';
import { ORGAN_TYPER, ORGAN_TYPER_FOR, ORGANISATION_SLAG } from './organ.typ';
import { organisationErrors } from './organisation.errors';

export function decideOrgan(command: OrganCommand, state: OrganState): OrganEvent[] {
  checkCommand(command);
  authorize(mayMaintainMasterData(command.metadata.actor), 'ändra organisationens grunddata');
  if (command.type === 'RegisterOrgan') return register(command, state);
  const organ = active(state);
  switch (command.type) {
    case 'RenameOrgan': {
      const to = {
        namn: requireText(command.data.namn, 'data.namn', 'Namnet', TEXT_LIMITS.namn),
        kortnamn: requireText(command.data.kortnamn, 'data.kortnamn', 'Kortnamnet', TEXT_LIMITS.kortnamn),
      };
      if (to.namn === organ.namn && to.kortnamn === organ.kortnamn) return [];
      const from = { namn: organ.namn, kortnamn: organ.kortnamn };
      return [{ type: 'OrganRenamed', data: { organId: organ.organId, from, to } }];
    }
    case 'ChangeOrganParent': {
      const to = requireParent(command.data.parentOrganId, organ.organId);
      if (to === organ.parentOrganId) return [];
      return [
        { type: 'OrganParentChanged', data: { organId: organ.organId, from: organ.parentOrganId, to } },
      ];
    }
    case 'DeactivateOrgan':
      return [
        {
          type: 'OrganDeactivated',
          data: { organId: organ.organId, reason: requireReason(command.data.reason) },
        },
      ];
  }
}

function active(state: OrganState): Organ {
  if (!state.exists) throw organisationErrors.organNotFound();
  if (!state.active) throw organisationErrors.organDeactivated();
  return state;
}

function register({ data }: RegisterOrgan, state: OrganState): OrganEvent[] {
  if (state.exists) throw organisationErrors.organAlreadyRegistered();
  const organId = requireId(data.organId, 'data.organId', 'Organet');
  return [
    {
      type: 'OrganRegistered',
      data: {
        organId,
        namn: requireText(data.namn, 'data.namn', 'Namnet', TEXT_LIMITS.namn),
        kortnamn: requireText(data.kortnamn, 'data.kortnamn', 'Kortnamnet', TEXT_LIMITS.kortnamn),
        typ: requireOneOf(data.typ, typesOf(data.organisation), 'data.typ', 'Typ av organ'),
        parentOrganId: requireParent(data.parentOrganId, organId),
      },
    },
  ];
}

/** Every type, or (when the organisation's kind is given) the types of that kind of organisation. */
function typesOf(organisation: unknown) {
  if (organisation === undefined) return ORGAN_TYPER;
  return ORGAN_TYPER_FOR[
    requireOneOf(organisation, ORGANISATION_SLAG, 'data.organisation', 'Organisationen')
  ];
}

function requireParent(value: unknown, organId: string): string | null {
  const parent = optionalId(value, 'data.parentOrganId', 'Överordnat organ');
  if (parent === organId) throw organisationErrors.organOwnParent();
  return parent;
}

/** Business time never runs backwards (shared/business-time.ts); nothing here is dated back. */
export const organDecider = withBusinessTime(
  { initialState: initialOrganState, evolve: evolveOrgan, decide: decideOrgan } satisfies Decider<
    OrganCommand,
    OrganEvent,
    OrganState
  >,
  NO_CORRECTIONS,
);
