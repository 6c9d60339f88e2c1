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
import { HeardAppends } from '../src/http/heard-appends';
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

describe('while every append is heard', () => {
  let other: OpenedEventStore;
  beforeAll(async () => {
    // Another API or worker process on the same log: its appends reach this one by notification only.
    other = await openEventStore({ kind: 'postgres', url: schema.connectionString, schema: schema.schema });
  });
  afterAll(() => other.store.close());

  const until = async (done: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 25));
  };

  it('does not ask where a read model that has applied the whole log stands until the log grows', async () => {
    let stateReads = 0;
    const sql = Object.create(opened.sql) as typeof opened.sql;
    sql.query = ((text: string, params?: unknown[]) => {
      if (text.includes('projection_versions')) stateReads++;
      return opened.sql.query(text, params as never);
    }) as typeof sql.query;
    const appends = new HeardAppends(opened.store);
    const answers = new ReadModelAnswers(sql, periodsProjection.name, 1024 * 1024, { appends });
    try {
      const compute = counter();
      const head = await opened.store.headPosition();
      await moveCheckpoint(periodsProjection.name, head);
      // Once the notification connection is up, a state read at the head is kept.
      await until(async () => {
        const before = stateReads;
        await ask(answers, compute);
        await ask(answers, compute);
        return stateReads === before;
      });
      const quiet = stateReads;
      const first = await ask(answers, compute);
      for (let i = 0; i < 20; i++) expect(await ask(answers, compute)).toEqual(first);
      expect(stateReads).toBe(quiet);

      // Another process appends and its worker applies it: heard, so the next answers read the state again.
      const { events } = await other.store.appendToStream('organ-x', [
        {
          type: 'OrganRenamed',
          data: {},
          metadata: { actor: 'test', occurredAt: '2023-04-30T10:00:00.000Z' },
        },
      ]);
      await moveCheckpoint(periodsProjection.name, events[0].position);
      await until(async () => (await ask(answers, compute)).etag !== first.etag);
      const moved = await ask(answers, compute, { ifNoneMatch: first.etag });
      expect(moved).toEqual({
        status: 200,
        etag: expect.stringMatching(new RegExp(`\\.${events[0].position}"$`)),
        body: '{"computed":2}',
      });
    } finally {
      await answers.onModuleDestroy();
    }
  });

  it('sees a version switched with no append (an upgrade) within quietForMs', async () => {
    const appends = new HeardAppends(opened.store);
    const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, {
      appends,
      quietForMs: 300,
    });
    const switchVersion = (by: number) =>
      opened.sql.query(
        `UPDATE projection_versions SET version = version + $2 WHERE projection = $1 AND state = 'live'`,
        [periodsProjection.name, by],
      );
    try {
      const compute = counter();
      await moveCheckpoint(periodsProjection.name, await opened.store.headPosition());
      await until(async () => {
        const a = await ask(answers, compute);
        return (await ask(answers, compute)).etag === a.etag && appends.mark() !== undefined;
      });
      const before = await ask(answers, compute);
      await switchVersion(100);
      await until(async () => (await ask(answers, compute)).etag !== before.etag);
      const after = await ask(answers, compute);
      expect(after.etag).not.toBe(before.etag);
      expect(after.body).toBe('{"computed":2}');
    } finally {
      await switchVersion(-100);
      await answers.onModuleDestroy();
    }
  });

  it('reads the state on every request while it has not applied the whole log', async () => {
    const appends = new HeardAppends(opened.store);
    const answers = new ReadModelAnswers(opened.sql, periodsProjection.name, 1024 * 1024, { appends });
    try {
      const compute = counter();
      const { events } = await other.store.appendToStream('organ-y', [
        {
          type: 'OrganRenamed',
          data: {},
          metadata: { actor: 'test', occurredAt: '2023-04-30T10:00:00.000Z' },
        },
      ]);
      // The worker is a batch behind the head: its next commit, with no append after it, is seen at once.
      await moveCheckpoint(periodsProjection.name, events[0].position - 1);
      const behind = await ask(answers, compute);
      await moveCheckpoint(periodsProjection.name, events[0].position);
      const caughtUp = await ask(answers, compute);
      expect(caughtUp.etag).not.toBe(behind.etag);
      expect(caughtUp.etag).toMatch(new RegExp(`\\.${events[0].position}"$`));
    } finally {
      await answers.onModuleDestroy();
    }
  });
});
