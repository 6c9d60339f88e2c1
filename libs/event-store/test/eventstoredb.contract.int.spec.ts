/**
 * The contract suite against a real EventStoreDB server, when one is given (see eventstoredb-server.ts):
 * once as a whole cluster (one organisation), once as a tenant with a stream prefix of this run's own.
 * Without EVENTSTOREDB_URL the suites are reported as skipped (never as passed), with a notice.
 * Every test uses its own stream names, so one server serves repeated runs without cleaning up.
 */
import { EventStoreDbEventStore } from '../src';
import { tenantStreamPrefix } from '../src/eventstoredb/stream-prefix';
import { describeEventStoreContract } from './event-store.contract';
import { describeWithEventStoreDb, eventStoreDbUrl, runTenantId } from './eventstoredb-server';

const describeOrSkip = describeWithEventStoreDb('EventStoreDB contract suite');

describeEventStoreContract(
  'EventStoreDB',
  () => EventStoreDbEventStore.connect(eventStoreDbUrl as string),
  undefined,
  describeOrSkip,
);

describeEventStoreContract(
  'EventStoreDB, a tenant with a stream prefix',
  () =>
    EventStoreDbEventStore.connect(eventStoreDbUrl as string, {
      streamPrefix: tenantStreamPrefix(runTenantId()),
    }),
  undefined,
  describeOrSkip,
);
