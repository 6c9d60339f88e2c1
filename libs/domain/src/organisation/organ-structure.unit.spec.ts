import { DomainError } from '../shared/domain-error';
import { checkOrganStructure, type PlannedOrgan } from './organ-structure';
import {
  ORGAN_TYP_LABELS,
  ORGAN_TYPER,
  ORGAN_TYPER_FOR,
  ORGANISATION_ORD,
  organisationSlagOf,
  TYPER_MED_PLAN,
} from './organ.typ';

const KOMMUN: PlannedOrgan[] = [
  { organId: 'kf', typ: 'kommunfullmaktige', parentOrganId: null },
  { organId: 'ks', typ: 'kommunstyrelse', parentOrganId: 'kf' },
  { organId: 'bun', typ: 'namnd', parentOrganId: 'kf' },
  { organId: 'demokrati', typ: 'beredning', parentOrganId: 'kf' },
  { organId: 'energi', typ: 'bolag', parentOrganId: 'ks' },
];
const REGION: PlannedOrgan[] = [
  { organId: 'rf', typ: 'regionfullmaktige' },
  { organId: 'rs', typ: 'regionstyrelse', parentOrganId: 'rf' },
  { organId: 'hsn', typ: 'namnd', parentOrganId: 'rf' },
];

function refusal(work: () => void): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe("an organisation's organ structure", () => {
  it("is accepted for a kommun with a kommun's types and for a region with a region's", () => {
    expect(() => checkOrganStructure('kommun', KOMMUN)).not.toThrow();
    expect(() => checkOrganStructure('region', REGION)).not.toThrow();
  });

  it('gives every organ type a Swedish label and every type to some kind of organisation', () => {
    for (const typ of ORGAN_TYPER) expect(ORGAN_TYP_LABELS[typ]).toMatch(/^[A-ZÅÄÖ][a-zåäö]+$/);
    expect(new Set([...ORGAN_TYPER_FOR.region, ...ORGAN_TYPER_FOR.kommun])).toEqual(new Set(ORGAN_TYPER));
    expect(ORGAN_TYP_LABELS.kommunfullmaktige).toBe('Kommunfullmäktige');
    expect(ORGAN_TYP_LABELS.kommunstyrelse).toBe('Kommunstyrelse');
  });

  it('is told a kommun or a region by its organs, and named as its users say', () => {
    expect(organisationSlagOf(KOMMUN.map((o) => o.typ))).toBe('kommun');
    expect(organisationSlagOf(REGION.map((o) => o.typ))).toBe('region');
    // A kommun's pages before its organs are read, and an installation from before kinds: a region.
    expect(organisationSlagOf([])).toBe('region');
    expect(ORGANISATION_ORD.kommun).toEqual({
      fullmaktige: 'Kommunfullmäktige',
      styrelsen: 'Kommunstyrelsen',
      direktoren: 'kommundirektören',
    });
    expect(ORGANISATION_ORD.region.styrelsen).toBe('Regionstyrelsen');
    // Each kind's styrelse has plans; fullmäktige, beredningar and bolag have none.
    for (const slag of ['region', 'kommun'] as const) {
      const withPlans = ORGAN_TYPER_FOR[slag].filter((typ) => TYPER_MED_PLAN.includes(typ));
      expect(withPlans).toEqual(
        slag === 'region' ? ['regionstyrelse', 'namnd', 'styrelse'] : ['kommunstyrelse', 'namnd', 'styrelse'],
      );
    }
  });

  it.each<[string, 'region' | 'kommun', PlannedOrgan[], string, RegExp]>([
    [
      "a region's fullmäktige in a kommun",
      'kommun',
      [{ organId: 'kf', typ: 'regionfullmaktige' }],
      'organs[0].typ',
      /kf är av typen regionfullmäktige, som en kommun inte har/,
    ],
    [
      'a bolag in a region',
      'region',
      [...REGION, { organId: 'ab', typ: 'bolag', parentOrganId: 'rf' }],
      'organs[3].typ',
      /ab är av typen bolag/,
    ],
    [
      'no fullmäktige',
      'kommun',
      KOMMUN.slice(1).map((o) => ({ ...o, parentOrganId: null })),
      'organs',
      /här finns 0/,
    ],
    [
      'two fullmäktige',
      'kommun',
      [...KOMMUN, { organId: 'kf2', typ: 'kommunfullmaktige' }],
      'organs',
      /här finns 2/,
    ],
    [
      'fullmäktige under another organ',
      'kommun',
      [
        { organId: 'bun', typ: 'namnd' },
        { ...KOMMUN[0]!, parentOrganId: 'bun' },
      ],
      'organs[1]',
      /Kommunfullmäktige står överst/,
    ],
    [
      'two kommunstyrelser',
      'kommun',
      [...KOMMUN, { organId: 'ks2', typ: 'kommunstyrelse', parentOrganId: 'kf' }],
      'organs',
      /en kommunstyrelse, inte flera/,
    ],
    [
      'a parent after its organ',
      'kommun',
      [KOMMUN[0]!, KOMMUN[4]!, KOMMUN[1]!],
      'organs[1].parentOrganId',
      /energi hör under ks/,
    ],
    ['an unknown kind', 'landsting' as 'kommun', KOMMUN, 'kind', /region eller en kommun/],
  ])('is refused with %s', (_, kind, organs, field, message) => {
    const error = refusal(() => checkOrganStructure(kind, organs));
    expect(error).toMatchObject({ code: 'INVALID_VALUE', field });
    expect(error.message).toMatch(message);
  });
});
