/**
 * Test data shaped like the seeds: the demo organisation (seeded by the app in development mode), the
 * people who act, and bodies for uppdrag and delmål that are valid today (periods must have begun).
 */
import { randomBytes } from 'node:crypto';
import { type Actor, businessDateOf } from '@sparbar/domain';
import { type ApiHarness, USERS } from './api-harness';
import { TEST_NOW } from '../../../../test/support/clock';

/** Who acts in the tests. Johan is ansvarig for the test uppdrag; recipients are RS and HSN. */
export const ACTORS = {
  /** Officer in a receiving organ (HSN), not ansvarig. */
  officerRecipient: USERS['person-sara'],
  /** Officer in an organ the uppdrag has nothing to do with. */
  officerOther: USERS['person-elisabeth'],
  /** Secretary of a receiving organ (HSN; also the delmål's nämnd). */
  secretaryRecipient: USERS['person-maria'],
  /** Secretary of the giving organ (regionfullmäktige). */
  secretaryGiver: USERS['person-rf-sekreterare'],
  /** Secretary of an organ the uppdrag has nothing to do with. */
  secretaryOther: USERS['person-run-sekreterare'],
  regiondirektor: USERS['person-regiondirektor'],
  auditor: USERS['person-revisor'],
  admin: USERS['person-admin'],
  /** A migration capability alone grants nothing. */
  importerOnly: USERS['person-bara-import'],
} satisfies Record<string, Actor>;

export type ActorKey = keyof typeof ACTORS;
export const ACTOR_KEYS = Object.keys(ACTORS) as ActorKey[];

/** The ansvarig officer of the test uppdrag (RS); may report although RS secretary rules differ. */
export const ANSVARIG = USERS['person-johan'];

/** The pinned day of the test API's clock (test/support/clock.ts), never the day the suite runs. */
export const TODAY = businessDateOf(TEST_NOW);
export const YEAR = Number(TODAY.slice(0, 4));
/** The current month and tertial: begun, inside this year's plan and any uppdrag registered today. */
export const THIS_MONTH = TODAY.slice(0, 7);
export const THIS_TERTIAL = `${YEAR}-T${Math.ceil(Number(TODAY.slice(5, 7)) / 4)}`;

let counter = 0;
export function newId(prefix: string): string {
  return `${prefix}-${++counter}-${randomBytes(3).toString('hex')}`;
}

export function uppdragBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uppdragId: newId('uppdrag'),
    text: 'Införa styrd inköpsprocess och standardsortiment för att minska inköpskostnaderna',
    riktasTill: ['rs', 'hsn'],
    samordnare: 'rs',
    periodicitet: 'manad',
    slutdatum: `${YEAR + 1}-12-31`,
    ansvarigPersonId: ANSVARIG.personId,
    origin: {
      givenBy: 'regionfullmaktige',
      kind: 'fullmaktige',
      planYear: YEAR,
      diarienummer: 'RS 1234-2022',
    },
    ...overrides,
  };
}

export function delmalBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    delmalId: newId('delmal'),
    organId: 'hsn',
    planYear: YEAR,
    regionmal: { id: 'regionmal-3', namn: 'God och jämlik hälsa' },
    text: 'Andelen digitala vårdmöten ska öka',
    ...overrides,
  };
}

export function indikatorBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    indikatorId: newId('indikator'),
    namn: `Klimatutsläpp från tjänsteresor ${newId('n')}`,
    enhet: 'ton CO2e',
    baseline: { year: YEAR - 2, value: 1061 },
    malvarde: 1010,
    riktning: 'lower_is_better',
    ...overrides,
  };
}

/** Fails the test with the answer when the status is not the one expected. */
export function expectStatus(answer: { status: number; text: string }, status: number): void {
  if (answer.status !== status) {
    throw new Error(`expected ${status}, got ${answer.status}: ${answer.text.slice(0, 600)}`);
  }
}

/** Setup steps go through the API as the people allowed to take them. */
export const setup = {
  async uppdrag(api: ApiHarness, overrides: Record<string, unknown> = {}): Promise<string> {
    const body = uppdragBody(overrides);
    expectStatus(await api.request('POST', '/api/uppdrag', { as: ACTORS.regiondirektor, body }), 201);
    return body.uppdragId as string;
  },
  async report(api: ApiHarness, uppdragId: string, period = THIS_MONTH): Promise<void> {
    const body = { period, status: 'pagaende_enligt_plan', kommentar: 'Arbetet följer planen.' };
    expectStatus(
      await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as: ACTORS.regiondirektor, body }),
      200,
    );
  },
  async delmal(api: ApiHarness, overrides: Record<string, unknown> = {}): Promise<string> {
    const body = delmalBody(overrides);
    expectStatus(await api.request('POST', '/api/delmal', { as: ACTORS.secretaryRecipient, body }), 201);
    return body.delmalId as string;
  },
  async indikator(
    api: ApiHarness,
    delmalId: string,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    const body = indikatorBody(overrides);
    const path = `/api/delmal/${delmalId}/indikatorer`;
    expectStatus(await api.request('POST', path, { as: ACTORS.secretaryRecipient, body }), 200);
    return body.indikatorId as string;
  },
  async utfall(
    api: ApiHarness,
    delmalId: string,
    indikatorId: string,
    utfall: number | null = 1030,
  ): Promise<void> {
    const path = `/api/delmal/${delmalId}/indikatorer/${indikatorId}/utfall`;
    const body = { period: THIS_MONTH, utfall };
    expectStatus(await api.request('POST', path, { as: ACTORS.secretaryRecipient, body }), 200);
  },
  async assessment(api: ApiHarness, delmalId: string): Promise<void> {
    const body = { period: THIS_MONTH, bedomning: 'delvis', prognos: 'helt', kommentar: 'Nästan där.' };
    const path = `/api/delmal/${delmalId}/assessments`;
    expectStatus(await api.request('POST', path, { as: ACTORS.secretaryRecipient, body }), 200);
  },
  async organ(api: ApiHarness, overrides: Record<string, unknown> = {}): Promise<string> {
    const organId = newId('organ');
    const body = {
      organId,
      namn: `Beredning ${organId}`,
      kortnamn: 'Ber',
      typ: 'beredning',
      parentOrganId: 'hsn',
      ...overrides,
    };
    expectStatus(await api.request('POST', '/api/organs', { as: ACTORS.admin, body }), 201);
    return body.organId as string;
  },
  async person(api: ApiHarness, overrides: Record<string, unknown> = {}): Promise<string> {
    const personId = newId('person');
    const body = {
      personId,
      namn: `Person ${personId}`,
      epost: `${personId}@example.se`,
      organId: 'hsn',
      roles: ['officer'],
      ...overrides,
    };
    expectStatus(await api.request('POST', '/api/persons', { as: ACTORS.admin, body }), 201);
    return body.personId as string;
  },
};
