/**
 * The read models a worker keeps, built once from the log of a store, in this process: for a tenant
 * moved to another server (libs/tenancy move-tenant.ts), whose read models must stand on the new server
 * before the directory points to it, so reads never go empty after the switch.
 */
import { type EventStoreSettings } from '@sparbar/event-store';
import { catchUpLive, openProjectionEnvironment } from '@sparbar/projections';
import { WORKER_PROJECTIONS } from './projection-runner';

export async function buildReadModels(settings: EventStoreSettings): Promise<void> {
  const env = await openProjectionEnvironment(settings);
  try {
    await catchUpLive(env, WORKER_PROJECTIONS, { batchSize: 5_000 });
  } finally {
    await env.close();
  }
}
