import { type Actor } from '../access/roles';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN, PERSON } from '../testing/fixtures';
import { type PersonCommand, type RegisterPerson } from './person.commands';
import { personDecider } from './person.decider';
import { type PersonEvent, type PersonRegistered } from './person.events';

const given = deciderSpec(personDecider);

const saraRegistered: PersonRegistered = {
  type: 'PersonRegistered',
  data: {
    personId: PERSON.sara,
    namn: 'Sara Lindqvist',
    epost: 'sara.lindqvist@regionvasterbotten.se',
    organId: ORGAN.HSN,
    roles: ['officer'],
  },
};

const register = (data: Partial<RegisterPerson['data']> = {}): RegisterPerson => ({
  type: 'RegisterPerson',
  data: { ...saraRegistered.data, ...data },
  metadata: meta(ACTOR.admin),
});

const on = <T extends Exclude<PersonCommand['type'], 'RegisterPerson'>>(
  type: T,
  data: Omit<Extract<PersonCommand, { type: T }>['data'], 'personId'>,
  actor: Actor = ACTOR.admin,
  personId: string = PERSON.sara,
) => ({ type, data: { personId, ...data }, metadata: meta(actor) }) as Extract<PersonCommand, { type: T }>;

const deactivated: PersonEvent = {
  type: 'PersonDeactivated',
  data: { personId: PERSON.sara, reason: 'Slutat sin anställning.' },
};

describe('people', () => {
  it('registers a person with e-mail, organ and roles', () => {
    given([]).when(register()).then([saraRegistered]);
  });

  it('stores the e-mail in lower case and the roles in a fixed order', () => {
    given([])
      .when(register({ epost: ' Sara.Lindqvist@RegionVasterbotten.se ', roles: ['importer', 'officer'] }))
      .then([{ ...saraRegistered, data: { ...saraRegistered.data, roles: ['officer', 'importer'] } }]);
  });

  it('registers someone without organ or roles (named ansvarig before having access)', () => {
    given([])
      .when(register({ organId: null, roles: [] }))
      .then([{ ...saraRegistered, data: { ...saraRegistered.data, organId: null, roles: [] } }]);
  });

  it('renames, changes e-mail, organ and roles, recording old and new', () => {
    given([saraRegistered])
      .when(on('RenamePerson', { namn: 'Sara Lind' }))
      .then([
        { type: 'PersonRenamed', data: { personId: PERSON.sara, from: 'Sara Lindqvist', to: 'Sara Lind' } },
      ]);
    given([saraRegistered])
      .when(on('ChangePersonEmail', { epost: 'sara.lind@regionvasterbotten.se' }))
      .then([
        {
          type: 'PersonEmailChanged',
          data: {
            personId: PERSON.sara,
            from: 'sara.lindqvist@regionvasterbotten.se',
            to: 'sara.lind@regionvasterbotten.se',
          },
        },
      ]);
    given([saraRegistered])
      .when(on('ChangePersonOrgan', { organId: ORGAN.RS }))
      .then([{ type: 'PersonOrganChanged', data: { personId: PERSON.sara, from: ORGAN.HSN, to: ORGAN.RS } }]);
    given([saraRegistered])
      .when(on('ChangePersonRoles', { roles: ['secretary', 'officer'] }))
      .then([
        {
          type: 'PersonRolesChanged',
          data: { personId: PERSON.sara, from: ['officer'], to: ['officer', 'secretary'] },
        },
      ]);
  });

  it('records nothing when nothing changes, whatever the order of roles', () => {
    const both: PersonEvent = {
      ...saraRegistered,
      data: { ...saraRegistered.data, roles: ['officer', 'secretary'] },
    };
    given([both])
      .when(on('ChangePersonRoles', { roles: ['secretary', 'officer'] }))
      .thenNothing();
    given([saraRegistered])
      .when(on('ChangePersonEmail', { epost: 'SARA.LINDQVIST@regionvasterbotten.se' }))
      .thenNothing();
    given([saraRegistered])
      .when(on('ChangePersonOrgan', { organId: ORGAN.HSN }))
      .thenNothing();
    given([saraRegistered])
      .when(on('RenamePerson', { namn: 'Sara Lindqvist' }))
      .thenNothing();
  });

  it('deactivates with a reason', () => {
    given([saraRegistered])
      .when(on('DeactivatePerson', { reason: 'Slutat sin anställning.' }))
      .then([deactivated]);
  });

  describe('refuses', () => {
    it('anyone but an administrator', () => {
      for (const actor of [ACTOR.direktor, ACTOR.mariaSekreterareHsn, ACTOR.saraHsn, ACTOR.revisor]) {
        given([])
          .when({ ...register(), metadata: meta(actor) })
          .thenThrows('FORBIDDEN');
        given([saraRegistered])
          .when(on('ChangePersonRoles', { roles: ['secretary'] }, actor))
          .thenThrows('FORBIDDEN');
      }
    });

    it('an administrator changing their own roles, organ or activation', () => {
      const adminRegistered: PersonEvent = {
        type: 'PersonRegistered',
        data: {
          personId: PERSON.admin,
          namn: 'Admin',
          epost: 'admin@regionvasterbotten.se',
          organId: null,
          roles: ['admin'],
        },
      };
      given([adminRegistered])
        .when(on('ChangePersonRoles', { roles: ['admin', 'regiondirektor'] }, ACTOR.admin, PERSON.admin))
        .thenThrows('SELF_ACCESS_CHANGE');
      given([adminRegistered])
        .when(on('ChangePersonOrgan', { organId: ORGAN.RS }, ACTOR.admin, PERSON.admin))
        .thenThrows('SELF_ACCESS_CHANGE');
      given([adminRegistered])
        .when(on('DeactivatePerson', { reason: 'Slutar.' }, ACTOR.admin, PERSON.admin))
        .thenThrows('SELF_ACCESS_CHANGE');
      given([adminRegistered])
        .when(on('RenamePerson', { namn: 'Administratören' }, ACTOR.admin, PERSON.admin))
        .then([
          { type: 'PersonRenamed', data: { personId: PERSON.admin, from: 'Admin', to: 'Administratören' } },
        ]);
    });

    it('an officer or secretary without organ', () => {
      given([])
        .when(register({ organId: null }))
        .thenThrows('ORGAN_REQUIRED_FOR_ROLE', { field: 'data.organId' });
      given([saraRegistered])
        .when(on('ChangePersonOrgan', { organId: null }))
        .thenThrows('ORGAN_REQUIRED_FOR_ROLE');
      const noOrgan: PersonEvent = {
        ...saraRegistered,
        data: { ...saraRegistered.data, organId: null, roles: [] },
      };
      given([noOrgan])
        .when(on('ChangePersonRoles', { roles: ['secretary'] }))
        .thenThrows('ORGAN_REQUIRED_FOR_ROLE', { field: 'data.roles' });
    });

    it('unknown or repeated roles', () => {
      given([])
        .when(register({ roles: ['superuser' as never] }))
        .thenThrows('INVALID_VALUE', { field: 'data.roles[0]' });
      given([])
        .when(register({ roles: ['officer', 'officer'] }))
        .thenThrows('DUPLICATE_VALUE', { field: 'data.roles' });
      given([])
        .when(register({ roles: 'officer' as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.roles' });
    });

    it('an invalid e-mail address or an empty name', () => {
      given([])
        .when(register({ epost: 'sara.lindqvist' }))
        .thenThrows('INVALID_EMAIL', { field: 'data.epost' });
      given([])
        .when(register({ namn: ' ' }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.namn' });
    });

    it('an id already registered, an unknown person, a deactivated person', () => {
      given([saraRegistered]).when(register()).thenThrows('PERSON_ALREADY_REGISTERED');
      given([])
        .when(on('RenamePerson', { namn: 'X' }))
        .thenThrows('PERSON_NOT_FOUND');
      given([saraRegistered, deactivated])
        .when(on('RenamePerson', { namn: 'X' }))
        .thenThrows('PERSON_DEACTIVATED');
    });

    it('a deactivation without reason', () => {
      given([saraRegistered])
        .when(on('DeactivatePerson', { reason: '' }))
        .thenThrows('REASON_REQUIRED');
    });
  });
});
