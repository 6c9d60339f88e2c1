/** The CLI end to end: catch up, export the head to a file, verify against it, before and after tampering. */
import { uppdragStream } from '@sparbar/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProjectionEnvironment } from '@sparbar/projections/environment';
import {
  cliEnv,
  openEnv,
  testSchema,
  waitFor,
  withClient,
} from '../../projections/test/support/projection-env';
import { INKOP, playYear2023, Scenario } from '../../projections/test/support/scenario';
import { type TestSchema } from '../../../test/support/postgres';
import { runAuditCli } from './support/audit-cli';

let schema: TestSchema;
let env: ProjectionEnvironment;
let dir: string;

const sql = (text: string, params: unknown[] = []) =>
  withClient((c) => c.query(text, params).then((r) => r.rows), schema.schema);

beforeAll(async () => {
  schema = await testSchema('audit_cli');
  env = await openEnv(schema);
  await playYear2023(new Scenario(env.store));
  await waitFor('the log to be readable', async () => (await env.store.readAll()).length >= 16);
  dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
});
afterAll(async () => {
  await env.close();
  await schema.drop();
  rmSync(dir, { recursive: true, force: true });
});

it('exports a head, verifies against it, and names the first changed event with exit code 1', async () => {
  const vars = cliEnv(schema);
  expect(await runAuditCli(['catch-up'], vars)).toMatchObject({ code: 0 });

  const head = await runAuditCli(['head'], vars);
  expect(head.code).toBe(0);
  const kept = JSON.parse(head.stdout);
  expect(kept).toMatchObject({ eventCount: 16, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const file = join(dir, 'head.json');
  writeFileSync(file, head.stdout);

  const intact = await runAuditCli(['verify', '--against', file], vars);
  expect(intact.code).toBe(0);
  expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true, checked: 16, against: { ok: true } });
  expect(intact.stderr).toContain('Kedjan är oförändrad.');

  const [{ event_id: changed }] = await sql(
    // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
    `UPDATE events SET data = jsonb_set(data, '{kommentar}', '"Ändrad i efterhand."')
      WHERE event_id = (SELECT event_id FROM events WHERE stream_id = $1 AND type = 'UppdragStatusReported'
                         ORDER BY position LIMIT 1) RETURNING event_id`,
    [uppdragStream(INKOP)],
  );
  const broken = await runAuditCli(['verify', '--against', file], vars);
  expect(broken.code).toBe(1);
  expect(JSON.parse(broken.stdout)).toMatchObject({
    ok: false,
    firstMismatch: { eventId: changed, reason: 'changed' },
    against: { ok: false, reason: 'hash-differs' },
  });
  expect(await runAuditCli(['verify', 'extra'], vars)).toMatchObject({ code: 2 });
});
