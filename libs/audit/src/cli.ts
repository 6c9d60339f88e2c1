/**
 * node -r @swc-node/register libs/audit/src/cli.ts <command>
 *
 *   verify [--against head.json]  recompute the chain from the log and compare it with the
 *                                 stored chain (and with a kept head); prints the report as JSON.
 *                                 Exit 0: intact; 1: a mismatch (the report names the first event).
 *   head                          verify, then print the chain head as JSON for the auditor to keep
 *                                 outside the system (exit 1 if the chain is already broken).
 *   catch-up                      bring the audit projections (event_chain, audit_log) up to the end
 *                                 of the log once, as a worker would.
 *
 * The database comes from the environment, as for the apps: DATABASE_URL (+ DATABASE_SCHEMA), else the
 * embedded store in DATA_DIR. Verification reads the log through the event store, so any store serves.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '@sparbar/config';
import { openProjectionEnvironment } from '@sparbar/projections/environment';
import { catchUpLive } from '@sparbar/projections/runner/catch-up';
import { ChainBrokenError, exportHead, parseKeptHead } from './chain/head';
import { verifyChain } from './chain/verify';
import { AUDIT_PROJECTIONS } from './projections';

const USAGE = 'usage: cli.ts verify [--against head.json] | head | catch-up';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'verify' && command !== 'head' && command !== 'catch-up') return usage();
  const againstAt = rest.indexOf('--against');
  if (command !== 'verify' ? rest.length > 0 : againstAt !== -1 ? !rest[againstAt + 1] : rest.length > 0)
    return usage();
  const against = againstAt === -1 ? undefined : parseKeptHead(readFileSync(rest[againstAt + 1], 'utf8'));

  const config = loadConfig(process.env);
  const env = await openProjectionEnvironment(config.store);
  try {
    if (command === 'catch-up') {
      const targets = await catchUpLive(env, AUDIT_PROJECTIONS);
      for (const t of targets) console.log(`${t.projection.name} v${t.version}: checkpoint ${t.checkpoint}`);
      return 0;
    }
    if (command === 'head') {
      try {
        console.log(JSON.stringify(await exportHead(env.db, env.store), null, 2));
        return 0;
      } catch (error) {
        if (!(error instanceof ChainBrokenError)) throw error;
        console.error(error.message);
        console.log(JSON.stringify(error.report, null, 2));
        return 1;
      }
    }
    const report = await verifyChain(env.db, env.store, against ? { against } : {});
    console.log(JSON.stringify(report, null, 2));
    console.error(summary(report));
    return report.ok ? 0 : 1;
  } finally {
    await env.close();
  }
}

function summary(report: Awaited<ReturnType<typeof verifyChain>>): string {
  const lines = [
    report.ok ? 'Kedjan är oförändrad.' : 'Kedjan stämmer INTE.',
    `${report.checked} händelser kontrollerade (kedjad fram till position ${report.chainedUpTo}, ${report.pending} ännu inte kedjade).`,
  ];
  const m = report.firstMismatch;
  if (m)
    lines.push(`Första avvikelse: position ${m.position}, händelse ${m.eventId} (${m.reason}): ${m.message}`);
  if (report.against)
    lines.push(
      report.against.ok
        ? `Loggen bygger fortfarande vidare på det sparade huvudet (position ${report.against.position}).`
        : `Det sparade huvudet (position ${report.against.position}): ${report.against.message}`,
    );
  return lines.join('\n');
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
