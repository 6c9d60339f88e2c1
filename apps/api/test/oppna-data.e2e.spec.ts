/**
 * Open data (issue 20): fullmäktige's uppdrag with the statuses the nämnder adopted, public without a
 * token. HSN reports and adopts T1; RS reports its part of the same uppdrag but does not adopt, so its
 * part stays private. HSN then corrects its report after the meeting: the public still sees what was
 * adopted until HSN adopts the period again at a later meeting.
 */
import { SaxesParser } from 'saxes';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, uppdragBody, YEAR } from './support/fixtures';

const T1 = `${YEAR}-T1`;
const MEETING = `${YEAR}-05-20`;
const LATER_MEETING = `${YEAR}-06-10`;
const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses the feed as XML (a malformed document throws) and gives its entries' id and summary. */
function atomEntries(text: string): { id: string; summary: string }[] {
  const parser = new SaxesParser({ xmlns: true });
  const entries: { id: string; summary: string }[] = [];
  let field: 'id' | 'summary' | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (tag.uri !== ATOM) return;
    if (tag.local === 'entry') entries.push({ id: '', summary: '' });
    else if (entries.length > 0 && (tag.local === 'id' || tag.local === 'summary')) field = tag.local;
  });
  parser.on('text', (value) => {
    if (field) entries[entries.length - 1][field] += value;
  });
  parser.on('closetag', () => {
    field = null;
  });
  parser.write(text).close();
  return entries;
}

let api: ApiHarness;
let uppdragId = '';
beforeAll(async () => {
  api = await startTestApi();
  uppdragId = newId('oppen');
  const body = uppdragBody({
    uppdragId,
    periodicitet: 'tertial',
    occurredAt: `${YEAR}-01-15T09:00:00+01:00`,
  });
  expectStatus(await api.request('POST', '/api/uppdrag', { as: USERS['person-migrering'], body }), 201);
  const report = (organId: string, as: typeof ACTORS.officerRecipient, kommentar: string) =>
    api.request('POST', `/api/uppdrag/${uppdragId}/reports`, {
      as,
      body: { period: T1, organId, status: 'pagaende_enligt_plan', kommentar },
    });
  expectStatus(await report('hsn', ACTORS.officerRecipient, 'Arbetet följer planen.'), 200);
  expectStatus(await report('rs', USERS['person-johan'], 'RS internt utkast.'), 200);
  // The adoption reads the period table at its position: wait until the reports are in it.
  await eventually(
    () => api.request('GET', `/api/perioder/${T1}/uppdrag?organ=hsn`, { as: ACTORS.auditor }),
    (a) =>
      a.body.rows?.some((r: { uppdragId: string; status: string }) => r.uppdragId === uppdragId && r.status),
  );
  expectStatus(
    await api.request('POST', `/api/perioder/${T1}/faststallelser`, {
      as: ACTORS.secretaryRecipient,
      body: { organId: 'hsn', meetingDate: MEETING, paragraf: '45' },
    }),
    200,
  );
  // Published once the period facts have caught up with the adoption.
  await eventually(publicUppdrag, (a) => mine(a) !== undefined);
});
afterAll(() => api?.close());

function publicUppdrag(query = '') {
  return api.request('GET', `/api/oppna-data/uppdrag${query}`);
}
const mine = (answer: { body: { uppdrag: { id: string }[] } }) =>
  answer.body.uppdrag.find((u) => u.id === uppdragId) as
    | {
        id: string;
        uri: string;
        historik: { organId: string; status: string; kommentar: string; paragraf: string }[];
      }
    | undefined;

describe('the public open data', () => {
  it('shows the adopted status without a token, and only the organ that adopted', async () => {
    const answer = await publicUppdrag();
    expectStatus(answer, 200);
    const uppdrag = mine(answer);
    expect(uppdrag?.historik).toEqual([
      expect.objectContaining({
        organId: 'hsn',
        period: T1,
        status: 'pagaende_enligt_plan',
        statusText: 'Pågående enligt plan',
        kommentar: 'Arbetet följer planen.',
        meetingDate: MEETING,
        paragraf: '45',
      }),
    ]);
    expect(answer.text).not.toContain('RS internt utkast');
    // Nothing about people: neither who reported nor who is responsible.
    expect(answer.text).not.toMatch(/person-|ansvarig|reportedBy/);
    expect(uppdrag?.uri).toMatch(new RegExp(`/api/oppna-data/uppdrag/${uppdragId}$`));
  });

  it('filters by nämnd, year and status, and refuses a bad filter naming it', async () => {
    expect(mine(await publicUppdrag('?namnd=hsn'))).toBeDefined();
    expect(mine(await publicUppdrag('?namnd=rs'))).toBeUndefined();
    expect(mine(await publicUppdrag(`?ar=${YEAR}`))).toBeDefined();
    expect(mine(await publicUppdrag(`?ar=${YEAR - 1}`))).toBeUndefined();
    expect(mine(await publicUppdrag('?status=pagaende_enligt_plan'))).toBeDefined();
    expect(mine(await publicUppdrag('?status=pagaende_ej_enligt_plan'))).toBeUndefined();
    const bad = await publicUppdrag('?status=hemlig');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });

  it('keeps a change made after adoption private until the period is adopted again', async () => {
    expectStatus(
      await api.request('POST', `/api/uppdrag/${uppdragId}/reports/${T1}/corrections`, {
        as: ACTORS.officerRecipient,
        body: {
          organId: 'hsn',
          status: 'pagaende_ej_enligt_plan',
          kommentar: 'Upphandlingen försenad.',
          reason: 'Leverantören hörde av sig efter sammanträdet.',
        },
      }),
      200,
    );
    await eventually(
      () => api.request('GET', `/api/perioder/${T1}/uppdrag?organ=hsn`, { as: ACTORS.auditor }),
      (a) =>
        a.body.rows?.some(
          (r: { uppdragId: string; status: string }) =>
            r.uppdragId === uppdragId && r.status === 'pagaende_ej_enligt_plan',
        ),
    );
    const before = await publicUppdrag();
    expect(mine(before)?.historik).toEqual([expect.objectContaining({ status: 'pagaende_enligt_plan' })]);
    expect(before.text).not.toContain('Upphandlingen försenad');

    expectStatus(
      await api.request('POST', `/api/perioder/${T1}/faststallelser`, {
        as: ACTORS.secretaryRecipient,
        body: { organId: 'hsn', meetingDate: LATER_MEETING, paragraf: '61' },
      }),
      200,
    );
    const after = await eventually(
      publicUppdrag,
      (a) => mine(a)?.historik.some((e) => e.paragraf === '61') ?? false,
    );
    expect(mine(after)?.historik).toEqual([
      expect.objectContaining({
        status: 'pagaende_ej_enligt_plan',
        kommentar: 'Upphandlingen försenad.',
        meetingDate: LATER_MEETING,
        paragraf: '61',
      }),
    ]);
  });

  it('gives each uppdrag and period a stable URI; an uppdrag nobody adopted is unknown', async () => {
    const one = await api.request('GET', `/api/oppna-data/uppdrag/${uppdragId}`);
    expectStatus(one, 200);
    expect(one.body.historik).toHaveLength(1);
    expect((await api.request('GET', '/api/oppna-data/uppdrag/finns-inte')).status).toBe(404);
    const period = await api.request('GET', `/api/oppna-data/perioder/${T1}`);
    expectStatus(period, 200);
    expect(period.body.rader).toEqual([expect.objectContaining({ uppdragId, organId: 'hsn' })]);
    // Without PUBLIC_BASE_URL the URIs are on the address the request came by.
    expect(period.body.uri).toBe(`${api.url}/api/oppna-data/perioder/${T1}`);
    expect(one.body.uri).toBe(`${api.url}/api/oppna-data/uppdrag/${uppdragId}`);
  });

  it('answers CSV with the headings on the first line', async () => {
    const csv = await api.request('GET', '/api/oppna-data/uppdrag.csv');
    expectStatus(csv, 200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(
      'uppdrag_id,uppdrag,planar,period,namnd_id,namnd,status,status_text,kommentar,rapportperiod,sammantradesdag,paragraf,uri',
    );
    expect(lines.find((l) => l.startsWith(`${uppdragId},`))).toContain(',hsn,');
  });

  it('has an Atom feed of adopted changes, newest first, with stable entry ids', async () => {
    const feed = await api.request('GET', '/api/oppna-data/flode.atom');
    expectStatus(feed, 200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const entries = atomEntries(feed.text).filter((e) => e.id.includes(`/${uppdragId}/`));
    expect(entries).toHaveLength(2);
    const summaries = entries.map((e) => e.summary);
    expect(summaries[0]).toContain('Pågående, ej enligt plan');
    expect(summaries[1]).toContain('Pågående enligt plan');
    const again = await api.request('GET', '/api/oppna-data/flode.atom');
    expect(again.text).toBe(feed.text);
    // Fewer changes than a page: no archive page yet, and the feed links none (RFC 5005 paging).
    expect(feed.text).not.toContain('rel="prev-archive"');
    expect((await api.request('GET', '/api/oppna-data/flode.atom?arkiv=1')).status).toBe(404);
    const bad = await api.request('GET', '/api/oppna-data/flode.atom?arkiv=0');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'arkiv' })]);
  });

  it('sends ETag and Last-Modified, and 304 when nothing changed', async () => {
    const first = await publicUppdrag();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const unchanged = await publicUppdrag('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    const notModified = await api.request('GET', '/api/oppna-data/uppdrag', {
      headers: { 'if-none-match': etag! },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
  });

  it('exposes nothing else without a token, nor with a signed-out (missing) one', async () => {
    for (const path of [
      `/api/perioder/${T1}/uppdrag`,
      `/api/uppdrag/${uppdragId}`,
      `/api/perioder/${YEAR}/faststallelser`,
    ]) {
      expect((await api.request('GET', path)).status).toBe(401);
      expect((await api.request('GET', path, { headers: { authorization: 'Bearer utloggad' } })).status).toBe(
        401,
      );
    }
  });
});

describe('the rate limit on open data', () => {
  let limited: ApiHarness;
  beforeAll(async () => {
    limited = await startTestApi({ RATE_LIMIT_OPEN_DATA_PER_MINUTE: '3' });
  });
  afterAll(() => limited?.close());

  it('answers 429 after the limit, as a problem', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await limited.request('GET', '/api/oppna-data/uppdrag')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await limited.request('GET', '/api/oppna-data/flode.atom');
    expect(refused.body.code).toBe('RATE_LIMITED');
    // Signed-in reads are counted apart and not limited.
    const signedIn = await eventually(
      () => limited.request('GET', '/api/uppdrag', { as: ACTORS.auditor }),
      (a) => a.status !== 503,
    );
    expect(signedIn.status).toBe(200);
  });
});
