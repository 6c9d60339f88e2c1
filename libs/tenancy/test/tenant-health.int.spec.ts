/**
 * What a platform administrator's list says of a tenant's health beyond "its server answers": its read
 * models behind its log (`lagging`, with how many events and how old the oldest), a reminder whose
 * delivery failed and has not gone out since (`reminders_failed`), and `ok` again once the worker has
 * caught up and the reminder gone out. A kommun on the machine's server, its read models built as a
 * worker builds them (libs/runtime `buildReadModels`).
 */
import { randomBytes } from 'node:crypto';
import {
  Application,
  recordPaminnelseFailed,
  recordPaminnelseSent,
  registerOrgan,
  startPaminnelseSending,
  type WriteContext,
} from '@sparbar/application';
import { PAMINNELSE_ACTOR, type PaminnelseDelivery } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { tenantStore } from '@sparbar/config';
import { buildReadModels } from '../../runtime/src/app/worker/build-read-models';
import { testClock } from '../../../test/support/clock';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import {
  listTenants,
  openTenantStore,
  PostgresTenantDirectory,
  provisionTenant,
  removeTenant,
  type Tenant,
  type TenantOverview,
} from '../src';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
let directory: PostgresTenantDirectory;
let tenant: Tenant;

const reminders: WriteContext = { actor: { personId: PAMINNELSE_ACTOR, roles: [] }, requestId: 'test' };
const delivery: PaminnelseDelivery = {
  idempotencyKey: 'uppdrag.u1.2025-05.e.person-sara.epost',
  jobId: 'uppdrag.u1.2025-05.e',
  itemKind: 'uppdrag',
  itemId: 'u1',
  period: '2025-05',
  deadline: '2025-06-13',
  kind: 'eskalering',
  channel: 'epost',
  recipientPersonId: 'person-sara',
  address: 'sara@example.se',
};

async function onStore(work: (app: Application, store: EventStore) => Promise<unknown>): Promise<void> {
  const { store, done } = await openTenantStore(tenant);
  try {
    await work(Application.live(store, testClock), store);
  } finally {
    await done();
  }
}

async function listed(lagToleranceSeconds?: number): Promise<TenantOverview> {
  const all = await listTenants({ directory, lagToleranceSeconds });
  return all.find((t) => t.tenantId === tenant.tenantId)!;
}

const caughtUp = () => buildReadModels(tenantStore(tenant, undefined));

beforeAll(async () => {
  directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
  tenant = await provisionTenant(
    { directory, clock: testClock },
    {
      tenantId: `halsa-${run}`,
      namn: 'Hälsokommunen',
      kind: 'kommun',
      hosts: [`halsa-${run}.sparbar.test`],
      serverUrl: TEST_DATABASE_URL,
      organs: [
        {
          organId: 'kf',
          namn: 'Kommunfullmäktige',
          kortnamn: 'KF',
          typ: 'kommunfullmaktige',
          parentOrganId: null,
        },
      ],
    },
    'driftansvarig',
  );
}, 60_000);

afterAll(async () => {
  if (tenant) await removeTenant({ directory }, tenant.tenantId);
  await directory?.close();
  await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
});

describe("a tenant's health in the platform's list", () => {
  it('is ok with no read models yet: its lag is not known', async () => {
    expect(await listed(0)).toMatchObject({
      health: 'ok',
      projectionLag: null,
      failedReminders: 0,
      events: 1,
    });
  });

  it('is ok once its read models have taken in its whole log', async () => {
    await caughtUp();
    expect(await listed(0)).toMatchObject({ health: 'ok', projectionLag: { events: 0, oldestSeconds: 0 } });
  }, 60_000);

  it('is lagging when an event its read models have not taken in is older than the tolerance', async () => {
    await onStore((app) =>
      registerOrgan(
        app,
        {
          organId: 'ks',
          namn: 'Kommunstyrelsen',
          kortnamn: 'KS',
          typ: 'kommunstyrelse',
          parentOrganId: 'kf',
        },
        { actor: { personId: 'plattform-x', roles: ['admin'], organId: null }, requestId: 'test' },
      ),
    );
    const behind = await listed(0);
    expect(behind).toMatchObject({ health: 'lagging', projectionLag: { events: 1 } });
    // The same lag within the tolerance (a worker a moment behind) is no alarm.
    expect(await listed(3600)).toMatchObject({ health: 'ok', projectionLag: { events: 1 } });
    await caughtUp();
    expect(await listed(0)).toMatchObject({ health: 'ok', projectionLag: { events: 0 } });
  }, 60_000);

  it('shows a reminder that failed until it has gone out', async () => {
    await onStore(async (app) => {
      await startPaminnelseSending(app, delivery, delivery, reminders);
      await recordPaminnelseFailed(
        app,
        delivery,
        { idempotencyKey: delivery.idempotencyKey, reason: 'SMTP 451' },
        reminders,
      );
    });
    await caughtUp();
    expect(await listed(0)).toMatchObject({ health: 'reminders_failed', failedReminders: 1 });
    await onStore(async (app) => {
      await startPaminnelseSending(app, delivery, delivery, reminders);
      await recordPaminnelseSent(app, delivery, { ...delivery, messageId: '<m1@sparbar>' }, reminders);
    });
    await caughtUp();
    expect(await listed(0)).toMatchObject({ health: 'ok', failedReminders: 0 });
  }, 60_000);
});
