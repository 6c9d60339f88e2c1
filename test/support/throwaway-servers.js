// A PostgreSQL and a Redis of one test run's own, on free ports in a temporary folder, from Debian's
// `postgresql` and `redis-server` packages. Started by servers.setup.js as its own process:
//   node throwaway-servers.js <pid to outlive> postgres,redis
// It prints one line of JSON ({ database, redis } URLs, or { error }), then keeps the servers until it
// is sent SIGTERM (servers.teardown.js) or the process it serves is gone (a run killed halfway), and
// then stops them and removes the folder.
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const [watchedPid, wanted = 'postgres,redis'] = process.argv.slice(2);
const want = new Set(wanted.split(','));
// On the machine's clock: a run with its clock moved (libfaketime in LD_PRELOAD) must not move the servers'.
const env = { ...process.env, LD_PRELOAD: '' };
const children = [];
let folder;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function onPath(program) {
  const dir = (env.PATH ?? '').split(':').find((d) => d && fs.existsSync(path.join(d, program)));
  return dir ? path.join(dir, program) : undefined;
}

/** The newest PostgreSQL under /usr/lib/postgresql (Debian, Ubuntu), else initdb on PATH. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return path.join(root, versions[0], 'bin');
  const initdb = onPath('initdb');
  if (initdb) return path.dirname(initdb);
  throw new Error(
    'PostgreSQL not found (no initdb under /usr/lib/postgresql/*/bin or on PATH): install the ' +
      'postgresql package (apt-get install postgresql), or set TEST_DATABASE_URL to a server of yours',
  );
}

/** PostgreSQL refuses to run as root; then it runs as the `postgres` user the Debian package creates. */
function postgresUser() {
  if (process.getuid?.() !== 0) return {};
  try {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      'running as root, PostgreSQL needs the user "postgres" (the postgresql package creates it)',
    );
  }
}

function run(file, args, options) {
  try {
    execFileSync(file, args, { env, stdio: 'pipe', ...options });
  } catch (error) {
    throw new Error(`${path.basename(file)} failed: ${String(error.stderr ?? error.message).trim()}`);
  }
}

function logTail(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-5).join('\n');
  } catch {
    return '';
  }
}

/** Starts `start(port)` on a free port until it answers `ready(port)`; another port if it exits first. */
async function onFreePort(name, log, start, ready) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = start(port);
    children.push(child);
    let exited = false;
    child.once('exit', () => (exited = true));
    for (let waited = 0; waited < 30_000 && !exited; waited += 100) {
      if (await ready(port)) return port;
      await sleep(100);
    }
    if (!exited) throw new Error(`${name} did not answer on port ${port} within 30 s:\n${logTail(log)}`);
    if (attempt === 3) throw new Error(`${name} exited at start:\n${logTail(log)}`);
  }
}

async function startPostgres() {
  const bin = postgresBin();
  const user = postgresUser();
  const data = path.join(folder, 'postgres');
  const log = path.join(folder, 'postgres.log');
  if (user.uid !== undefined) fs.chownSync(folder, user.uid, user.gid);
  // As the machine's server: UTF-8, C.UTF-8, UTC. No fsync: nothing here outlives the run.
  run(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    { ...user, cwd: folder },
  );
  const port = await onFreePort(
    'PostgreSQL',
    log,
    (p) => {
      const out = fs.openSync(log, 'a');
      const settings = [
        'fsync=off',
        'full_page_writes=off',
        'autovacuum=off',
        'timezone=UTC',
        // A benchmark of many organisations chooses its own (THROWAWAY_PG_MAX_CONNECTIONS).
        `max_connections=${Number(process.env.THROWAWAY_PG_MAX_CONNECTIONS) || 100}`,
        // A benchmark may ask for more (THROWAWAY_PG_SETTINGS, `name=value` separated by `;`).
        ...(process.env.THROWAWAY_PG_SETTINGS ?? '').split(';').filter((s) => s.includes('=')),
      ];
      return spawn(
        path.join(bin, 'postgres'),
        ['-D', data, '-p', String(p), '-h', '127.0.0.1', '-k', folder, ...settings.flatMap((s) => ['-c', s])],
        { ...user, cwd: folder, env, stdio: ['ignore', out, out] },
      );
    },
    async (p) => {
      try {
        execFileSync(path.join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(p)], { env });
        return true;
      } catch {
        return false;
      }
    },
  );
  run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'test']);
  return `postgres://postgres@127.0.0.1:${port}/test`;
}

function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(1000, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) socket.end();
    });
    socket.on('close', () => resolve(reply.startsWith('+PONG')));
    socket.on('error', () => undefined);
  });
}

async function startRedis() {
  const server =
    onPath('redis-server') ?? (fs.existsSync('/usr/bin/redis-server') && '/usr/bin/redis-server');
  if (!server) {
    throw new Error(
      'redis-server not found: install the redis-server package (apt-get install redis-server), ' +
        'or set TEST_REDIS_URL to a server of yours',
    );
  }
  const log = path.join(folder, 'redis.log');
  const port = await onFreePort(
    'Redis',
    log,
    (p) => {
      const out = fs.openSync(log, 'a');
      const args = ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
      args.push('--dir', folder, '--maxmemory-policy', 'noeviction');
      return spawn(server, args, { cwd: folder, env, stdio: ['ignore', out, out] });
    },
    redisAnswers,
  );
  return `redis://127.0.0.1:${port}`;
}

let stopping;
function stop() {
  stopping ??= (async () => {
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    await Promise.all(
      running.map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => resolve(clearTimeout(timer)));
            // PostgreSQL's immediate shutdown; Redis keeps nothing (no save), so SIGTERM is quick.
            child.kill(child.spawnfile.endsWith('postgres') ? 'SIGQUIT' : 'SIGTERM');
          }),
      ),
    );
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    process.exit(0);
  })();
  return stopping;
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);

function watch() {
  const timer = setInterval(() => {
    try {
      process.kill(Number(watchedPid), 0);
    } catch {
      clearInterval(timer);
      void stop();
    }
  }, 1000);
}

async function main() {
  watch();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sparbar-test-servers-'));
  const started = { folder };
  try {
    if (want.has('postgres')) started.database = await startPostgres();
    if (want.has('redis')) started.redis = await startRedis();
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
    await stop();
    return;
  }
  process.stdout.write(`${JSON.stringify(started)}\n`);
}

void main();
