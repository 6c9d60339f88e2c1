import { genitive, organisationWords } from '../src/organisation-words';

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
