/** Refusals for master data (organs and people), worded for the administrator. */
import { DomainError } from '../shared/domain-error';

export const organisationErrors = {
  organNotFound: () => new DomainError('ORGAN_NOT_FOUND', 'Organet finns inte.'),
  organAlreadyRegistered: () =>
    new DomainError('ORGAN_ALREADY_REGISTERED', 'Ett organ med det id:t finns redan.', 'data.organId'),
  organDeactivated: () =>
    new DomainError('ORGAN_DEACTIVATED', 'Organet är avvecklat och kan inte längre ändras.'),
  organOwnParent: () =>
    new DomainError(
      'ORGAN_CANNOT_BE_OWN_PARENT',
      'Ett organ kan inte ligga under sig självt.',
      'data.parentOrganId',
    ),

  personNotFound: () => new DomainError('PERSON_NOT_FOUND', 'Personen finns inte.'),
  personAlreadyRegistered: () =>
    new DomainError('PERSON_ALREADY_REGISTERED', 'En person med det id:t finns redan.', 'data.personId'),
  personDeactivated: () =>
    new DomainError('PERSON_DEACTIVATED', 'Personen är inaktiverad och kan inte längre ändras.'),
  organRequiredForRole: (field: string) =>
    new DomainError(
      'ORGAN_REQUIRED_FOR_ROLE',
      'Ansvariga tjänstepersoner och nämndsekreterare måste höra till ett organ; deras behörighet följer organet.',
      field,
    ),
  notAnAuditor: () =>
    new DomainError(
      'NOT_AN_AUDITOR',
      'Personen har inte rollen Revisor; ge rollen först och sedan revisionsuppdraget.',
    ),
  mandateEndsBeforeStart: () =>
    new DomainError(
      'MANDATE_ENDS_BEFORE_START',
      'Revisionsuppdraget kan inte sluta före den dag det börjar.',
      'data.validTo',
    ),
  selfAccessChange: () =>
    new DomainError(
      'SELF_ACCESS_CHANGE',
      'Du kan inte ändra din egen behörighet (roller, organ eller aktivering); be en annan administratör.',
    ),
};
