/**
 * An auditor's access is bounded in time: the register gives the auditor role for a revision year or
 * mandate, and on any day outside it the role grants nothing, without anyone having to take it away.
 */
import { type Actor } from '../access/roles';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, PERSON } from '../testing/fixtures';
import { accessRefusal, type RegisteredAccess, rolesOn } from './auditor-mandate';
import { type GiveAuditorMandate } from './person.commands';
import { personDecider } from './person.decider';
import { type PersonEvent } from './person.events';

const given = deciderSpec(personDecider);

const perRegistered: PersonEvent = {
  type: 'PersonRegistered',
  data: {
    personId: PERSON.revisor,
    namn: 'Per Revisor',
    epost: 'per.revisor@regionvasterbotten.se',
    organId: null,
    roles: ['auditor'],
  },
};

const give = (validFrom: string, validTo: string, actor: Actor = ACTOR.admin): GiveAuditorMandate => ({
  type: 'GiveAuditorMandate',
  data: { personId: PERSON.revisor, validFrom, validTo },
  metadata: meta(actor),
});

const year2023: PersonEvent = {
  type: 'AuditorMandateGiven',
  data: { personId: PERSON.revisor, validFrom: '2023-01-01', validTo: '2024-04-30' },
};

describe('the auditor mandate', () => {
  it('is given for a revision year, first and last day inclusive', () => {
    given([perRegistered]).when(give('2023-01-01', '2024-04-30')).then([year2023]);
  });

  it('can be extended or replaced, and giving the same again records nothing', () => {
    given([perRegistered, year2023])
      .when(give('2023-01-01', '2024-06-30'))
      .then([{ ...year2023, data: { ...year2023.data, validTo: '2024-06-30' } }]);
    given([perRegistered, year2023]).when(give('2023-01-01', '2024-04-30')).thenNothing();
  });

  describe('is refused', () => {
    it('for someone without the auditor role', () => {
      const officer: PersonEvent = { ...perRegistered, data: { ...perRegistered.data, roles: [] } };
      given([officer]).when(give('2023-01-01', '2023-12-31')).thenThrows('NOT_AN_AUDITOR');
    });

    it('when it ends before it begins, or a day is no date', () => {
      given([perRegistered])
        .when(give('2023-12-31', '2023-01-01'))
        .thenThrows('MANDATE_ENDS_BEFORE_START', { field: 'data.validTo' });
      given([perRegistered])
        .when(give('2023-01-01', 'nästa år'))
        .thenThrows('INVALID_DATE', { field: 'data.validTo' });
    });

    it('to anyone but another administrator', () => {
      given([perRegistered])
        .when(give('2023-01-01', '2023-12-31', ACTOR.revisor))
        .thenThrows('FORBIDDEN');
      const selfAdmin = { personId: PERSON.revisor, roles: ['admin' as const], organId: null };
      given([perRegistered])
        .when(give('2023-01-01', '2023-12-31', selfAdmin))
        .thenThrows('SELF_ACCESS_CHANGE');
    });
  });
});

describe('what the register grants on a day', () => {
  const per: RegisteredAccess = {
    roles: ['auditor'],
    auditorMandate: { validFrom: '2023-01-01', validTo: '2024-04-30' },
    active: true,
  };

  it('grants the auditor role from the first to the last day of the mandate', () => {
    expect(rolesOn(per, '2023-01-01')).toEqual(['auditor']);
    expect(rolesOn(per, '2024-04-30')).toEqual(['auditor']);
    expect(accessRefusal(per, '2024-04-30')).toBeNull();
  });

  it('ends by itself the day after, and has not begun the day before', () => {
    expect(rolesOn(per, '2024-05-01')).toEqual([]);
    expect(accessRefusal(per, '2024-05-01')).toEqual({
      kind: 'outside_mandate',
      message: 'Ditt revisionsuppdrag gällde till och med 2024-04-30; behörigheten har upphört.',
    });
    expect(accessRefusal(per, '2022-12-31')?.kind).toBe('outside_mandate');
  });

  it('grants an auditor role without a mandate nothing, but keeps other roles', () => {
    const none = { ...per, auditorMandate: null };
    expect(accessRefusal(none, '2023-06-01')?.message).toMatch(/inget revisionsuppdrag/);
    expect(rolesOn({ ...none, roles: ['secretary', 'auditor'] }, '2023-06-01')).toEqual(['secretary']);
    expect(accessRefusal({ ...none, roles: ['secretary', 'auditor'] }, '2023-06-01')).toBeNull();
  });

  it('grants a deactivated person nothing at all', () => {
    expect(rolesOn({ ...per, active: false }, '2023-06-01')).toEqual([]);
    expect(accessRefusal({ ...per, active: false }, '2023-06-01')?.kind).toBe('deactivated');
  });

  it('forgets the mandate when the auditor role is taken away', () => {
    given([
      perRegistered,
      year2023,
      { type: 'PersonRolesChanged', data: { personId: PERSON.revisor, from: ['auditor'], to: [] } },
      { type: 'PersonRolesChanged', data: { personId: PERSON.revisor, from: [], to: ['auditor'] } },
    ])
      .when(give('2023-01-01', '2024-04-30'))
      .then([year2023]);
  });
});
