import { encodeRow } from './copy-from';

describe('COPY text encoding', () => {
  it('separates by tabs, ends with a newline, writes null as \\N', () => {
    expect(encodeRow([1, 'a', null, true])).toBe('1\ta\t\\N\ttrue\n');
  });

  it('escapes backslashes, tabs and line breaks so a kommentar cannot break a row', () => {
    expect(encodeRow(['rad 1\nrad 2\tC:\\x\r'])).toBe('rad 1\\nrad 2\\tC:\\\\x\\r\n');
  });

  it('writes objects and arrays as JSON, escaped the same way', () => {
    expect(encodeRow([[{ field: 'kommentar', from: null, to: 'a\nb' }]])).toBe(
      '[{"field":"kommentar","from":null,"to":"a\\\\nb"}]\n',
    );
  });
});
