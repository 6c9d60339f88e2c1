/**
 * A PostgreSQL server and a Redis of the benchmark's own (test/support/throwaway-servers.js: initdb in a
 * temporary folder, free ports, Debian's binaries), so a benchmark that opens hundreds of connections
 * chooses its server's max_connections and never exhausts the machine's shared server. Both stop, and
 * the folder goes, on `stop()` or when the benchmark process is gone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface OwnServers {
  /** postgres://postgres@127.0.0.1:<port>/test */
  database: string;
  redis: string;
  /** The process that keeps them: PostgreSQL (all its backends) and Redis are its descendants. */
  keeperPid: number;
  stop(): Promise<void>;
}

/** `settings`: further PostgreSQL settings (`name=value`), e.g. to load pg_stat_statements. */
export async function startOwnServers(
  maxConnections: number,
  settings: readonly string[] = [],
): Promise<OwnServers> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(__dirname, '..', '..', 'test', 'support', 'throwaway-servers.js'),
      String(process.pid),
      'postgres,redis',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        LD_PRELOAD: '',
        THROWAWAY_PG_MAX_CONNECTIONS: String(maxConnections),
        THROWAWAY_PG_SETTINGS: settings.join(';'),
      },
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`own servers exited (${code}) before starting:\n${err}`)));
  });
  child.removeAllListeners('exit');
  const started = JSON.parse(line) as { database?: string; redis?: string; error?: string };
  if (started.error || !started.database || !started.redis) {
    throw new Error(`own servers: ${started.error ?? 'no address'}`);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    database: started.database,
    redis: started.redis,
    keeperPid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
