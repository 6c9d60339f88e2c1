/** The audit CLI as a child process, the way an auditor or an operator runs it. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'libs', 'audit', 'src', 'cli.ts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runAuditCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', CLI, ...args],
      { cwd: ROOT, env: { ...env, NODE_OPTIONS: '' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
