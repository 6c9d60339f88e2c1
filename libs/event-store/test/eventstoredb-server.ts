/**
 * The EventStoreDB server the `eventstoredb*` int specs run against, when one is given:
 *
 *   docker compose --profile eventstoredb up -d eventstoredb
 *   EVENTSTOREDB_URL='esdb://127.0.0.1:2113?tls=false' npm run test:all -- libs/event-store/test/eventstoredb
 *
 * Without EVENTSTOREDB_URL their suites are reported as skipped (never as passed), with a notice.
 */
import { randomUUID } from 'node:crypto';

export const eventStoreDbUrl = process.env.EVENTSTOREDB_URL?.trim() || undefined;

/** `describe` with a server, `describe.skip` and the notice (once per spec file) without. */
export function describeWithEventStoreDb(what: string): jest.Describe {
  if (eventStoreDbUrl) return describe;
  // Straight to stderr: Jest prints no console output for a suite whose tests are all skipped.
  process.stderr.write(
    `\n⚠ ${what} NOT RUN: set EVENTSTOREDB_URL ` +
      "(e.g. 'esdb://127.0.0.1:2113?tls=false' after `docker compose --profile eventstoredb up -d eventstoredb`) " +
      'to run it\n\n',
  );
  return describe.skip;
}

/** A tenant id of this run only (`t` and 12 hex digits), so repeated runs on one server never meet. */
export const runTenantId = (): string => `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
