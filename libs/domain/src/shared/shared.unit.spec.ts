import { businessDateOf, isIsoDate, isIsoTimestamp } from './dates';
import { ERROR_CODES, ERROR_KINDS } from './error-codes';
import { DomainError, isDomainError } from './domain-error';
import { lookup } from './records';
import { delmalStream, organStream, parseStreamName, personStream, uppdragStream } from './streams';

describe('business dates', () => {
  it.each([
    ['2023-12-31T23:30:00Z', '2024-01-01'],
    ['2023-06-30T22:30:00Z', '2023-07-01'],
    ['2023-06-30T21:30:00Z', '2023-06-30'],
    ['2023-05-03T09:30:00+02:00', '2023-05-03'],
  ])('%s is %s on a Swedish calendar', (timestamp, date) => {
    expect(businessDateOf(timestamp)).toBe(date);
  });

  it('knows real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoTimestamp('2023-05-03T09:30:00.123+02:00')).toBe(true);
    expect(isIsoTimestamp('2023-05-03 09:30:00Z')).toBe(false);
  });
});

describe('stream names', () => {
  it('prefixes each aggregate and reads the prefix back', () => {
    expect(uppdragStream('u1')).toBe('uppdrag-u1');
    expect(delmalStream('d1')).toBe('delmal-d1');
    expect(organStream('hsn')).toBe('organ-hsn');
    expect(personStream('p1')).toBe('person-p1');
    expect(parseStreamName('uppdrag-2023-inkop')).toEqual({ category: 'uppdrag', id: '2023-inkop' });
    expect(parseStreamName('delmal-')).toBeNull();
    expect(parseStreamName('$all')).toBeNull();
  });
});

describe('the error catalogue', () => {
  it('gives every code one of the four kinds', () => {
    for (const code of ERROR_CODES) {
      expect(['validation', 'conflict', 'forbidden', 'not_found']).toContain(ERROR_KINDS[code]);
    }
  });

  it('puts the codes the brief names in the catalogue', () => {
    expect(ERROR_CODES).toEqual(
      expect.arrayContaining([
        'UPPDRAG_CLOSED',
        'PERIOD_NOT_IN_PERIODICITET',
        'SAMORDNARE_NOT_A_RECIPIENT',
        'REASON_REQUIRED',
        'FORBIDDEN',
      ]),
    );
  });

  it('gives each error its kind, field and Swedish message', () => {
    const error = new DomainError('UPPDRAG_NOT_FOUND', 'Uppdraget finns inte.');
    expect(error).toMatchObject({
      code: 'UPPDRAG_NOT_FOUND',
      kind: 'not_found',
      field: null,
      message: 'Uppdraget finns inte.',
    });
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});

describe('lookups in state maps', () => {
  it('ignores inherited properties', () => {
    expect(lookup({}, 'constructor')).toBeUndefined();
    expect(lookup({ a: 1 }, 'a')).toBe(1);
  });
});
