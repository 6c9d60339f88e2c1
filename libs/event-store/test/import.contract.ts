/**
 * `importEvents` (optional in the port): a log copied verbatim into an empty store, as a tenant's move
 * to another server does (issue 22). Each test opens fresh stores with `openEmpty`.
 */
import { randomUUID } from 'node:crypto';
import { type EventStore, InvalidEventStoreArgumentError, type NewEvent, type StoredEvent } from '../src';

const event = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  type,
  data: data as NewEvent['data'],
  metadata: { actor: 'anna.berg', occurredAt: '2023-04-30T10:00:00.000Z', note: 'åäö "citat"' },
});

async function everything(store: EventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for await (const e of store.readRange({ upTo: await store.headPosition() })) all.push(e);
  return all;
}

export function describeImportContract(name: string, openEmpty: () => Promise<EventStore>) {
  describe(`importing a log verbatim: ${name}`, () => {
    const opened: EventStore[] = [];
    const fresh = async () => {
      const store = await openEmpty();
      opened.push(store);
      return store;
    };
    afterAll(async () => {
      for (const store of opened) await store.close();
    });

    it('copies every event exactly, in batches, and the copy reads as the original', async () => {
      const source = await fresh();
      const uppdrag = `uppdrag-${randomUUID()}`;
      await source.appendToStream(uppdrag, [event('Registered', { n: 1.5, text: 'ö' }), event('Reported')]);
      await source.appendToStream(`delmal-${randomUUID()}`, [event('Set', { nested: { list: [1, null] } })]);
      await source.appendToStream(uppdrag, [event('Closed')], { expectedRevision: 1 });
      const original = await everything(source);
      expect(original).toHaveLength(4);

      const target = await fresh();
      expect(target.importEvents).toBeDefined();
      await target.importEvents!(original.slice(0, 3));
      await target.importEvents!(original.slice(3));
      expect(await everything(target)).toEqual(original);
      expect(await target.readAll({ maxCount: 100 })).toEqual(original);
      expect(await target.headPosition()).toBe(original[3].position);
      expect(await target.readStream(uppdrag)).toEqual(original.filter((e) => e.stream === uppdrag));
      // The copied stream goes on at its next revision.
      const next = await target.appendToStream(uppdrag, [event('Reopened')], { expectedRevision: 2 });
      expect(next.nextExpectedRevision).toBe(3);
    });

    it("appends after an import get positions above the copy, even far above this server's own", async () => {
      const target = await fresh();
      // Positions of a server whose transaction ids are far ahead of this one's.
      const far = (await target.headPosition()) + 1_000_000 * 16_384;
      const stream = `uppdrag-${randomUUID()}`;
      const copied: StoredEvent[] = [0, 1].map((revision) => ({
        id: randomUUID(),
        stream,
        revision,
        position: far + revision,
        type: 'Copied',
        data: { revision },
        metadata: { actor: 'anna.berg', occurredAt: '2023-04-30T10:00:00.000Z' },
        recordedAt: '2024-01-15T08:00:00.123Z',
      }));
      await target.importEvents!(copied);
      const appended = await target.appendToStream(stream, [event('After')], { expectedRevision: 1 });
      expect(appended.position).toBeGreaterThan(far + 1);
      const all = await target.readAll({ maxCount: 10 });
      expect(all.map((e) => e.type)).toEqual(['Copied', 'Copied', 'After']);
      expect(all[0]).toEqual(copied[0]);
    });

    it('refuses a batch that does not continue the log, whole, naming the event', async () => {
      const source = await fresh();
      const stream = `uppdrag-${randomUUID()}`;
      await source.appendToStream(stream, [event('A'), event('B'), event('C')]);
      const [a, b, c] = await everything(source);
      const target = await fresh();
      await target.importEvents!([a]);
      const refusal = async (batch: StoredEvent[], field: string) => {
        const error = await target.importEvents!(batch).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidEventStoreArgumentError);
        expect((error as InvalidEventStoreArgumentError).field).toBe(field);
        expect(await everything(target)).toEqual([a]);
      };
      await refusal([b, a], 'events[1].position');
      await refusal([a], 'events[0].position');
      await refusal([c], 'events[0].revision');
      await refusal([b, { ...c, revision: 3 }], 'events[1].revision');
      await target.importEvents!([b, c]);
      expect(await everything(target)).toEqual([a, b, c]);
    });
  });
}
