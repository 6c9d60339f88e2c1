import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { type OrganCommand, type RegisterOrgan } from './organ.commands';
import { organDecider } from './organ.decider';
import { type OrganEvent, type OrganRegistered } from './organ.events';

const given = deciderSpec(organDecider);

const hsnRegistered: OrganRegistered = {
  type: 'OrganRegistered',
  data: {
    organId: ORGAN.HSN,
    namn: 'Hälso- och sjukvårdsnämnden',
    kortnamn: 'HSN',
    typ: 'namnd',
    parentOrganId: null,
  },
};

const kompetensRegistered: OrganRegistered = {
  type: 'OrganRegistered',
  data: {
    organId: ORGAN.KOMPETENS,
    namn: 'Beredningen för kompetensförsörjning',
    kortnamn: 'BKF',
    typ: 'beredning',
    parentOrganId: ORGAN.RF,
  },
};

const register = (data: Partial<RegisterOrgan['data']> = {}): RegisterOrgan => ({
  type: 'RegisterOrgan',
  data: { ...hsnRegistered.data, ...data },
  metadata: meta(ACTOR.admin),
});

const on = <T extends Exclude<OrganCommand['type'], 'RegisterOrgan'>>(
  type: T,
  data: Omit<Extract<OrganCommand, { type: T }>['data'], 'organId'>,
  organId: string = ORGAN.HSN,
) =>
  ({ type, data: { organId, ...data }, metadata: meta(ACTOR.admin) }) as Extract<OrganCommand, { type: T }>;

const deactivated: OrganEvent = {
  type: 'OrganDeactivated',
  data: { organId: ORGAN.HSN, reason: 'Nämnden upphör enligt fullmäktiges beslut om ny nämndorganisation.' },
};

describe('organs', () => {
  it('registers a nämnd with its short name', () => {
    given([]).when(register()).then([hsnRegistered]);
  });

  it('registers a beredning under regionfullmäktige', () => {
    given([])
      .when({ type: 'RegisterOrgan', data: { ...kompetensRegistered.data }, metadata: meta(ACTOR.admin) })
      .then([kompetensRegistered]);
  });

  it('renames, recording old and new name', () => {
    given([hsnRegistered])
      .when(on('RenameOrgan', { namn: 'Hälso- och sjukvårdsnämnden i Region Västerbotten', kortnamn: 'HSN' }))
      .then([
        {
          type: 'OrganRenamed',
          data: {
            organId: ORGAN.HSN,
            from: { namn: 'Hälso- och sjukvårdsnämnden', kortnamn: 'HSN' },
            to: { namn: 'Hälso- och sjukvårdsnämnden i Region Västerbotten', kortnamn: 'HSN' },
          },
        },
      ]);
  });

  it('moves an organ under another, and out again', () => {
    given([kompetensRegistered])
      .when(on('ChangeOrganParent', { parentOrganId: ORGAN.RS }, ORGAN.KOMPETENS))
      .then([
        { type: 'OrganParentChanged', data: { organId: ORGAN.KOMPETENS, from: ORGAN.RF, to: ORGAN.RS } },
      ]);
    given([kompetensRegistered])
      .when(on('ChangeOrganParent', { parentOrganId: null }, ORGAN.KOMPETENS))
      .then([{ type: 'OrganParentChanged', data: { organId: ORGAN.KOMPETENS, from: ORGAN.RF, to: null } }]);
  });

  it('records nothing for a rename or move that changes nothing', () => {
    given([hsnRegistered])
      .when(on('RenameOrgan', { namn: 'Hälso- och sjukvårdsnämnden', kortnamn: 'HSN' }))
      .thenNothing();
    given([kompetensRegistered])
      .when(on('ChangeOrganParent', { parentOrganId: ORGAN.RF }, ORGAN.KOMPETENS))
      .thenNothing();
  });

  it('deactivates with a reason', () => {
    given([hsnRegistered])
      .when(on('DeactivateOrgan', { reason: deactivated.data.reason as string }))
      .then([deactivated]);
  });

  describe('refuses', () => {
    it('anyone but an administrator', () => {
      for (const actor of [
        ACTOR.direktor,
        ACTOR.idaSekreterareRs,
        ACTOR.johanRs,
        ACTOR.revisor,
        ACTOR.onlyImporter,
      ]) {
        given([])
          .when({ ...register(), metadata: meta(actor) })
          .thenThrows('FORBIDDEN');
        given([hsnRegistered])
          .when({ ...on('RenameOrgan', { namn: 'X', kortnamn: 'X' }), metadata: meta(actor) })
          .thenThrows('FORBIDDEN');
      }
    });

    it('an id already registered, and an unknown organ', () => {
      given([hsnRegistered]).when(register()).thenThrows('ORGAN_ALREADY_REGISTERED');
      given([])
        .when(on('RenameOrgan', { namn: 'X', kortnamn: 'X' }))
        .thenThrows('ORGAN_NOT_FOUND');
    });

    it('an organ under itself', () => {
      given([])
        .when(register({ parentOrganId: ORGAN.HSN }))
        .thenThrows('ORGAN_CANNOT_BE_OWN_PARENT', { field: 'data.parentOrganId' });
      given([hsnRegistered])
        .when(on('ChangeOrganParent', { parentOrganId: ORGAN.HSN }))
        .thenThrows('ORGAN_CANNOT_BE_OWN_PARENT');
    });

    it('an unknown type, an empty name, a short name longer than 20 characters', () => {
      given([])
        .when(register({ typ: 'kommun' as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.typ' });
      given([])
        .when(register({ namn: '' }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.namn' });
      given([])
        .when(register({ kortnamn: 'x'.repeat(21) }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.kortnamn' });
    });

    it('a deactivation without reason', () => {
      given([hsnRegistered])
        .when(on('DeactivateOrgan', { reason: '' }))
        .thenThrows('REASON_REQUIRED');
    });

    it('any change to a deactivated organ', () => {
      given([hsnRegistered, deactivated])
        .when(on('RenameOrgan', { namn: 'X', kortnamn: 'X' }))
        .thenThrows('ORGAN_DEACTIVATED');
      given([hsnRegistered, deactivated])
        .when(on('DeactivateOrgan', { reason: 'Igen.' }))
        .thenThrows('ORGAN_DEACTIVATED');
    });
  });
});

describe("a kommun's organs", () => {
  const kf: OrganRegistered = {
    type: 'OrganRegistered',
    data: {
      organId: 'kf',
      namn: 'Kommunfullmäktige',
      kortnamn: 'KF',
      typ: 'kommunfullmaktige',
      parentOrganId: null,
    },
  };
  const ks: OrganRegistered = {
    type: 'OrganRegistered',
    data: {
      organId: 'ks',
      namn: 'Kommunstyrelsen',
      kortnamn: 'KS',
      typ: 'kommunstyrelse',
      parentOrganId: 'kf',
    },
  };
  const bolag: OrganRegistered = {
    type: 'OrganRegistered',
    data: {
      organId: 'umea-energi',
      namn: 'Umeå Energi AB',
      kortnamn: 'UEAB',
      typ: 'bolag',
      parentOrganId: 'kf',
    },
  };
  const inKommun = (event: OrganRegistered): RegisterOrgan => ({
    type: 'RegisterOrgan',
    data: { ...event.data, organisation: 'kommun' },
    metadata: meta(ACTOR.admin),
  });

  it('registers kommunfullmäktige, kommunstyrelsen and a bolag in a kommun, the kind not recorded', () => {
    given([]).when(inKommun(kf)).then([kf]);
    given([]).when(inKommun(ks)).then([ks]);
    given([]).when(inKommun(bolag)).then([bolag]);
  });

  it('registers a nämnd in a kommun as in a region', () => {
    given([])
      .when({ ...register(), data: { ...hsnRegistered.data, organisation: 'kommun' } })
      .then([hsnRegistered]);
    given([])
      .when({ ...register(), data: { ...hsnRegistered.data, organisation: 'region' } })
      .then([hsnRegistered]);
  });

  it("refuses a region's types in a kommun, a kommun's in a region, and an unknown kind", () => {
    given([])
      .when(inKommun({ ...kf, data: { ...kf.data, typ: 'regionfullmaktige' } }))
      .thenThrows('INVALID_VALUE', { field: 'data.typ', message: /kommunfullmaktige/ });
    given([])
      .when({ ...inKommun(ks), data: { ...ks.data, organisation: 'region' } })
      .thenThrows('INVALID_VALUE', { field: 'data.typ', message: /regionstyrelse/ });
    given([])
      .when({ ...inKommun(bolag), data: { ...bolag.data, organisation: 'region' } })
      .thenThrows('INVALID_VALUE', { field: 'data.typ' });
    given([])
      .when({ ...inKommun(kf), data: { ...kf.data, organisation: 'landsting' as never } })
      .thenThrows('INVALID_VALUE', { field: 'data.organisation' });
  });

  it('registers any type when the kind is not given (a single installation, as before)', () => {
    given([])
      .when({ ...inKommun(kf), data: { ...kf.data } })
      .then([kf]);
  });
});
