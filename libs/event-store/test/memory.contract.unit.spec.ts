/**
 * The in-memory adapter: the shared contract, then what only this adapter has (a clock it is given,
 * the read models' database closed with it, a test's way to tamper with the log).
 */
import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type NewEvent, type StoredEvent } from '../src';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract(
  'in memory',
  async () => new InMemoryEventStore({ polling: { idleIntervalMs: 20 } }),
);

const event = (type: string, data: NewEvent['data'] = {}): NewEvent => ({
  type,
  data,
  metadata: { actor: 'anna.berg', occurredAt: '2023-04-30T10:00:00.000Z' },
});

async function all(range: AsyncIterable<StoredEvent>): Promise<string[]> {
  const types: string[] = [];
  for await (const e of range) types.push(e.type);
  return types;
}

describe('the in-memory event store', () => {
  it('stamps recordedAt with the clock it is given, and answers the append with the events as stored', async () => {
    const store = new InMemoryEventStore({ clock: () => new Date('2023-05-02T08:00:00Z') });
    const result = await store.appendToStream('uppdrag-1', [event('A'), event('B')]);
    expect(result.events).toEqual(await store.readStream('uppdrag-1'));
    expect(result.events.map((e) => [e.revision, e.position, e.recordedAt])).toEqual([
      [0, 1, '2023-05-02T08:00:00.000Z'],
      [1, 2, '2023-05-02T08:00:00.000Z'],
    ]);
  });

  it('reads a range by position, streams and prefixes; knows its head and where an event sits', async () => {
    const store = new InMemoryEventStore();
    expect(await store.headPosition()).toBe(0);
    await store.appendToStream('uppdrag-1', [event('U1')]);
    await store.appendToStream('delmal-1', [event('D1')]);
    const { events } = await store.appendToStream('organ-1', [event('O1')]);
    await store.appendToStream('uppdrag-2', [event('U2')]);

    expect(await all(store.readRange({ upTo: 3 }))).toEqual(['U1', 'D1', 'O1']);
    expect(await all(store.readRange({ after: 1, upTo: 4, prefixes: ['uppdrag-'] }))).toEqual(['U2']);
    expect(await all(store.readRange({ upTo: 4, streams: ['organ-1'], prefixes: ['delmal-'] }))).toEqual([
      'D1',
      'O1',
    ]);
    expect(await store.headPosition()).toBe(4);
    expect(await store.positionOfEvent(events[0].id.toUpperCase())).toBe(3);
    expect(await store.positionOfEvent(randomUUID())).toBeUndefined();
    expect(await store.positionOfEvent('not-a-uuid')).toBeUndefined();
  });

  it('hands out copies: changing what was read or appended does not change the log', async () => {
    const store = new InMemoryEventStore();
    const data = { kommentar: 'Enligt plan' };
    const { events } = await store.appendToStream('uppdrag-1', [event('A', data)]);
    data.kommentar = 'ändrad';
    (events[0].data as { kommentar: string }).kommentar = 'ändrad';
    const [read] = await store.readStream('uppdrag-1');
    (read.data as { kommentar: string }).kommentar = 'ändrad';
    expect((await store.readStream('uppdrag-1'))[0].data).toEqual({ kommentar: 'Enligt plan' });
  });

  it('lets a test tamper with an event behind the port, and closes what it was tied to', async () => {
    const store = new InMemoryEventStore();
    const { events } = await store.appendToStream('uppdrag-1', [event('A', { status: 'klar' })]);
    store.tamper(events[0].id, { status: 'ändrad' });
    expect((await store.readStream('uppdrag-1'))[0].data).toEqual({ status: 'ändrad' });

    let closed = 0;
    store.closeWith(async () => void closed++);
    await store.close();
    await store.close();
    expect(closed).toBe(1);
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
