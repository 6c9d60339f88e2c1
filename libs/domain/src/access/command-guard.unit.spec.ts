import { DomainError } from '../shared/domain-error';
import { ACTOR, meta } from '../testing/fixtures';
import { checkCommand, checkCommandMetadata } from './command-guard';
import { type Actor } from './roles';

const NOW = '2023-05-03T09:30:00+02:00';

function refusal(run: () => void): Pick<DomainError, 'code' | 'field' | 'kind'> {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field, kind: error.kind };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the checks every command passes', () => {
  it('accepts a live command whose business time is the server time', () => {
    expect(() => checkCommandMetadata(meta(ACTOR.johanRs, NOW, NOW))).not.toThrow();
  });

  it('compares instants, not strings: the same moment written in two time zones is not backdating', () => {
    expect(() => checkCommandMetadata(meta(ACTOR.johanRs, '2023-05-03T07:30:00Z', NOW))).not.toThrow();
  });

  it('lets an importer set a business time before the server time', () => {
    expect(() => checkCommandMetadata(meta(ACTOR.migrering, NOW, '2025-03-10T14:00:00+01:00'))).not.toThrow();
  });

  it('refuses backdating without the importer role, by one millisecond too', () => {
    expect(
      refusal(() => checkCommandMetadata(meta(ACTOR.johanRs, NOW, '2023-05-03T09:30:00.001+02:00'))),
    ).toEqual({
      code: 'BACKDATING_NOT_ALLOWED',
      field: 'metadata.now',
      kind: 'forbidden',
    });
  });

  it('refuses a business time ahead of the server for everyone', () => {
    expect(
      refusal(() => checkCommandMetadata(meta(ACTOR.migrering, '2023-05-03T09:30:01+02:00', NOW))),
    ).toEqual({
      code: 'BUSINESS_TIME_IN_FUTURE',
      field: 'metadata.now',
      kind: 'validation',
    });
  });

  it.each([
    ['without time zone', '2023-05-03T09:30:00'],
    ['a date only', '2023-05-03'],
    ['an impossible date', '2023-02-30T09:30:00Z'],
    ['not a string', 1683099000000],
  ])('refuses a business time %s', (_case, now) => {
    expect(refusal(() => checkCommandMetadata({ ...meta(ACTOR.johanRs), now: now as string }))).toMatchObject(
      {
        code: 'INVALID_TIMESTAMP',
        field: 'metadata.now',
      },
    );
  });

  it('refuses an invalid server time', () => {
    expect(refusal(() => checkCommandMetadata({ ...meta(ACTOR.johanRs), recordedAt: 'igår' }))).toMatchObject(
      {
        code: 'INVALID_TIMESTAMP',
        field: 'metadata.recordedAt',
      },
    );
  });

  it('refuses a command without an actor: no write without an identity', () => {
    expect(refusal(() => checkCommandMetadata({ now: NOW, recordedAt: NOW } as never))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'metadata.actor',
    });
    expect(refusal(() => checkCommandMetadata(undefined as never))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each<[string, Partial<Actor>, string, string]>([
    ['an invalid person id', { personId: '' }, 'INVALID_ID', 'metadata.actor.personId'],
    ['an unknown role', { roles: ['superuser' as never] }, 'INVALID_VALUE', 'metadata.actor.roles[0]'],
    ['a repeated role', { roles: ['officer', 'officer'] }, 'DUPLICATE_VALUE', 'metadata.actor.roles'],
    ['an invalid organ id', { organId: 'h s n' }, 'INVALID_ID', 'metadata.actor.organId'],
  ])('refuses an actor with %s', (_case, change, code, field) => {
    expect(refusal(() => checkCommandMetadata(meta({ ...ACTOR.johanRs, ...change } as Actor)))).toMatchObject(
      { code, field },
    );
  });

  it('refuses an actor whose roles are not a list', () => {
    const metadata = {
      ...meta(ACTOR.johanRs),
      actor: { personId: 'person-johan', roles: 'officer' as never },
    };
    expect(refusal(() => checkCommandMetadata(metadata))).toMatchObject({
      code: 'INVALID_VALUE',
      field: 'metadata.actor.roles',
    });
  });

  it('refuses a command whose data is not an object', () => {
    for (const data of [null, undefined, 'text', ['a']]) {
      expect(refusal(() => checkCommand({ data, metadata: meta(ACTOR.johanRs) }))).toMatchObject({
        code: 'INVALID_VALUE',
        field: 'data',
      });
    }
  });
});
