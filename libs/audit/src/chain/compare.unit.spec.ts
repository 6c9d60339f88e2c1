import { type StoredEvent } from '@sparbar/event-store';
import { compareChains, type KeptHeadInput } from './compare';
import { chainHash, GENESIS_HASH } from './hash';
import { type ChainRow } from './log-reader';

const ev = (n: number, data: Record<string, string> = { n: String(n) }): StoredEvent => ({
  position: n * 10,
  id: `id-${n}`,
  stream: `uppdrag-${n}`,
  revision: 0,
  type: 'UppdragClosed',
  data,
  metadata: { actor: 'person-a', occurredAt: '2023-01-01T00:00:00Z' },
  recordedAt: '2023-01-01T00:00:00.000Z',
});

function chainOf(events: StoredEvent[]): ChainRow[] {
  let hash = GENESIS_HASH;
  return events.map((e) => ((hash = chainHash(hash, e)), { position: e.position, eventId: e.id, hash }));
}

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const original = [1, 2, 3, 4, 5].map((n) => ev(n));
const stored = chainOf(original);

function compare(events: StoredEvent[], chain: ChainRow[] = stored, kept?: KeptHeadInput, upTo = 50) {
  const lookups = {
    positionInLog: async (id: string) => events.find((e) => e.id === id)?.position,
    positionInChain: async (id: string) => chain.find((r) => r.eventId === id)?.position,
  };
  return compareChains(stream(events), stream(chain.filter((r) => r.position <= upTo)), upTo, lookups, kept);
}

describe('compareChains', () => {
  it('passes an untouched log and reports its recomputed head', async () => {
    const r = await compare(original);
    expect(r).toEqual({
      checked: 5,
      last: { position: 50, eventId: 'id-5', hash: stored[4].hash, eventCount: 5 },
    });
  });

  it('names a changed event', async () => {
    const events = original.map((e) => (e.position === 30 ? { ...e, data: { n: 'x' } } : e));
    expect((await compare(events)).firstMismatch).toMatchObject({
      position: 30,
      eventId: 'id-3',
      reason: 'changed',
    });
  });

  it('names a deleted event, also the last one', async () => {
    expect((await compare(original.filter((e) => e.position !== 20))).firstMismatch).toMatchObject({
      position: 20,
      eventId: 'id-2',
      reason: 'missing',
    });
    expect((await compare(original.slice(0, 4))).firstMismatch).toMatchObject({
      position: 50,
      reason: 'missing',
    });
  });

  it('names the first of two events whose positions were swapped', async () => {
    const events = [
      original[0],
      { ...original[3], position: 20 },
      original[2],
      { ...original[1], position: 40 },
      original[4],
    ];
    expect((await compare(events)).firstMismatch).toMatchObject({
      position: 20,
      eventId: 'id-2',
      foundEventId: 'id-4',
      reason: 'order',
    });
  });

  it('names an event inserted behind the application’s back', async () => {
    const intruder = { ...ev(9), position: 25 };
    const events = [...original.slice(0, 2), intruder, ...original.slice(2)];
    expect((await compare(events)).firstMismatch).toMatchObject({
      position: 25,
      eventId: 'id-9',
      reason: 'unexpected',
    });
  });

  it('tells an edited chain row from a changed event', async () => {
    const chain = stored.map((r) => (r.position === 30 ? { ...r, hash: '0'.repeat(64) } : r));
    expect((await compare(original, chain)).firstMismatch).toMatchObject({
      position: 30,
      reason: 'chain-altered',
    });
  });

  it('ignores events after the chain’s checkpoint: they are not chained yet', async () => {
    const r = await compare([...original, ev(6)]);
    expect(r.firstMismatch).toBeUndefined();
    expect(r.checked).toBe(5);
  });

  describe('against a kept head', () => {
    const kept = { position: 30, hash: stored[2].hash, eventCount: 3 };

    it('passes while the log extends it', async () => {
      expect((await compare(original, stored, kept)).against).toEqual({ ok: true, position: 30 });
    });

    it('catches a consistent rewrite of events and chain that verify alone misses', async () => {
      const events = original.map((e) => (e.position === 20 ? { ...e, data: { n: 'rewritten' } } : e));
      const r = await compare(events, chainOf(events), kept);
      expect(r.firstMismatch).toBeUndefined();
      expect(r.against).toMatchObject({ ok: false, position: 30, reason: 'hash-differs' });
    });

    it('catches the kept event deleted, and a log that no longer reaches it', async () => {
      const without = original.filter((e) => e.position !== 30);
      expect((await compare(without, chainOf(without), kept)).against).toMatchObject({
        reason: 'event-missing',
      });
      const cut = original.slice(0, 2);
      expect((await compare(cut, chainOf(cut), kept, 20)).against).toMatchObject({ reason: 'not-reached' });
    });

    it('still judges the head when the chain breaks before it', async () => {
      const events = original.map((e) => (e.position === 10 ? { ...e, type: 'X' } : e));
      const r = await compare(events, stored, kept);
      expect(r.firstMismatch).toMatchObject({ position: 10, reason: 'changed' });
      expect(r.against).toMatchObject({ ok: false, reason: 'hash-differs' });
    });

    it('accepts the genesis head of an empty log', async () => {
      expect((await compare([], [], { position: 0, hash: GENESIS_HASH, eventCount: 0 }, 0)).against).toEqual({
        ok: true,
        position: 0,
      });
    });
  });
});
