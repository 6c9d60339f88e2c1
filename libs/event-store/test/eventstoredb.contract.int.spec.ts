/**
 * The contract suite against a real EventStoreDB server, when one is given:
 *
 *   docker compose --profile eventstoredb up -d eventstoredb
 *   EVENTSTOREDB_URL='esdb://127.0.0.1:2113?tls=false' npm run test:all -- libs/event-store/test/eventstoredb
 *
 * Without EVENTSTOREDB_URL the suite is reported as skipped (never as passed), with a notice.
 * Every test uses its own stream names, so one server serves repeated runs without cleaning up.
 */
import { EventStoreDbEventStore } from '../src';
import { describeEventStoreContract } from './event-store.contract';

const url = process.env.EVENTSTOREDB_URL?.trim();

if (!url) {
  // Straight to stderr: Jest prints no console output for a suite whose tests are all skipped.
  process.stderr.write(
    '\n⚠ EventStoreDB contract suite NOT RUN: set EVENTSTOREDB_URL ' +
      "(e.g. 'esdb://127.0.0.1:2113?tls=false' after `docker compose --profile eventstoredb up -d eventstoredb`) " +
      'to run it\n\n',
  );
}

describeEventStoreContract(
  'EventStoreDB',
  () => EventStoreDbEventStore.connect(url as string),
  undefined,
  url ? describe : describe.skip,
);
