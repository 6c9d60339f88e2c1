import { defaultOrgan, fullmaktigeOrgan, genitive, organisationWords } from '../src/organisation-words';

const organ = (organId: string, typ: string) => ({ organId, typ });

describe("the organisation's own bodies in words", () => {
  it("names a kommun's styrelse and fullmäktige from its organs, and a region's from its", () => {
    const kommun = organisationWords({
      organs: [organ('kf', 'kommunfullmaktige'), organ('ks', 'kommunstyrelse'), organ('bun', 'namnd')],
    });
    expect(kommun).toMatchObject({
      kind: 'kommun',
      styrelsen: 'Kommunstyrelsen',
      fullmaktige: 'Kommunfullmäktige',
    });
    expect(`Behandlingen av ${genitive(kommun.styrelsen)} sekreterare`).toBe(
      'Behandlingen av kommunstyrelsens sekreterare',
    );
    const region = organisationWords({
      organs: [organ('rs', 'regionstyrelse'), organ('hsn', 'namnd')],
    });
    expect(region).toMatchObject({
      kind: 'region',
      styrelsen: 'Regionstyrelsen',
      direktoren: 'regiondirektören',
    });
    expect(genitive('Regionfullmäktige')).toBe('regionfullmäktiges');
  });
});

describe('the organ a page opens on', () => {
  const kommun = [
    { organId: 'kf', typ: 'kommunfullmaktige', active: true },
    { organId: 'bun', typ: 'namnd', active: true },
    { organId: 'ks', typ: 'kommunstyrelse', active: true },
    { organId: 'gammal', typ: 'namnd', active: false },
  ];

  it("is the user's own nämnd, and a kommun's styrelse for its fullmäktige or a user without an organ", () => {
    expect(defaultOrgan({ organId: 'bun' }, kommun)).toBe('bun');
    expect(defaultOrgan({ organId: 'kf' }, kommun)).toBe('ks');
    expect(defaultOrgan({ organId: null }, kommun)).toBe('ks');
    expect(defaultOrgan(null, kommun)).toBe('ks');
  });

  it('is never an organ the register does not have or has closed, and nothing until the register is read', () => {
    expect(defaultOrgan({ organId: 'rs' }, kommun)).toBe('ks');
    expect(defaultOrgan({ organId: 'gammal' }, kommun)).toBe('ks');
    expect(defaultOrgan({ organId: null }, [{ organId: 'bun', typ: 'namnd', active: true }])).toBe('bun');
    expect(defaultOrgan({ organId: 'bun' }, [])).toBe('');
  });
});

describe("the organisation's fullmäktige, who gives uppdrag unless a nämnd does", () => {
  it("is a kommun's kommunfullmäktige and a region's regionfullmäktige, whatever their ids", () => {
    expect(
      fullmaktigeOrgan([
        { organId: 'bun', typ: 'namnd', active: true },
        { organId: 'kf', typ: 'kommunfullmaktige', active: true },
      ]),
    ).toBe('kf');
    expect(
      fullmaktigeOrgan([
        { organId: 'rs', typ: 'regionstyrelse', active: true },
        { organId: 'regionfullmaktige', typ: 'regionfullmaktige', active: true },
      ]),
    ).toBe('regionfullmaktige');
    expect(fullmaktigeOrgan([])).toBe('');
  });
});
