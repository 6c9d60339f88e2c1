// Jest's globalTeardown: stops the throwaway servers servers.setup.js started, and waits until they and
// their folder are gone.
'use strict';

module.exports = async function stopTestServers() {
  const child = globalThis.__throwawayTestServers;
  if (!child || child.exitCode !== null) return;
  child.ref();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
};
