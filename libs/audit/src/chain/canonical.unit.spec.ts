import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { type StoredEvent } from '@sparbar/event-store';
import { realisticLog } from '../../../projections/test/support/realistic-log';
import { canonicalEvent, canonicalJson, hashedFieldsOf } from './canonical';
import { chainHash, GENESIS_HASH, GENESIS_TEXT } from './hash';

const event: StoredEvent = {
  position: 12_345_678_901_234,
  id: '0b3f3f43-2c4e-4f7e-9a53-6c1f1bfb2b2a',
  stream: 'uppdrag-2023-inkop',
  revision: 3,
  type: 'UppdragSlutdatumExtended',
  data: { uppdragId: '2023-inkop', from: '2023-12-31', to: '2024-06-30', reason: 'Upphandlingen dröjer' },
  metadata: { actor: 'person-rf-sekreterare', occurredAt: '2023-12-01T08:00:00Z', commandType: 'X' },
  recordedAt: '2023-12-01T08:00:00.123Z',
};

describe('RFC 8785 canonical JSON', () => {
  it('encodes the RFC’s example (numbers, escapes, literals) byte for byte', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, as the RFC’s sorting example does', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Compared as text: JSON.parse would put the integer-like key "1" first again.
    const keys = [...canonicalJson(input).matchAll(/"([^"]*)":/g)].map((m) => m[1]);
    expect(keys).toEqual(['\\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33']);
  });

  it('does not depend on the key order the database returned', () => {
    const reordered = {
      ...event,
      data: { reason: 'Upphandlingen dröjer', to: '2024-06-30', from: '2023-12-31', uppdragId: '2023-inkop' },
    };
    expect(canonicalEvent(reordered)).toBe(canonicalEvent(event));
  });

  it('covers exactly the eight fields of the stored event', () => {
    const withExtra = { ...event, somethingElse: 1 } as StoredEvent;
    expect(Object.keys(JSON.parse(canonicalEvent(withExtra)))).toEqual([
      'data',
      'id',
      'metadata',
      'position',
      'recordedAt',
      'revision',
      'stream',
      'type',
    ]);
  });

  // The RFC co-author's package is the oracle: a stored chain depends on every byte of this encoding.
  it('encodes every event of a generated log exactly as the reference implementation does', () => {
    const shape = {
      firstYear: 2023,
      years: 1,
      uppdragPerYear: 40,
      delmalPerYear: 10,
      indikatorerPerDelmal: 3,
    };
    let position = 0;
    const types = new Set<string>();
    for (const { stream, events } of realisticLog(shape)) {
      events.forEach((e, revision) => {
        const stored = {
          position: ++position * 16_384,
          id: e.id,
          stream,
          revision,
          type: e.type,
          data: e.data,
          metadata: e.metadata,
          recordedAt: '2023-05-08T10:00:00.000Z',
        } as StoredEvent;
        expect(canonicalEvent(stored)).toBe(canonicalize(hashedFieldsOf(stored)));
        types.add(e.type);
      });
    }
    expect(position).toBeGreaterThan(500);
    expect(types.size).toBeGreaterThan(10);
  });

  it('agrees with the reference on awkward values: nesting, escapes, numbers, absent fields', () => {
    const values: unknown[] = [
      { b: [1, { d: null, c: [true, false, 'x\u2028y\u0000'] }], a: {} },
      { emoji: '😀', '': 0, A: -0, a: 1e21, z: 1e-7, y: 0.1 + 0.2, x: -123.456e-10 },
      { skipped: undefined, kept: 'ja', list: [undefined, 2] },
      [[], [{}], ''],
      'å"\\\n\t',
      123,
      null,
      { date: new Date('2023-04-30T22:00:00Z') },
      // Keys an engine does not print in insertion order: array indexes, and __proto__ as JSON.parse makes it.
      JSON.parse('{"10":"tio","9":"nio","a":{"2":1,"b":2},"__proto__":{"x":1}}'),
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow();
  });
});

describe('chain hash', () => {
  it('starts from sha256 of the documented genesis text', () => {
    expect(createHash('sha256').update(GENESIS_TEXT).digest('hex')).toBe(GENESIS_HASH);
  });

  it('is sha256 over the previous hash in hex followed by the canonical event, as documented', () => {
    const byHand = createHash('sha256')
      .update(GENESIS_HASH + canonicalEvent(event), 'utf8')
      .digest('hex');
    expect(chainHash(GENESIS_HASH, event)).toBe(byHand);
  });

  // A stored chain is only as good as this value staying put: a change here breaks every deployment's chain.
  it('gives the pinned hash for a pinned event', () => {
    expect(chainHash(GENESIS_HASH, event)).toBe(
      '9eae0f3c09c68a07b1424f59d3b13df79f16212510028991f5d4e16f31b6eaa1',
    );
  });

  it('changes with any field and with the previous hash', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, revision: 4 })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, recordedAt: '2023-12-01T08:00:00.124Z' })).not.toBe(base);
    expect(chainHash(base, event)).not.toBe(base);
  });
});
