import { ProblemError } from './problem';
import { formatEtag, parseIfMatch } from './revision';

describe('the revision on the wire', () => {
  it('is a quoted number in ETag', () => {
    expect(formatEtag(0)).toBe('"0"');
    expect(formatEtag(12)).toBe('"12"');
  });

  it('reads If-Match as the ETag gave it, quoted or not, weak or strong', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('3')).toBe(3);
    expect(parseIfMatch('W/"3"')).toBe(3);
    expect(parseIfMatch(' "41" ')).toBe(41);
  });

  it('treats an absent, empty or * If-Match as "any revision"', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('')).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
  });

  it.each(['igår', '"-1"', '"3", "4"', '"1e3"', '"3', 'x"3"', '1'.repeat(16)])(
    'refuses %s naming If-Match',
    (value) => {
      try {
        parseIfMatch(value);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ProblemError);
        expect((error as ProblemError).problem).toMatchObject({
          status: 400,
          errors: [{ field: 'If-Match' }],
        });
      }
    },
  );
});
