/**
 * npm run demo:load — loads Region Västerbotten's 2023 and the current plan year (laid out around
 * CLOCK_START, else today) into the store the environment names (DATABASE_URL + DATABASE_SCHEMA, else
 * the embedded store in DATA_DIR). Loading twice adds nothing.
 */
import { loadConfig } from '@sparbar/config';
import { openEventStore } from '@sparbar/event-store';
import { loadDemo } from './load-demo';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const { store } = await openEventStore(config.store);
  try {
    const { written, skipped } = await loadDemo(store, config.clock);
    console.log(
      `Region Västerbotten 2023 och innevarande år: ${written} kommandon skrivna, ${skipped} fanns redan.`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
