/**
 * Bad input, generated (fast-check): every write endpoint gets bodies with fields of the wrong type,
 * huge and odd strings (control characters, broken Unicode), unknown fields, impossible dates and
 * periods, bodies that are not objects at all; reads get odd ids, queries and If-Match headers. The
 * API never answers 5xx, and a refused write leaves the stream exactly as it was.
 */
import fc from 'fast-check';
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS } from './support/fixtures';
import { WRITE_ENDPOINTS } from './support/write-endpoints';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\u202e',
    '<script>',
    "'; DROP TABLE events; --",
    '%00',
    '../..',
  ),
  fc.nat(60_000).map((n) => 'å'.repeat(n)),
);

const badDateOrPeriod = fc.constantFrom(
  '2023-02-30',
  '2023-13',
  '2023-T4',
  '2023-T0',
  '0000-00',
  '0999-01',
  '9999-12-31',
  '2023-4',
  'T1-2023',
  '2023-04-01T25:00:00Z',
  '2023-05-03T09:30:00',
  '+275760-09-13',
  'igår',
);

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  badDateOrPeriod,
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    1e-323,
    -5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    [],
    {},
  ),
  fc.array(oddString, { maxLength: 5 }),
  fc.anything({ maxDepth: 3 }),
);

/** A valid body with fields broken, added or left out; or no object at all. */
function badBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = [
    ...Object.keys(valid),
    'occurredAt',
    'uppdragId',
    'actor',
    'metadata',
    '__proto__',
    'constructor',
  ];
  const mutated = fc
    .record({
      change: fc.dictionary(fc.constantFrom(...keys), oddValue, { minKeys: 1, maxKeys: 3 }),
      unknown: fc.dictionary(fc.string({ maxLength: 10 }), oddValue, { maxKeys: 2 }),
      drop: fc.subarray(Object.keys(valid), { maxLength: Math.min(2, Object.keys(valid).length) }),
    })
    .map(({ change, unknown, drop }) => {
      const body: Record<string, unknown> = { ...valid, ...unknown, ...change };
      for (const key of drop) delete body[key];
      return body;
    });
  // Every text field of the body at once, each replaced by an odd string or kept.
  const texts = Object.entries(valid).filter(([, value]) => typeof value === 'string');
  const oddTexts = fc.tuple(...texts.map(() => fc.option(oddString, { nil: undefined }))).map((values) => ({
    ...valid,
    ...Object.fromEntries(texts.flatMap(([key], i) => (values[i] === undefined ? [] : [[key, values[i]]]))),
  }));
  return fc.oneof(
    { weight: 5, arbitrary: mutated },
    { weight: texts.length > 0 ? 4 : 0, arbitrary: oddTexts },
    { weight: 1, arbitrary: oddValue },
  );
}

describe.each(WRITE_ENDPOINTS)('$name', (endpoint) => {
  it('never answers 5xx, and a refusal writes nothing', async () => {
    const actor = ACTORS[endpoint.allowed[0]];
    const prepared = await endpoint.prepare(api);
    await fc.assert(
      fc.asyncProperty(badBody(prepared.body), async (body) => {
        const before = await api.events(prepared.stream);
        const answer = await api.request('POST', prepared.path, {
          as: actor,
          raw: JSON.stringify(body) ?? 'null',
          headers: { 'content-type': 'application/json' },
        });
        expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400) {
          expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(await api.events(prepared.stream)).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('reads', () => {
  const printable = fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength: 120,
  });

  // Every byte percent-encoded (also what encodeURIComponent refuses), or raw broken escapes.
  const pathSegment = fc.oneof(
    fc
      .oneof(oddString, printable)
      .map((id) => [...Buffer.from(id)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
    fc.constantFrom('%', '%ff', '%E0%A4%A', '%00', '..', '%2e%2e', '%2F'),
  );

  it('never answers 5xx to odd ids in paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathSegment,
        fc.constantFrom('uppdrag', 'delmal', 'organs', 'persons'),
        async (segment, kind) => {
          if (segment === '') return;
          const answer = await api.request('GET', `/api/${kind}/${segment}`, { as: ACTORS.auditor });
          // 414: an id longer than a route parameter may be (Fastify); 431: a path longer than Node reads.
          expect([200, 400, 404, 414, 431]).toContain(answer.status);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('never answers 5xx to odd list queries', async () => {
    const params = fc.dictionary(
      fc.constantFrom('organ', 'status', 'ansvarig', 'planYear', 'limit', 'offset', 'x'),
      fc.oneof(oddString, printable, fc.integer().map(String)),
      { maxKeys: 4 },
    );
    await fc.assert(
      fc.asyncProperty(params, async (query) => {
        const answer = await api.request(
          'GET',
          `/api/uppdrag?${new URLSearchParams(query as Record<string, string>)}`,
          {
            as: ACTORS.auditor,
          },
        );
        // 431: a query longer than Node accepts in a request line.
        expect([200, 400, 431]).toContain(answer.status);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('never answers 5xx to odd If-Match headers, and writes nothing on refusal', async () => {
    const prepared = await WRITE_ENDPOINTS.find((e) => e.name.includes('/withdraw'))!.prepare(api);
    await fc.assert(
      fc.asyncProperty(printable, async (ifMatch) => {
        const before = await api.events(prepared.stream);
        const answer = await api.request('POST', prepared.path, {
          as: ACTORS.regiondirektor,
          body: prepared.body,
          headers: { 'if-match': ifMatch },
        });
        expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400) expect(await api.events(prepared.stream)).toEqual(before);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
