import { type StoredEvent } from '@sparbar/event-store';
import { canonicalEvent } from './canonical';
import { exportLines, verifyExportLines } from './export-file';
import { chainHash, GENESIS_HASH, GENESIS_TEXT } from './hash';

const ev = (n: number): StoredEvent => ({
  position: n * 10,
  id: `id-${n}`,
  stream: `uppdrag-${n}`,
  revision: n - 1,
  type: 'UppdragRegistered',
  data: { titel: `Uppdrag ${n} – åäö "citat"`, belopp: n * 1.5, delar: [n, null] },
  metadata: { actor: 'person-a', occurredAt: '2025-06-18T08:00:00Z' },
  recordedAt: `2025-06-18T08:00:0${n}.000Z`,
});

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function linesOf(events: StoredEvent[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of exportLines(stream(events))) lines.push(line);
  return lines;
}

const events = [1, 2, 3, 4].map(ev);

describe('an exported log', () => {
  it('has one line per event and the chain head last, as the chain computes it', async () => {
    const lines = await linesOf(events);
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const head = events.reduce((hash, e) => chainHash(hash, e), GENESIS_HASH);
    expect(JSON.parse(lines[4])).toEqual({
      chainHead: { chain: GENESIS_TEXT, hash: head, position: 40, eventCount: 4 },
    });
    const second = JSON.parse(lines[1]);
    expect(second).toMatchObject({
      position: 20,
      id: 'id-2',
      stream: 'uppdrag-2',
      revision: 1,
      type: 'UppdragRegistered',
      data: events[1].data,
      metadata: events[1].metadata,
      recordedAt: '2025-06-18T08:00:02.000Z',
      hash: chainHash(chainHash(GENESIS_HASH, events[0]), events[1]),
    });
    // Without its hash, a line is the canonical text the chain hashed.
    const { hash: _hash, ...fields } = second;
    expect(canonicalEvent(fields)).toBe(canonicalEvent(events[1]));
  });

  it('verifies from its lines alone', async () => {
    const report = await verifyExportLines(await linesOf(events));
    expect(report).toEqual({
      ok: true,
      checked: 4,
      head: {
        chain: GENESIS_TEXT,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        position: 40,
        eventCount: 4,
      },
    });
    // An empty log exports its genesis head, and verifies.
    expect(await verifyExportLines(await linesOf([]))).toMatchObject({
      ok: true,
      checked: 0,
      head: { hash: GENESIS_HASH, position: 0, eventCount: 0 },
    });
  });

  it('names the line of a changed byte in a data field', async () => {
    const lines = await linesOf(events);
    lines[2] = lines[2].replace('Uppdrag 3', 'Uppdrag 8');
    expect(await verifyExportLines(lines)).toEqual({
      ok: false,
      checked: 2,
      failure: { line: 3, message: expect.stringContaining('position 30 stämmer inte med sin hash') },
    });
  });

  it('fails on a removed, reordered or added line, a changed head, or a missing head', async () => {
    const lines = await linesOf(events);
    const cases: [string[], number, string][] = [
      [[lines[0], lines[2], lines[3], lines[4]], 2, 'stämmer inte med sin hash'],
      [[lines[1], lines[0], ...lines.slice(2)], 1, 'position 20 stämmer inte'],
      [[lines[0], lines[0], ...lines.slice(1)], 2, 'följer inte på 10'],
      [
        [...lines.slice(0, 4), lines[3].replace('"revision":3', '"revision":3,"extra":1'), lines[4]],
        5,
        'Okända fält: extra',
      ],
      [[...lines.slice(0, 4), lines[4].replace('"eventCount":4', '"eventCount":3')], 5, 'anger 3 händelser'],
      [lines.slice(0, 4), 4, 'huvud saknas'],
      [[...lines, lines[0]], 6, 'efter kedjans huvud'],
      [[lines[0].slice(0, 20), ...lines.slice(1)], 1, 'inte giltig JSON'],
    ];
    for (const [changed, line, message] of cases) {
      const report = await verifyExportLines(changed);
      expect(report.ok).toBe(false);
      expect(report.failure).toEqual({ line, message: expect.stringContaining(message) });
    }
  });
});
