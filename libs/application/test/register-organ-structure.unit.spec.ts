/**
 * registerOrganStructure, the one way provisioning, the demo loader and the development seed write an
 * organisation's organs: the structure (with the organs already there) checked as a whole before
 * anything is written, each organ registered as its kind's, and a refusal of one organ skipped only
 * when the caller says so.
 */
import { isDomainError, organStream } from '@sparbar/domain';
import { registerOrganStructure } from '../src/organisation/register-organ-structure';
import { given, organ } from './support/given';

const write = {
  actor: { personId: 'plattform-x', roles: ['admin' as const], organId: null },
  requestId: 't',
};
const KOMMUN = [
  {
    organId: 'kf',
    namn: 'Kommunfullmäktige',
    kortnamn: 'KF',
    typ: 'kommunfullmaktige' as const,
    parentOrganId: null,
  },
  {
    organId: 'ks',
    namn: 'Kommunstyrelsen',
    kortnamn: 'KS',
    typ: 'kommunstyrelse' as const,
    parentOrganId: 'kf',
  },
  { organId: 'son', namn: 'Socialnämnden', kortnamn: 'SN', typ: 'namnd' as const, parentOrganId: 'kf' },
];

describe('registerOrganStructure', () => {
  it("registers a kommun's organs in order", async () => {
    const g = await given();
    const written = await registerOrganStructure(g.app, { organisation: 'kommun', organs: KOMMUN }, write);
    expect(written).toEqual(['kf', 'ks', 'son']);
    expect(await g.appended(organStream('son'))).toEqual([
      { type: 'OrganRegistered', data: expect.objectContaining({ typ: 'namnd', parentOrganId: 'kf' }) },
    ]);
  });

  it("refuses a region's organ in a kommun, naming it, before writing anything", async () => {
    const g = await given();
    const hsn = {
      organId: 'hsn',
      namn: 'Hälso- och sjukvårdsnämnden',
      kortnamn: 'HSN',
      typ: 'namnd' as const,
    };
    const organs = [
      { ...KOMMUN[0], organId: 'rf', typ: 'regionfullmaktige' as const },
      { ...hsn, parentOrganId: 'rf' },
    ];
    await expect(
      registerOrganStructure(g.app, { organisation: 'kommun', organs }, write),
    ).rejects.toMatchObject({
      code: 'INVALID_VALUE',
      field: 'organs[0].typ',
    });
    expect(await g.appended(organStream('rf'))).toEqual([]);
    expect(await g.appended(organStream('hsn'))).toEqual([]);
  });

  it('checks the structure with the organs already there: no second fullmäktige', async () => {
    const g = await given(...organ('fullmaktige', 'kommunfullmaktige'));
    const existing = [{ organId: 'fullmaktige', typ: 'kommunfullmaktige' as const, parentOrganId: null }];
    await expect(
      registerOrganStructure(g.app, { organisation: 'kommun', organs: KOMMUN, existing }, write),
    ).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'organs' });
    expect(await g.appended(organStream('kf'))).toEqual([]);
  });

  it('goes on past an organ already registered only when told to skip it', async () => {
    const g = await given(...organ('kf', 'kommunfullmaktige'));
    const existing = [{ organId: 'kf', typ: 'kommunfullmaktige' as const, parentOrganId: null }];
    const input = { organisation: 'kommun' as const, organs: KOMMUN, existing };
    await expect(registerOrganStructure(g.app, input, write)).rejects.toMatchObject({
      code: 'ORGAN_ALREADY_REGISTERED',
    });
    const already = (e: unknown) => isDomainError(e) && e.code === 'ORGAN_ALREADY_REGISTERED';
    expect(await registerOrganStructure(g.app, input, write, already)).toEqual(['ks', 'son']);
  });
});
