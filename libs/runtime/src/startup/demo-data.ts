/**
 * Region Västerbotten's 2023 on the first start, and a current plan year laid out around that day (the
 * process clock, so CLOCK_START and the tests pin it): a newcomer who runs `npm start` opens the product
 * and sees a real year as history and an ordinary working day now. Loaded before Nest starts, so the organs and people come in with their 2023 business
 * times and the development seed (DEV_SEED, same ids) finds them there and adds nothing.
 *
 * Only into an empty log (someone's own data is never mixed with the demo), or to finish a demo load that
 * was cut short (its first organ was written by the demo loader): loading is idempotent.
 */
import { type AppConfig, type Environment } from '@sparbar/config';
import { DEMO_LOADER, demoComplete, loadDemo } from '@sparbar/demo';
import { organStream } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { StartupError } from './startup-error';

/**
 * DEMO_DATA: `true` by default with the embedded store outside production (the `npm start` of a fresh
 * machine), `false` with a server database unless asked for explicitly.
 */
export function demoDataSetting(env: Environment, config: AppConfig): boolean {
  const raw = env.DEMO_DATA?.trim();
  if (raw === undefined || raw === '')
    return config.store.kind === 'embedded' && env.NODE_ENV !== 'production';
  if (/^(true|1)$/i.test(raw)) return true;
  if (/^(false|0)$/i.test(raw)) return false;
  throw new StartupError('DEMO_DATA', `"${raw}" är varken true eller false`);
}

export type DemoOutcome = 'loaded' | 'completed' | 'not-empty' | 'present';

export async function loadDemoOnFirstStart(store: EventStore, clock: () => Date): Promise<DemoOutcome> {
  const empty = (await store.readAll({ maxCount: 1 })).length === 0;
  if (!empty) {
    const [first] = await store.readStream(organStream('regionfullmaktige'), { maxCount: 1 });
    if (first?.metadata.actor !== DEMO_LOADER) return 'not-empty';
    if (await demoComplete(store, clock())) return 'present';
  }
  await loadDemo(store, clock);
  return empty ? 'loaded' : 'completed';
}
