import { describeEvent } from './describe';
import { DELMAL_EVENTS, NAMES, onStream } from './describe.spec-fixtures';
import { NO_NAMES } from './names';

const of = (type: string) =>
  describeEvent(onStream.delmal(DELMAL_EVENTS.find((e) => e.type === type)!), NAMES);

describe('delmål and indikator events in human terms', () => {
  it('DelmalDefined: the nämnd, plan year, regionmål and text', () => {
    const d = of('DelmalDefined');
    expect(d.description).toBe(
      'Delmål definierat för RS, planår 2023, under Mål 4. Västerbotten är en ledande miljöregion: ' +
        'Minska klimatutsläppen från regionens trafik',
    );
    expect(d.changes.map((c) => c.field)).toEqual(['organId', 'planYear', 'regionmal', 'text']);
  });

  it('IndikatorAdded: numbers as the plans print them, baseline year and riktning', () => {
    expect(of('IndikatorAdded').description).toBe(
      'Indikator tillagd: Klimatutsläpp från tjänsteresor (ton CO2e); målvärde 1 010; utfall 2021: 1 061; lägre är bättre',
    );
  });

  it('IndikatorMalvardeChanged: a removed målvärde reads "Svar saknas"', () => {
    expect(of('IndikatorMalvardeChanged')).toMatchObject({
      description: 'Målvärde för Klimatutsläpp från tjänsteresor ändrat från 1 010 till Svar saknas',
      changes: [{ field: 'malvarde', from: 1010, to: null }],
      reason: 'Nytt mått utreds',
    });
  });

  it('IndikatorUtfallRecorded: utfall and the computed bedömning', () => {
    expect(of('IndikatorUtfallRecorded')).toMatchObject({
      description:
        'Utfall för april 2023 rapporterat för Klimatutsläpp från tjänsteresor: 1 200 (Målvärdet uppfylls delvis)',
      changes: [
        { field: 'utfall', from: null, to: 1200 },
        { field: 'kvot', from: null, to: 0.8417 },
        { field: 'bedomning', from: null, to: 'delvis' },
      ],
      period: '2023-04',
    });
  });

  it('IndikatorUtfallCorrected: utfall and bedömning old → new', () => {
    expect(of('IndikatorUtfallCorrected')).toMatchObject({
      description:
        'Utfall för april 2023 rättat för Klimatutsläpp från tjänsteresor: 1 200 → 1 000 ' +
        '(Målvärdet uppfylls delvis → Målvärdet uppfylls helt)',
      changes: [
        { field: 'utfall', from: 1200, to: 1000 },
        { field: 'kvot', from: 0.8417, to: 1.01 },
        { field: 'bedomning', from: 'delvis', to: 'helt' },
      ],
      reason: 'Felräknat',
    });
  });

  it('an indikator the log has not named yet is shown by its id', () => {
    const recorded = onStream.delmal(DELMAL_EVENTS.find((e) => e.type === 'IndikatorUtfallRecorded')!);
    expect(describeEvent(recorded, NO_NAMES).description).toContain('rapporterat för tjansteresor:');
  });

  it('DelmalAssessed: bedömning and prognos as the reports word them', () => {
    expect(of('DelmalAssessed')).toMatchObject({
      description:
        'Delmål bedömt för Tertial 1 2023: Målet uppfylls delvis; prognos: Mål kommer delvis uppfyllas',
      period: '2023-T1',
    });
  });

  it('DelmalAssessmentCorrected: only what changed', () => {
    expect(of('DelmalAssessmentCorrected')).toMatchObject({
      description: 'Bedömningen för Tertial 1 2023 rättad: Målet uppfylls delvis → Målet uppfylls inte',
      changes: [{ field: 'bedomning', from: 'delvis', to: 'inte' }],
      reason: 'Omprövad',
    });
  });

  it('DelmalClosed: closed, and no kommentar change when none was given', () => {
    expect(of('DelmalClosed')).toEqual(
      expect.objectContaining({
        description: 'Delmålet avslutat',
        changes: [{ field: 'closed', from: false, to: true }],
      }),
    );
  });
});
