import { serversWithRoom } from '../src';

const a = 'postgres://db-a/sparbar';
const b = 'postgres://db-b/sparbar';
const c = 'postgres://db-c/sparbar';
const on = (...urls: string[]) => urls.map((serverUrl) => ({ serverUrl }));

describe('where a new tenant goes when its provisioning names no server', () => {
  it('the server with the fewest tenants first, the one listed first among equals', () => {
    expect(serversWithRoom({ servers: [a, b, c] }, on(a, a, b))).toEqual([c, b, a]);
    expect(serversWithRoom({ servers: [a, b] }, on(a, b))).toEqual([a, b]);
  });

  it('leaves out a server at its limit, and has none when every server is full', () => {
    expect(serversWithRoom({ servers: [a, b], perServer: 2 }, on(a, a, b))).toEqual([b]);
    expect(serversWithRoom({ servers: [a, b], perServer: 1 }, on(a, b))).toEqual([]);
  });

  it('counts only tenants on the listed servers (one moved away from them is not counted)', () => {
    expect(serversWithRoom({ servers: [a, b], perServer: 1 }, on(c, c, b))).toEqual([a]);
  });
});
