// Jest's globalSetup: the servers the integration and end-to-end tests use. TEST_DATABASE_URL and
// TEST_REDIS_URL name servers of your own (e.g. the machine's: postgres://postgres@127.0.0.1:5432/test,
// redis://127.0.0.1:6379); for each one not set, the run starts a throwaway server of its own
// (throwaway-servers.js) and sets the variable, which the test workers and the apps they start inherit.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

function firstLine(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`test servers exited (${code}) before starting:\n${err}`)));
  });
}

module.exports = async function startTestServers() {
  const want = [];
  if (!process.env.TEST_DATABASE_URL) want.push('postgres');
  if (!process.env.TEST_REDIS_URL) want.push('redis');
  if (want.length === 0) return;
  const child = spawn(
    process.execPath,
    [path.join(__dirname, 'throwaway-servers.js'), String(process.pid), want.join(',')],
    {
      // Its own process group: a Ctrl-C reaches the run, and the servers go once the run is gone.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', LD_PRELOAD: '' },
    },
  );
  const started = JSON.parse(await firstLine(child));
  child.stdout.destroy();
  child.stderr.destroy();
  child.removeAllListeners('exit');
  child.unref();
  globalThis.__throwawayTestServers = child;
  if (started.error) throw new Error(`Throwaway test servers: ${started.error}`);
  if (started.database) process.env.TEST_DATABASE_URL = started.database;
  if (started.redis) process.env.TEST_REDIS_URL = started.redis;
  const named = [
    started.database && `PostgreSQL ${started.database}`,
    started.redis && `Redis ${started.redis}`,
  ];
  process.stdout.write(
    `\nThrowaway test servers: ${named.filter(Boolean).join(', ')} (in ${started.folder})\n`,
  );
};
