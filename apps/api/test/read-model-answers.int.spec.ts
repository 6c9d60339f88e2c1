/**
 * Kept answers (ReadModelAnswers) over the real PostgreSQL runner tables. An answer is named by one
 * state, its read model's: the other read models it reads (the period table reads the joint uppdrag's
 * parts, a lane of its own in the worker) are waited for until they have applied that state, so a
 * table is never computed while they lag and a lane committing after the periods' does not make a
 * state of its own. A kept answer whose reads did not change between two states moves to the new one
 * without being computed; one whose reads changed is computed again.
 */
import { openEventStore, type OpenedEventStore } from '@sparbar/event-store';
import {
  ensureLive,
  openProjectionEnvironment,
  periodsProjection,
  type ProjectionEnvironment,
  uppdragPartsProjection,
} from '@sparbar/projections';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { ReadModelAnswers } from '../src/http/read-model-answers';

let schema: TestSchema;
let env: ProjectionEnvironment;
let opened: OpenedEventStore;

beforeAll(async () => {
  schema = await createTestSchema('read_model_answers');
  const settings = { kind: 'postgres' as const, url: schema.connectionString, schema: schema.schema };
  env = await openProjectionEnvironment(settings);
  opened = await openEventStore(settings);
  await ensureLive(env.db, periodsProjection);
  await ensureLive(env.db, uppdragPartsProjection);
});

afterAll(async () => {
  await opened.store.close();
  await env.close();
  await schema.drop();
});

const moveCheckpoint = (projection: string, checkpoint: number) =>
  opened.sql.query(
    `UPDATE projection_versions SET checkpoint = $2 WHERE projection = $1 AND state = 'live'`,
    [projection, checkpoint],
  );

/** One GET of the URL: the status, the body sent and the ETag. */
async function ask(
  answers: ReadModelAnswers,
  compute: () => Promise<unknown>,
  {
    ifNoneMatch,
    url = '/api/perioder/2023-T1/uppdrag?organ=hsn',
  }: { ifNoneMatch?: string; url?: string } = {},
) {
  const headers: Record<string, string> = {};
  let status = 200;
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
    code(code: number) {
      status = code;
      return reply;
    },
  };
  const request = { url, headers: { 'if-none-match': ifNoneMatch } };
  const body = await answers.answer(
    request as unknown as FastifyRequest,
    reply as unknown as FastifyReply,
    compute,
  );
  return { status, etag: headers.etag, body: body.toString() };
}

const counter = () => {
  let computed = 0;
  return async () => ({ computed: ++computed });
};

it('computes a table once the parts beside it have applied its state, and names it by that state alone', async () => {
  const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, {
    besides: [uppdragPartsProjection.name],
  });
  const compute = counter();
  await moveCheckpoint(periodsProjection.name, 120);
  await moveCheckpoint(uppdragPartsProjection.name, 118);

  // The parts' lane has not committed what the periods' lane has: the answer waits for it.
  let answered = false;
  const asked = ask(answers, compute).finally(() => (answered = true));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(answered).toBe(false);
  await moveCheckpoint(uppdragPartsProjection.name, 120);
  const first = await asked;
  expect(first).toEqual({
    status: 200,
    etag: expect.stringMatching(/^W\/"periods-\d+\.120"$/),
    body: '{"computed":1}',
  });

  // The parts moving on alone is not a new state: still the kept answer, and a 304 to its ETag.
  await moveCheckpoint(uppdragPartsProjection.name, 125);
  expect(await ask(answers, compute)).toEqual(first);
  expect((await ask(answers, compute, { ifNoneMatch: first.etag })).status).toBe(304);

  await moveCheckpoint(periodsProjection.name, 125);
  const second = await ask(answers, compute, { ifNoneMatch: first.etag });
  expect(second).toEqual({ status: 200, etag: expect.stringMatching(/\.125"$/), body: '{"computed":2}' });
});

it('answers without keeping or naming a state when a read model beside has stopped', async () => {
  const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, {
    besides: [uppdragPartsProjection.name],
    besidesWaitMs: 50,
  });
  const compute = counter();
  await moveCheckpoint(periodsProjection.name, 130);
  await moveCheckpoint(uppdragPartsProjection.name, 126);

  const first = await ask(answers, compute);
  expect(first).toEqual({ status: 200, etag: undefined, body: '{"computed":1}' });
  expect((await ask(answers, compute)).body).toBe('{"computed":2}');
});

it('does not wait for a read model beside that has no live version (retired and dropped by an upgrade)', async () => {
  const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, {
    besides: ['item_history'],
    // Had it waited, the answer would come after this without a state or an ETag, and not be kept.
    besidesWaitMs: 50,
  });
  const compute = counter();
  await moveCheckpoint(periodsProjection.name, 132);
  const first = await ask(answers, compute);
  expect(first).toEqual({ status: 200, etag: expect.stringMatching(/\.132"$/), body: '{"computed":1}' });
  expect(await ask(answers, compute)).toEqual(first);
});

it('moves a kept answer whose reads did not change to the new state, and computes one whose reads did', async () => {
  // Only hsn's uppdrag were reported between 140 and 150.
  const asked: [string, number, number][] = [];
  const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, {
    besides: [uppdragPartsProjection.name],
    stillHolds: async (request, from, to) => {
      asked.push([request.url, from, to]);
      return !request.url.includes('organ=hsn');
    },
  });
  const hsn = { url: '/api/perioder/2023-T1/uppdrag?organ=hsn' };
  const rs = { url: '/api/perioder/2023-T1/uppdrag?organ=rs' };
  const computeHsn = counter();
  const computeRs = counter();
  await moveCheckpoint(periodsProjection.name, 140);
  await moveCheckpoint(uppdragPartsProjection.name, 140);
  const hsnBefore = await ask(answers, computeHsn, hsn);
  const rsBefore = await ask(answers, computeRs, rs);

  await moveCheckpoint(periodsProjection.name, 150);
  await moveCheckpoint(uppdragPartsProjection.name, 150);
  const hsnAfter = await ask(answers, computeHsn, { ...hsn, ifNoneMatch: hsnBefore.etag });
  const rsAfter = await ask(answers, computeRs, { ...rs, ifNoneMatch: rsBefore.etag });

  expect(hsnAfter).toEqual({ status: 200, etag: expect.stringMatching(/\.150"$/), body: '{"computed":2}' });
  // rs's table is sent again under the new state (a client learns the state moved), not computed.
  expect(rsAfter).toEqual({ status: 200, etag: expect.stringMatching(/\.150"$/), body: '{"computed":1}' });
  expect(asked).toEqual([
    [hsn.url, 140, 150],
    [rs.url, 140, 150],
  ]);
  // Kept under the new state: asked again, neither computed nor asked about.
  expect((await ask(answers, computeRs, { ...rs, ifNoneMatch: rsAfter.etag })).status).toBe(304);
  expect(await ask(answers, computeRs, rs)).toEqual(rsAfter);
  expect(asked).toHaveLength(2);
});
