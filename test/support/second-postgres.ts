/**
 * A second PostgreSQL server for the tests of many organisations on several servers (issue 22): started
 * by throwaway-servers.js (initdb in a temporary folder, a free port, Debian's binaries), as the run's
 * own throwaway server is, and stopped by `stop()` or when the test process is gone.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SecondPostgres {
  /** postgres://postgres@127.0.0.1:<port>/test */
  url: string;
  stop(): Promise<void>;
}

export async function startSecondPostgres(): Promise<SecondPostgres> {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'throwaway-servers.js'), String(process.pid), 'postgres'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', LD_PRELOAD: '' },
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`second PostgreSQL exited (${code}) before starting:\n${err}`)),
    );
  });
  child.removeAllListeners('exit');
  const started = JSON.parse(line) as { database?: string; error?: string };
  if (started.error || !started.database) {
    throw new Error(`second PostgreSQL: ${started.error ?? 'no address'}`);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: started.database,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
