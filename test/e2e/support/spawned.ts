import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Spawned {
  child: ChildProcess;
  exited: Promise<Exit>;
}

const running = new Set<ChildProcess>();

/** For afterEach: a test that failed half-way must not leave a server holding a port or a folder. */
export function killLeftovers(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Runs an app's `main.ts` as its own Node process (compiled on the fly by @swc-node/register, which
 * follows the tsconfig paths and emits decorator metadata), with only the given variables set.
 */
export function spawnMain(app: 'api' | 'worker', env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  running.add(child);
  void exited.then(() => running.delete(child));
  return { child, exited };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Waits until the spawned process answers /health/live on `port`; fails if it exits first. */
export async function answering(spawned: Spawned, port: number, ms = 60_000): Promise<void> {
  let exit: Exit | undefined;
  void spawned.exited.then((e) => (exit = e));
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`the process exited (${exit.code}) before answering: ${exit.stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing answered on port ${port} within ${ms} ms`);
}
