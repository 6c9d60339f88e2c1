/**
 * node -r @swc-node/register libs/projections/src/cli.ts <command> <projection|all>
 *
 *   rebuild   build a new version from position 0 beside the live one, then switch to it
 *   checksum  print the sha256 of the live version's content
 *   status    print the versions, their state and checkpoint
 *   run       apply live (what a worker does) until SIGINT/SIGTERM
 *
 * and the read models at any time point (see read-cli.ts):
 *
 *   tabell <period> [--organ X] [--given-by X] [--as-of ÅÅÅÅ-MM-DD] [--recorded-at ISO] [--json]
 *   maluppfyllelse <period> --organ X [--as-of …] [--recorded-at …] [--json]
 *   aldrande [--on ÅÅÅÅ-MM-DD] [--organ X] [--as-of …] [--recorded-at …] [--json]
 *   uppdrag <uppdragId> [--as-of …] [--recorded-at …] [--json]
 *
 * The store comes from the environment, as for the apps: DATABASE_URL (+ DATABASE_SCHEMA) for
 * PostgreSQL, else the embedded store in DATA_DIR (./data). Read here rather than through the config
 * lib so that this tool depends on nothing but the store.
 */
import { type EventStoreSettings } from '@sparbar/event-store';
import { projectionsNamed, RETIRED_PROJECTIONS } from './catalogue';
import { checksum } from './checksum';
import { openProjectionEnvironment, type ProjectionEnvironment } from './environment';
import { ReadModelQueryError } from './periods/time-point';
import { READ_COMMANDS, readCommand } from './read-cli';
import { ProjectionWorker } from './runner/projection-worker';
import { rebuild } from './runner/rebuild';
import { versionStatus } from './runner/versions';

const USAGE = `usage: cli.ts <rebuild|checksum|status|run> <projection|all>
       cli.ts <${READ_COMMANDS.join('|')}> … (see read-cli.ts)`;

async function main(argv: string[]): Promise<number> {
  const [command, name = 'all'] = argv;
  if ((READ_COMMANDS as readonly string[]).includes(command)) return read(command, argv.slice(1));
  if (!command || !['rebuild', 'checksum', 'status', 'run'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const projections = projectionsNamed(name);
  const env = await openProjectionEnvironment(settingsFrom(process.env));
  try {
    switch (command) {
      case 'rebuild': {
        const started = Date.now();
        let events = 0;
        const results = await rebuild(env, projections, {
          batchSize: Number(process.env.PROJECTION_BATCH_SIZE ?? 10_000),
          onBatch: (b) => (events += b.events),
        });
        const seconds = (Date.now() - started) / 1000;
        for (const r of results) {
          console.log(
            `${r.projection}: version ${r.version} live (checkpoint ${r.checkpoint}${r.retiredVersion ? `, version ${r.retiredVersion} dropped` : ''})`,
          );
        }
        console.log(`${events} events in ${seconds.toFixed(1)} s (${Math.round(events / seconds)} events/s)`);
        return 0;
      }
      case 'checksum':
        for (const projection of projections) {
          const c = await checksum(env.db, projection);
          console.log(`${c.projection} v${c.version} rows=${c.rows} sha256=${c.sha256}`);
        }
        return 0;
      case 'status':
        for (const projection of projections) {
          const versions = await versionStatus(env.db, projection.name);
          if (versions.length === 0) console.log(`${projection.name}: not built yet`);
          for (const v of versions) {
            console.log(
              `${v.projection} v${v.version} ${v.state} checkpoint=${v.checkpoint} events=${v.eventsApplied} started=${v.startedAt}`,
            );
          }
        }
        return 0;
      default:
        return await runLive(env, projections);
    }
  } finally {
    await env.close();
  }
}

async function read(command: string, args: string[]): Promise<number> {
  const env = await openProjectionEnvironment(settingsFrom(process.env));
  try {
    console.log(await readCommand(env.db, command, args));
    return 0;
  } catch (error) {
    if (!(error instanceof ReadModelQueryError)) throw error;
    console.error(`${error.field}: ${error.message}`);
    return 2;
  } finally {
    await env.close();
  }
}

function settingsFrom(environment: NodeJS.ProcessEnv): EventStoreSettings {
  const url = environment.DATABASE_URL?.trim();
  const schema = environment.DATABASE_SCHEMA?.trim();
  if (url) return { kind: 'postgres', url, ...(schema ? { schema } : {}) };
  return { kind: 'embedded', dataDir: environment.DATA_DIR?.trim() || './data' };
}

async function runLive(
  env: ProjectionEnvironment,
  projections: ReturnType<typeof projectionsNamed>,
): Promise<number> {
  const worker = new ProjectionWorker(env, projections, {
    batchSize: Number(process.env.PROJECTION_BATCH_SIZE ?? 2_000),
    retired: RETIRED_PROJECTIONS,
    onError: (error) => console.error(`projection worker: ${(error as Error).message}`),
  }).start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await worker.stop();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
