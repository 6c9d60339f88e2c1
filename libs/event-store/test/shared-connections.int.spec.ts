/**
 * The two connections a process shares with every tenant on a server: the one notifications go out on
 * and the one LISTENing to every tenant's channel. Each sends one statement at a time (pg 8 warns of a
 * query sent while another is under way on a client, and pg 9 refuses it), and nothing asked of them
 * at once is lost.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { NotifyConnection } from '../src/postgres/append-notifications';
import { ChannelHub } from '../src/postgres/channel-hub';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { waitFor } from './event-store.contract';

/** Real connections that count their statements and how many were ever under way at once. */
function countingConnections(applicationName: string) {
  const seen = { statements: 0, mostAtOnce: 0, clients: 0 };
  const connect = () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL, application_name: applicationName });
    seen.clients++;
    let underWay = 0;
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args) => {
      seen.statements++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, ++underWay);
      try {
        return await query(...args);
      } finally {
        underWay--;
      }
    };
    return client;
  };
  return { seen, connect };
}

describe('the connections tenants share on a server', () => {
  const tag = randomBytes(3).toString('hex');
  const channels = Array.from({ length: 40 }, (_, i) => `sparbar_test_${tag}_${i}`);
  let hub: ChannelHub;
  let notifications: NotifyConnection;

  afterEach(async () => {
    await notifications?.close();
    await hub?.close();
  });

  it('hears every tenant notified at once, each connection sending one statement at a time', async () => {
    const listening = countingConnections(`sparbar-listen-${tag}`);
    const notifying = countingConnections(`sparbar-notify-${tag}`);
    hub = new ChannelHub(listening.connect);
    notifications = new NotifyConnection(notifying.connect);
    const heard = new Map<string, number>();
    const watches = channels.map((name) =>
      hub.watch(name, (payload) => {
        if (payload !== undefined) heard.set(name, Math.max(heard.get(name) ?? 0, Number(payload)));
      }),
    );
    await waitFor(() => watches.every((w) => w.complete), 10_000);

    const sends = channels.flatMap((name) => [1, 2, 3].map((n) => notifications.send(name, n)));
    await Promise.all(sends);
    await waitFor(() => channels.every((name) => heard.get(name) === 3), 10_000);

    expect(listening.seen.mostAtOnce).toBe(1);
    expect(notifying.seen.mostAtOnce).toBe(1);
    // 120 notifications asked for at once went out in a few statements, not 120.
    expect(notifying.seen.statements).toBeLessThan(10);
  });

  it('listens to every channel again in one statement after losing its connection', async () => {
    const applicationName = `sparbar-listen-${tag}-lost`;
    const listening = countingConnections(applicationName);
    hub = new ChannelHub(listening.connect);
    notifications = new NotifyConnection(countingConnections(`sparbar-notify-${tag}-lost`).connect);
    const told = new Map<string, (string | undefined)[]>();
    const watches = channels.map((name) =>
      hub.watch(name, (payload) => told.set(name, [...(told.get(name) ?? []), payload])),
    );
    await waitFor(() => watches.every((w) => w.complete), 10_000);
    const before = listening.seen.statements;

    await withClient((c) =>
      c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        applicationName,
      ]),
    );
    await waitFor(() => listening.seen.clients === 2 && watches.every((w) => w.complete), 10_000);

    // Every watcher is told (notifications may have gone unheard), and hears what comes next.
    expect(channels.every((name) => (told.get(name) ?? []).includes(undefined))).toBe(true);
    expect(listening.seen.statements - before).toBe(1);
    expect(listening.seen.mostAtOnce).toBe(1);
    await notifications.send(channels[7], 42);
    await waitFor(() => (told.get(channels[7]) ?? []).includes('42'), 10_000);
  });
});
