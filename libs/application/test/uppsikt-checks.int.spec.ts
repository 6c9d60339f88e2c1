/**
 * The checks across streams that recording an uppsiktsärende makes before anything is appended: there is
 * a regionstyrelse to record it, the organ exists and is active, a named uppdrag or delmål exists and
 * belongs to that organ.
 */
import { uppdragDecider, uppdragStream, uppsiktsarendeStream } from '@sparbar/domain';
import { ACTOR, ORGAN } from '@sparbar/domain/testing/fixtures';
import { INKOP, registerInkop } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { deactivateOrgan } from '../src/organisation/deactivate-organ';
import { registerOrgan } from '../src/organisation/register-organ';
import { type RecordUppsiktsarendeInput, recordUppsiktsarende } from '../src/uppsikt/record-uppsiktsarende';
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
const ida = by(ACTOR.idaSekreterareRs);

const arende = (
  arendeId: string,
  overrides: Partial<RecordUppsiktsarendeInput> = {},
): RecordUppsiktsarendeInput => ({
  arendeId,
  organId: ORGAN.HSN,
  item: null,
  kind: 'begaran_om_information',
  text: 'Regionstyrelsen begär en redogörelse för läget.',
  dueDate: '2023-05-31',
  ...overrides,
});

beforeAll(async () => {
  t = await openTestApplication('app_uppsikt');
  await given(t, {
    organs: [
      organ(ORGAN.RF, 'regionfullmaktige', null),
      organ(ORGAN.HSN, 'namnd', ORGAN.RF),
      organ(ORGAN.RUN, 'namnd', ORGAN.RF),
      organ(ORGAN.FHS, 'styrelse', ORGAN.RF),
    ],
  });
  await deactivateOrgan(t.app, { organId: ORGAN.FHS, reason: 'Nedlagd.' }, admin);
  // The inköp uppdrag, directed to RS and HSN (registered without its own checks: they are not the subject).
  const { metadata, ...register } = registerInkop();
  await t.app.execute(uppdragDecider, uppdragStream(INKOP), register, by(metadata.actor));
});
afterAll(() => t.close());

it('is refused while there is no regionstyrelse to record it', async () => {
  const result = await refused(t, [uppsiktsarendeStream('arende-utan-rs')], () =>
    recordUppsiktsarende(t.app, t.masterData, arende('arende-utan-rs'), ida),
  );
  expect(result).toEqual({ code: 'ORGAN_NOT_FOUND', field: null, appended: false });
});

describe('with regionstyrelsen registered', () => {
  beforeAll(() => registerOrgan(t.app, organ(ORGAN.RS, 'regionstyrelse', ORGAN.RF), admin));

  it('is refused for an organ that does not exist, or is wound up', async () => {
    const unknown = await refused(t, [uppsiktsarendeStream('arende-okant')], () =>
      recordUppsiktsarende(t.app, t.masterData, arende('arende-okant', { organId: 'finns-inte' }), ida),
    );
    const wound = await refused(t, [uppsiktsarendeStream('arende-fhs')], () =>
      recordUppsiktsarende(t.app, t.masterData, arende('arende-fhs', { organId: ORGAN.FHS }), ida),
    );
    expect(unknown).toEqual({ code: 'ORGAN_NOT_FOUND', field: 'data.organId', appended: false });
    expect(wound).toEqual({ code: 'ORGAN_DEACTIVATED', field: 'data.organId', appended: false });
  });

  it('is refused for an uppdrag or delmål that does not exist', async () => {
    const uppdrag = await refused(t, [uppsiktsarendeStream('arende-x')], () =>
      recordUppsiktsarende(
        t.app,
        t.masterData,
        arende('arende-x', { item: { kind: 'uppdrag', id: 'uppdrag-okant' } }),
        ida,
      ),
    );
    const delmal = await refused(t, [uppsiktsarendeStream('arende-x')], () =>
      recordUppsiktsarende(
        t.app,
        t.masterData,
        arende('arende-x', { item: { kind: 'delmal', id: 'delmal-okant' } }),
        ida,
      ),
    );
    expect(uppdrag).toEqual({ code: 'UPPDRAG_NOT_FOUND', field: 'data.item.id', appended: false });
    expect(delmal).toEqual({ code: 'DELMAL_NOT_FOUND', field: 'data.item.id', appended: false });
  });

  it('is refused for an uppdrag not directed to the organ', async () => {
    const result = await refused(t, [uppsiktsarendeStream('arende-run')], () =>
      recordUppsiktsarende(
        t.app,
        t.masterData,
        arende('arende-run', { organId: ORGAN.RUN, item: { kind: 'uppdrag', id: INKOP } }),
        ida,
      ),
    );
    expect(result).toEqual({ code: 'INVALID_VALUE', field: 'data.item.id', appended: false });
  });

  it("is recorded on an uppdrag directed to the organ, as regionstyrelsen's", async () => {
    const written = await recordUppsiktsarende(
      t.app,
      t.masterData,
      arende('arende-hsn', { item: { kind: 'uppdrag', id: INKOP } }),
      ida,
    );
    expect(written.events.map((e) => e.type)).toEqual(['UppsiktsarendeRecorded']);
    expect(written.events[0].data).toMatchObject({ regionstyrelsenId: ORGAN.RS, organId: ORGAN.HSN });
  });
});

describe('in a kommun, where kommunstyrelsen has the uppsikt', () => {
  let kommun: TestApplication;
  beforeAll(async () => {
    kommun = await openTestApplication('app_uppsikt_kommun');
    await given(kommun, {
      organs: [
        organ(ORGAN.RF, 'kommunfullmaktige', null),
        organ(ORGAN.RS, 'kommunstyrelse', ORGAN.RF),
        organ(ORGAN.HSN, 'namnd', ORGAN.RF),
      ],
    });
  });
  afterAll(() => kommun.close());

  it("is recorded as kommunstyrelsen's", async () => {
    const written = await recordUppsiktsarende(kommun.app, kommun.masterData, arende('arende-kommun'), ida);
    expect(written.events[0].data).toMatchObject({ regionstyrelsenId: ORGAN.RS, organId: ORGAN.HSN });
  });
});
