import { postgresFailure } from '../src/startup/postgres-check';

const url = 'postgres://app:hemligt@db.example:6543/sparbar';

describe('postgresFailure', () => {
  it.each([
    [
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
      'PostgreSQL svarar inte på db.example:6543 (ECONNREFUSED)',
    ],
    [
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:6543'), { code: 'ECONNREFUSED' }),
      ]),
      'PostgreSQL svarar inte på db.example:6543 (ECONNREFUSED)',
    ],
    [{ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, 'värden "db.example" finns inte (ENOTFOUND)'],
    [
      Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' }),
      'PostgreSQL på db.example:6543 godtar inte inloggningen: password authentication failed for user "app"',
    ],
    [
      new Error('Connection terminated due to connection timeout'),
      'PostgreSQL på db.example:6543 svarade inte inom 5 s',
    ],
  ])('says what went wrong with %p, without the password', (error, reason) => {
    const text = postgresFailure(url, error);
    expect(text).toBe(reason);
    expect(text).not.toContain('hemligt');
  });
});
