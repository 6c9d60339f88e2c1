/**
 * `npm run plattform -- …`: the platform administrator's CLI (libs/tenancy's `runPlatformCli`), run with
 * what it needs from this side: `flytta` builds the moved tenant's read models as a worker does, and
 * `lagg-upp` gives a file with `"demo": true` the demo of its kind (demo-tenant.ts).
 */
import { runPlatformCli } from '@sparbar/tenancy/cli';
import { buildReadModels } from './app/worker/build-read-models';
import { withDemoData } from './tenants/demo-tenant';

export function runPlattform(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  return runPlatformCli(args, env, { buildReadModels, provisionInput: withDemoData });
}

if (require.main === module) {
  runPlattform(process.argv.slice(2), process.env).then(
    (lines) => lines.forEach((line) => console.log(line)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
