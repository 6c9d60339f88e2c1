/**
 * The fastställanden read model (issue 20): once the worker has caught up, every read that shows an
 * adoption — the period table's header and marks, the list, uppsikt, the open data and a report file —
 * answers with the faststallelse streams unreadable. The log port is wrapped so that reading such a
 * stream (or a range of them) fails and is counted; the reads must succeed and count none.
 *
 * The API here is started with PUBLIC_BASE_URL (the public address behind a proxy): the open data's
 * stable URIs in JSON, CSV, Atom and DCAT are built on it, not on the address the request came by.
 * (oppna-data.e2e.spec.ts checks the request's own address without the setting.)
 */
import { type EventStore } from '@sparbar/event-store';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, TODAY, uppdragBody, YEAR } from './support/fixtures';

const T1 = `${YEAR}-T1`;
const MEETING = `${YEAR}-05-20`;
const PUBLIC = 'https://sparbar.region.example/offentlig';
const ADOPTED = `Fastställd av hälso- och sjukvårdsnämnden ${MEETING} § 45`;

let api: ApiHarness;
let uppdragId = '';
beforeAll(async () => {
  api = await startTestApi({ PUBLIC_BASE_URL: `${PUBLIC}/` });
  uppdragId = newId('lasmodell');
  const body = uppdragBody({
    uppdragId,
    periodicitet: 'tertial',
    occurredAt: `${YEAR}-01-15T09:00:00+01:00`,
  });
  expectStatus(await api.request('POST', '/api/uppdrag', { as: USERS['person-migrering'], body }), 201);
  expectStatus(
    await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, {
      as: ACTORS.officerRecipient,
      body: { period: T1, organId: 'hsn', status: 'pagaende_enligt_plan', kommentar: 'Enligt plan.' },
    }),
    200,
  );
  await eventually(
    () => api.request('GET', `/api/perioder/${T1}/uppdrag?organ=hsn`, { as: ACTORS.auditor }),
    (a) => a.body.rows?.some((r: { uppdragId: string; status: string }) => r.uppdragId === uppdragId),
  );
  expectStatus(
    await api.request('POST', `/api/perioder/${T1}/faststallelser`, {
      as: ACTORS.secretaryRecipient,
      body: { organId: 'hsn', meetingDate: MEETING, paragraf: '45' },
    }),
    200,
  );
  expectStatus(
    await api.request('POST', `/api/perioder/${T1}/faststallelser/hsn/behandling`, {
      as: USERS['person-ida'],
      body: { by: 'regionstyrelsen', byOrganId: 'rs', kind: 'received', date: TODAY, paragraf: '112' },
    }),
    200,
  );
  // The worker has caught up with the adoption once the public data shows it.
  await eventually(
    () => api.request('GET', '/api/oppna-data/uppdrag'),
    (a) => a.body.uppdrag?.some((u: { id: string }) => u.id === uppdragId),
    30_000,
  );
}, 120_000);
afterAll(() => api?.close());

/** Makes the faststallelse streams unreadable through the port; returns the count of attempts. */
function unreadableAdoptionStreams(store: EventStore): { attempts: () => number; restore: () => void } {
  const { readStream, readRange } = store;
  let attempts = 0;
  store.readStream = (stream, options) => {
    if (stream.startsWith('faststallelse-')) {
      attempts++;
      return Promise.reject(new Error(`read of ${stream}`));
    }
    return readStream.call(store, stream, options);
  };
  store.readRange = (options) => {
    if (options.prefixes?.some((p) => p.startsWith('faststallelse'))) {
      attempts++;
      throw new Error('read of the faststallelse streams');
    }
    return readRange.call(store, options);
  };
  return {
    attempts: () => attempts,
    restore: () => {
      store.readStream = readStream;
      store.readRange = readRange;
    },
  };
}

test('the adoption reads answer from the read model, not the streams', async () => {
  const port = unreadableAdoptionStreams(api.store);
  try {
    // A URL not asked before: the period answer cache cannot answer it from an earlier computation.
    const table = await api.request(
      'GET',
      `/api/perioder/${T1}/uppdrag?organ=hsn&givenBy=regionfullmaktige`,
      {
        as: ACTORS.auditor,
      },
    );
    expectStatus(table, 200);
    expect(table.body.faststallelser).toEqual([expect.objectContaining({ organId: 'hsn', text: ADOPTED })]);

    const list = await api.request('GET', `/api/perioder/${YEAR}/faststallelser`, { as: ACTORS.auditor });
    expectStatus(list, 200);
    expect(list.body.faststallelser).toEqual([
      expect.objectContaining({
        organId: 'hsn',
        period: T1,
        meetingDate: MEETING,
        handlings: [expect.objectContaining({ by: 'regionstyrelsen', paragraf: '112' })],
        revision: 1,
      }),
    ]);

    const uppsikt = await api.request('GET', `/api/perioder/${T1}/faststallelser/uppsikt`, {
      as: ACTORS.regiondirektor,
    });
    expectStatus(uppsikt, 200);
    expect(uppsikt.body.organs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organId: 'hsn', state: 'faststalld', text: ADOPTED }),
      ]),
    );

    for (const path of [
      '/api/oppna-data/uppdrag',
      '/api/oppna-data/flode.atom',
      '/api/oppna-data/uppdrag.csv',
    ])
      expectStatus(await api.request('GET', path), 200);

    const report = (version: string) =>
      api.request('GET', `/api/rapporter/uppdrag?period=${T1}&organ=hsn&format=csv&version=${version}`, {
        as: ACTORS.auditor,
      });
    // As adopted: cut at the adoption, before regionstyrelsen's handling; as now: with it.
    const asAdopted = await report('faststalld');
    expectStatus(asAdopted, 200);
    expect(asAdopted.text).toContain(ADOPTED);
    expect(asAdopted.text).not.toContain('§ 112');
    const now = await report('nu');
    expectStatus(now, 200);
    expect(now.text).toContain(ADOPTED);
    expect(now.text).toContain('§ 112');
  } finally {
    port.restore();
  }
  expect(port.attempts()).toBe(0);
});

test('the wrapper bites: a write that reads the adoption stream through the port fails and is counted', async () => {
  const port = unreadableAdoptionStreams(api.store);
  try {
    const handled = await api.request('POST', `/api/perioder/${T1}/faststallelser/hsn/behandling`, {
      as: USERS['person-ida'],
      body: { by: 'regionstyrelsen', byOrganId: 'rs', kind: 'handled', date: TODAY, paragraf: '113' },
    });
    expect(handled.status).toBe(500);
  } finally {
    port.restore();
  }
  expect(port.attempts()).toBeGreaterThan(0);
});

test("the stable URIs are built on PUBLIC_BASE_URL, not on the request's address", async () => {
  const uri = `${PUBLIC}/api/oppna-data/uppdrag/${uppdragId}`;
  const list = await api.request('GET', '/api/oppna-data/uppdrag');
  expect(list.body.uppdrag.find((u: { id: string }) => u.id === uppdragId).uri).toBe(uri);
  expect((await api.request('GET', `/api/oppna-data/uppdrag/${uppdragId}`)).body.uri).toBe(uri);
  expect((await api.request('GET', `/api/oppna-data/perioder/${T1}`)).body.uri).toBe(
    `${PUBLIC}/api/oppna-data/perioder/${T1}`,
  );
  const csv = await api.request('GET', '/api/oppna-data/uppdrag.csv');
  expect(csv.text.split('\r\n').find((l) => l.startsWith(`${uppdragId},`))).toMatch(new RegExp(`,${uri}$`));
  const atom = await api.request('GET', '/api/oppna-data/flode.atom');
  expect(atom.text).toContain(`<link rel="self" href="${PUBLIC}/api/oppna-data/flode.atom"/>`);
  expect(atom.text).toContain(`<link rel="alternate" href="${uri}"/>`);
  const dcat = await api.request('GET', '/api/oppna-data/dcat.ttl');
  expect(dcat.text).toContain(`<${PUBLIC}/api/oppna-data/dcat.ttl> a dcat:Catalog`);
  expect(dcat.text).toContain(`dcat:accessURL <${PUBLIC}/api/oppna-data/uppdrag.csv>`);
  for (const text of [list.text, csv.text, atom.text, dcat.text]) expect(text).not.toContain(api.url);
});
