/**
 * The checks across streams that the internkontroll use cases make before anything is appended: a plan
 * is drawn up for an active nämnd, an åtgärd's ansvarig is an active person.
 */
import { internkontrollplanStream } from '@sparbar/domain';
import { ACTOR, ORGAN, PERSON } from '@sparbar/domain/testing/fixtures';
import { addAtgard } from '../src/internkontroll/add-atgard';
import { addKontrollmoment } from '../src/internkontroll/add-kontrollmoment';
import { addRisk } from '../src/internkontroll/add-risk';
import { adoptInternkontrollplan } from '../src/internkontroll/adopt-internkontrollplan';
import { createInternkontrollplan } from '../src/internkontroll/create-internkontrollplan';
import { recordKontrollresultat } from '../src/internkontroll/record-kontrollresultat';
import { deactivateOrgan } from '../src/organisation/deactivate-organ';
import { deactivatePerson } from '../src/organisation/deactivate-person';
import {
  admin,
  by,
  given,
  openTestApplication,
  organ,
  refused,
  type TestApplication,
} from './organisation-fixtures';

let t: TestApplication;
const maria = by(ACTOR.mariaSekreterareHsn);
const PLAN = { organId: ORGAN.HSN, year: 2023 };
const MOMENT = 'km-stickprov-inkop';

beforeAll(async () => {
  t = await openTestApplication('app_internkontroll');
  await given(t, {
    organs: [
      organ(ORGAN.RF, 'regionfullmaktige', null),
      organ(ORGAN.HSN, 'namnd', ORGAN.RF),
      organ(ORGAN.RUN, 'namnd', ORGAN.RF),
    ],
    persons: [
      { personId: PERSON.maria, organId: ORGAN.HSN, roles: ['secretary'] },
      { personId: PERSON.sara, organId: ORGAN.HSN },
      { personId: 'person-slutat', organId: ORGAN.HSN },
    ],
  });
  await deactivatePerson(t.app, { personId: 'person-slutat', reason: 'Slutat.' }, admin);
  // HSN's plan for 2023, adopted, with an avvikelse in T1: where an åtgärd belongs.
  await createInternkontrollplan(t.app, PLAN, maria);
  await addRisk(
    t.app,
    { ...PLAN, riskId: 'risk-inkop', text: 'Inköp utanför avtal', sannolikhet: 3, konsekvens: 2 },
    maria,
  );
  await addKontrollmoment(
    t.app,
    {
      ...PLAN,
      riskId: 'risk-inkop',
      kontrollmomentId: MOMENT,
      vad: 'Inköp mot avtal',
      hur: 'Stickprov',
      vem: 'Ekonomichef',
      frekvens: 'tertial',
    },
    maria,
  );
  await adoptInternkontrollplan(t.app, { ...PLAN, adoptedOn: '2023-02-15', paragraf: '§ 12' }, maria);
  await recordKontrollresultat(
    t.app,
    {
      ...PLAN,
      kontrollmomentId: MOMENT,
      period: '2023-T1',
      resultat: 'avvikelse',
      beskrivning: 'Tre av tjugo.',
    },
    maria,
  );
});
afterAll(() => t.close());

describe('drawing up a plan', () => {
  it('is refused for a nämnd that does not exist, or is wound up', async () => {
    const plan = { organId: 'finns-inte', year: 2023 };
    const unknown = await refused(t, [internkontrollplanStream(plan.organId, plan.year)], () =>
      createInternkontrollplan(t.app, plan, by({ ...ACTOR.mariaSekreterareHsn, organId: 'finns-inte' })),
    );
    await deactivateOrgan(t.app, { organId: ORGAN.RUN, reason: 'Nedlagd.' }, admin);
    const wound = await refused(t, [internkontrollplanStream(ORGAN.RUN, 2023)], () =>
      createInternkontrollplan(t.app, { organId: ORGAN.RUN, year: 2023 }, by(ACTOR.sekreterareRun)),
    );
    expect(unknown).toEqual({ code: 'ORGAN_NOT_FOUND', field: 'data.organId', appended: false });
    expect(wound).toEqual({ code: 'ORGAN_DEACTIVATED', field: 'data.organId', appended: false });
  });
});

describe("an åtgärd's ansvarig", () => {
  const atgard = (atgardId: string, ansvarigPersonId: string) => ({
    ...PLAN,
    atgardId,
    kontrollmomentId: MOMENT,
    period: '2023-T1',
    text: 'Utbilda beställarna i avtalen.',
    ansvarigPersonId,
    dueDate: '2023-09-30',
  });

  it('must be an active person: one deactivated, or unknown, is refused', async () => {
    const stream = internkontrollplanStream(PLAN.organId, PLAN.year);
    const deactivated = await refused(t, [stream], () =>
      addAtgard(t.app, atgard('atgard-1', 'person-slutat'), maria),
    );
    const unknown = await refused(t, [stream], () =>
      addAtgard(t.app, atgard('atgard-1', 'person-okand'), maria),
    );
    expect(deactivated).toEqual({
      code: 'PERSON_DEACTIVATED',
      field: 'data.ansvarigPersonId',
      appended: false,
    });
    expect(unknown).toEqual({ code: 'PERSON_NOT_FOUND', field: 'data.ansvarigPersonId', appended: false });
  });

  it('who is active is taken, and the answer holds the whole plan up to the new revision', async () => {
    const written = await addAtgard(t.app, atgard('atgard-1', PERSON.sara), maria);
    expect(written.events.map((e) => e.type)).toEqual(['AtgardAdded']);
    expect(written.stream).toHaveLength(written.revision + 1);
    expect(written.stream[0].type).toBe('InternkontrollplanCreated');
  });
});
