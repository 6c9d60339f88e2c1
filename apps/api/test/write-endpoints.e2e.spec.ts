/**
 * Every write endpoint, the same three ways: it works (and the answer is what a read then shows, with
 * the new revision as ETag and the caller recorded as actor), it names the field it refuses without
 * writing anything, and two writers with one If-Match cannot both win — the loser is told (409 with
 * the actual revision) and, reading again, writes on top of the winner instead of over it.
 */
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS } from './support/fixtures';
import { WRITE_ENDPOINTS } from './support/write-endpoints';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const etagOf = (revision: number) => `"${revision}"`;

describe.each(WRITE_ENDPOINTS)('$name', (endpoint) => {
  const actor = ACTORS[endpoint.allowed[0]];

  it('does what it says: 2xx with the item at its new revision, the actor on the event', async () => {
    const prepared = await endpoint.prepare(api);
    const before = await api.events(prepared.stream);

    const answer = await api.request('POST', prepared.path, { as: actor, body: prepared.body });

    expect(answer.status).toBe(endpoint.create ? 201 : 200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const after = await api.events(prepared.stream);
    expect(after).toHaveLength(before.length + 1);
    const event = after[after.length - 1];
    expect(event.metadata.actor).toBe(actor.personId);
    expect(answer.headers.get('etag')).toBe(etagOf(event.revision));
    expect(answer.body.revision).toBe(event.revision);
    if (endpoint.create) expect(answer.headers.get('location')).toBe(prepared.resource);

    // Read as the writer: what a reader sees may depend on who reads (e-mail addresses of people).
    const read = await api.request('GET', prepared.resource, { as: actor });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(etagOf(event.revision));
    expect(read.body).toEqual(answer.body);
  });

  it(`refuses invalid input naming the field (${endpoint.invalid.field}), writing nothing`, async () => {
    const prepared = await endpoint.prepare(api);
    const before = await api.events(prepared.stream);

    const answer = await api.request('POST', prepared.path, {
      as: actor,
      body: endpoint.invalid.body(prepared.body),
    });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 400, type: expect.stringMatching(/^urn:sparbar:problem:/) });
    expect(answer.body.errors).toEqual(
      expect.arrayContaining([{ field: endpoint.invalid.field, reason: expect.any(String) }]),
    );
    expect(await api.events(prepared.stream)).toEqual(before);
  });

  if (endpoint.create) {
    it('lets one of two concurrent creates with the same id win; the other is a 409, not a duplicate', async () => {
      const prepared = await endpoint.prepare(api);

      const answers = await Promise.all([
        api.request('POST', prepared.path, { as: actor, body: prepared.body }),
        api.request('POST', prepared.path, { as: actor, body: prepared.other }),
      ]);

      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      expect(loser.body.code).toMatch(/_ALREADY_(REGISTERED|DEFINED)$/);
      const events = await api.events(prepared.stream);
      expect(events).toHaveLength(1);
      const winner = answers.find((a) => a.status === 201)!;
      expect((await api.request('GET', prepared.resource, { as: actor })).body).toEqual(winner.body);
    });
    return;
  }

  it('lets one of two writers with the same If-Match win; the other gets 409 and loses nothing', async () => {
    const prepared = await endpoint.prepare(api);
    const before = await api.events(prepared.stream);
    const revision = before[before.length - 1].revision;
    const ifMatch = { 'if-match': etagOf(revision) };

    const answers = await Promise.all([
      api.request('POST', prepared.path, { as: actor, body: prepared.body, headers: ifMatch }),
      api.request('POST', prepared.path, { as: actor, body: prepared.other, headers: ifMatch }),
    ]);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body).toMatchObject({
      code: 'WRONG_EXPECTED_REVISION',
      expectedRevision: revision,
      actualRevision: revision + 1,
    });
    expect(loser.headers.get('etag')).toBe(etagOf(revision + 1));
    const after = await api.events(prepared.stream);
    expect(after).toHaveLength(before.length + 1);
    expect(winner.headers.get('etag')).toBe(etagOf(revision + 1));

    // The loser reads the new revision and sends its change again: applied on top, or refused by a
    // rule that now holds (the period is already reported, the slutdatum is no longer later) — never
    // written over the winner.
    const loserBody = winner === answers[0] ? prepared.other : prepared.body;
    const retry = await api.request('POST', prepared.path, {
      as: actor,
      body: loserBody,
      headers: { 'if-match': loser.headers.get('etag')! },
    });
    expect([200, 400, 409]).toContain(retry.status);
    if (retry.status !== 200) expect(retry.body.code).not.toBe('WRONG_EXPECTED_REVISION');
    const final = await api.events(prepared.stream);
    expect(final.slice(0, after.length)).toEqual(after);
  });
});
