/**
 * What the issue 19 probe found holding, kept: no refusal leaves a partial write. Every write endpoint
 * is called by every role, twice with a valid body (the second is a repeat the domain refuses), with the
 * other valid body, with a stale If-Match and with an invalid body. Whatever the answer, a 4xx leaves the
 * endpoint's stream and the whole log exactly as long as before (the event count, the head position).
 */
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTOR_KEYS, ACTORS } from './support/fixtures';
import { WRITE_ENDPOINTS } from './support/write-endpoints';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe.each(WRITE_ENDPOINTS)('$name', (endpoint) => {
  it('leaves nothing behind when it refuses', async () => {
    const prepared = await endpoint.prepare(api);
    const attempts: { label: string; body: unknown; headers?: Record<string, string> }[] = [
      { label: 'valid', body: prepared.body },
      { label: 'valid again', body: prepared.body },
      { label: 'other', body: prepared.other },
      { label: 'stale If-Match', body: prepared.other, headers: { 'if-match': '"9999"' } },
      { label: 'invalid', body: endpoint.invalid.body(prepared.body) },
    ];
    const statuses = new Set<number>();
    for (const who of ACTOR_KEYS) {
      for (const attempt of attempts) {
        const streamBefore = (await api.events(prepared.stream)).length;
        const headBefore = await api.store.headPosition();
        const answer = await api.request('POST', prepared.path, {
          as: ACTORS[who],
          body: attempt.body,
          headers: attempt.headers,
        });
        statuses.add(answer.status);
        const what = `${who} ${attempt.label}: ${answer.status} ${answer.text.slice(0, 160)}`;
        expect({ what, server: answer.status >= 500 }).toEqual({ what, server: false });
        if (answer.status >= 400) {
          expect({ what, events: (await api.events(prepared.stream)).length }).toEqual({
            what,
            events: streamBefore,
          });
          expect({ what, head: await api.store.headPosition() }).toEqual({ what, head: headBefore });
        }
      }
    }
    // Refusals of several kinds were met: validation, access, and the domain's or the revision's.
    expect([...statuses].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(2);
  });
});
