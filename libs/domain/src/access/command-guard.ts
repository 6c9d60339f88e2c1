/**
 * The checks every command passes before its own rules: a well-formed command, a known actor, and
 * honest times.
 *
 * Business time (`now`) may lag the server's recording time only for an importer migrating history —
 * otherwise anyone could backdate a late report to before its deadline, which is exactly what auditors
 * look for. Business time ahead of the server is refused for everyone: nothing has happened in the future.
 */
import { type CommandMetadata } from '../shared/command-metadata';
import { compareInstants, isIsoTimestamp } from '../shared/dates';
import { DomainError } from '../shared/domain-error';
import {
  optionalId,
  requireArray,
  requireDistinct,
  requireId,
  requireObject,
  requireOneOf,
} from '../shared/validate';
import { type Actor, hasRole, ROLES } from './roles';

/** Run first by every decider; afterwards `command.data` is known to be an object. */
export function checkCommand(command: { data: unknown; metadata: CommandMetadata }): void {
  checkCommandMetadata(command.metadata);
  requireObject(command.data, 'data', 'Kommandots innehåll');
}

export function checkCommandMetadata(metadata: CommandMetadata): void {
  if (
    typeof metadata !== 'object' ||
    metadata === null ||
    typeof metadata.actor !== 'object' ||
    metadata.actor === null
  ) {
    throw new DomainError(
      'FORBIDDEN',
      'Ingen inloggad person: kommandot saknar avsändare.',
      'metadata.actor',
    );
  }
  checkActor(metadata.actor);
  for (const key of ['now', 'recordedAt'] as const) {
    if (!isIsoTimestamp(metadata[key])) {
      throw new DomainError(
        'INVALID_TIMESTAMP',
        'Tidpunkten måste anges enligt ISO 8601 med tidszon, t.ex. 2023-05-03T09:30:00+02:00.',
        `metadata.${key}`,
      );
    }
  }
  const lag = compareInstants(metadata.now, metadata.recordedAt);
  if (lag > 0) {
    throw new DomainError(
      'BUSINESS_TIME_IN_FUTURE',
      'Händelsetiden kan inte ligga i framtiden.',
      'metadata.now',
    );
  }
  if (lag < 0 && !hasRole(metadata.actor, 'importer')) {
    throw new DomainError(
      'BACKDATING_NOT_ALLOWED',
      'Bara den som har behörighet att importera historik får ange en tidigare händelsetid.',
      'metadata.now',
    );
  }
}

function checkActor(actor: Actor): void {
  requireId(actor.personId, 'metadata.actor.personId', 'Avsändaren');
  const roles = requireArray(actor.roles, 'metadata.actor.roles', 'Roller').map((role, i) =>
    requireOneOf(role, ROLES, `metadata.actor.roles[${i}]`, 'Roll'),
  );
  requireDistinct(roles, 'metadata.actor.roles', 'Roller');
  optionalId(actor.organId, 'metadata.actor.organId', 'Avsändarens organ');
}
