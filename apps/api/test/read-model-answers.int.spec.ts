/**
 * Kept answers (ReadModelAnswers) over the real PostgreSQL runner tables: an answer is computed once per
 * state of its read model — and of the other read models it reads (the period table reads the joint
 * uppdrag's parts, a lane of its own in the worker): when only the parts have moved, the table is
 * computed again and gets another ETag, so a table computed while the parts lagged is not served after.
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

/** One GET of the URL: the body sent and the ETag. */
async function ask(answers: ReadModelAnswers, compute: () => Promise<unknown>, ifNoneMatch?: string) {
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
  const request = {
    url: '/api/perioder/2023-T1/uppdrag?organ=hsn',
    headers: { 'if-none-match': ifNoneMatch },
  };
  const body = await answers.answer(
    request as unknown as FastifyRequest,
    reply as unknown as FastifyReply,
    compute,
  );
  return { status, etag: headers.etag, body: body.toString() };
}

it('computes the table again when only the parts beside it have moved, and not while nothing has', async () => {
  const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, [
    uppdragPartsProjection.name,
  ]);
  let computed = 0;
  const compute = async () => ({ computed: ++computed });
  await moveCheckpoint(periodsProjection.name, 120);
  await moveCheckpoint(uppdragPartsProjection.name, 118);

  const first = await ask(answers, compute);
  expect(first.body).toBe('{"computed":1}');
  expect(await ask(answers, compute)).toEqual(first);
  expect((await ask(answers, compute, first.etag)).status).toBe(304);

  // The parts' lane commits the events the periods' lane already had: the kept table is stale.
  await moveCheckpoint(uppdragPartsProjection.name, 120);
  const second = await ask(answers, compute);
  expect(second.body).toBe('{"computed":2}');
  expect(second.etag).not.toBe(first.etag);
  expect((await ask(answers, compute, first.etag)).status).toBe(200);
});
