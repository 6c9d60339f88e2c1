import { type UppdragReportCorrected } from '@sparbar/domain';
import { describeEvent } from './describe';
import { NAMES, onStream, UPPDRAG_EVENTS } from './describe.spec-fixtures';

const of = (type: string) =>
  describeEvent(onStream.uppdrag(UPPDRAG_EVENTS.find((e) => e.type === type)!), NAMES);

describe('uppdrag events in human terms', () => {
  it('UppdragRegistered: origin, text, recipients with the samordnare, periodicitet, slutdatum, ansvarig', () => {
    const d = of('UppdragRegistered');
    expect(d.description).toBe(
      'Uppdrag registrerat (Uppdrag från fullmäktige, RF, planår 2023): Införa styrd inköpsprocess. ' +
        'Riktas till HSN och RS, RS samordnar; Månad; slutdatum 2023-12-31; ansvarig Johan Ström',
    );
    expect(d.changes.map((c) => c.field)).toEqual([
      'text',
      'riktasTill',
      'samordnare',
      'periodicitet',
      'slutdatum',
      'ansvarigPersonId',
      'origin',
    ]);
    expect(d.changes).toContainEqual({ field: 'slutdatum', from: null, to: '2023-12-31' });
  });

  it('UppdragAnsvarigChanged: from one person to the other, by name', () => {
    expect(of('UppdragAnsvarigChanged')).toMatchObject({
      description: 'Ansvarig ändrad från Johan Ström till Sara Berg',
      changes: [{ field: 'ansvarigPersonId', from: 'person-johan', to: 'person-sara' }],
    });
  });

  it('UppdragPeriodicitetChanged: as the report tables print periodicitet', () => {
    expect(of('UppdragPeriodicitetChanged')).toMatchObject({
      description: 'Periodicitet ändrad från Månad till Tertial: apr, aug, dec',
      changes: [{ field: 'periodicitet', from: 'manad', to: 'tertial' }],
    });
  });

  it('UppdragSlutdatumExtended: slutdatum old → new, with the reason', () => {
    expect(of('UppdragSlutdatumExtended')).toMatchObject({
      description: 'Slutdatum förlängt från 2023-12-31 till 2024-06-30',
      changes: [{ field: 'slutdatum', from: '2023-12-31', to: '2024-06-30' }],
      reason: 'Upphandlingen dröjer',
    });
  });

  it('UppdragStatusReported: the period in words and the status as the reports print it', () => {
    expect(of('UppdragStatusReported')).toMatchObject({
      description: 'Status rapporterad för april 2023: Pågående enligt plan',
      changes: [
        { field: 'status', from: null, to: 'pagaende_enligt_plan' },
        { field: 'kommentar', from: null, to: 'Riktlinjerna är kommunicerade.' },
      ],
      period: '2023-04',
    });
  });

  it("a joint uppdrag's part: the report and the part's closing name the organ", () => {
    const reported = UPPDRAG_EVENTS.find((e) => e.type === 'UppdragStatusReported')!;
    const hsnPart = { ...reported, data: { ...reported.data, organId: 'hsn' } } as typeof reported;
    expect(describeEvent(onStream.uppdrag(hsnPart), NAMES)).toMatchObject({
      description: 'Status rapporterad för april 2023 (delen för HSN): Pågående enligt plan',
      changes: [{ field: 'organId', from: null, to: 'hsn' }, { field: 'status' }, { field: 'kommentar' }],
    });
    expect(of('UppdragPartClosed')).toMatchObject({
      description: 'Delen för HSN avslutad',
      changes: [
        { field: 'avslutadDel', from: null, to: 'hsn' },
        { field: 'kommentar', from: null, to: 'HSN:s del är klar.' },
      ],
    });
  });

  it('UppdragReportCorrected: only what the correction changed, with why', () => {
    expect(of('UppdragReportCorrected')).toMatchObject({
      description:
        'Rapporten för april 2023 rättad: Pågående enligt plan → Pågående, delvis enligt plan, kommentaren ändrad',
      changes: [
        { field: 'status', from: 'pagaende_enligt_plan', to: 'pagaende_delvis_enligt_plan' },
        { field: 'kommentar', from: 'Riktlinjerna är kommunicerade.', to: 'Upphandlingen är försenad.' },
      ],
      reason: 'Fel status i första rapporten',
    });
  });

  it('UppdragReportCorrected: says so when only the kommentar changed', () => {
    const corrected = UPPDRAG_EVENTS.find(
      (e) => e.type === 'UppdragReportCorrected',
    ) as UppdragReportCorrected;
    const onlyText: UppdragReportCorrected = {
      ...corrected,
      data: { ...corrected.data, to: { ...corrected.data.from, kommentar: 'Ny text.' } },
    };
    expect(describeEvent(onStream.uppdrag(onlyText), NAMES).description).toBe(
      'Rapporten för april 2023 rättad: status oförändrad (Pågående enligt plan), kommentaren ändrad',
    );
  });

  it('UppdragClosed and UppdragWithdrawn: the end of its life', () => {
    expect(of('UppdragClosed')).toMatchObject({
      description: 'Uppdraget avslutat',
      changes: [
        { field: 'lifecycle', from: 'aktivt', to: 'avslutat' },
        { field: 'kommentar', from: null, to: 'Inköpsprocessen är införd.' },
      ],
    });
    expect(of('UppdragWithdrawn')).toMatchObject({
      description: 'Uppdraget återkallat, inte längre aktuellt',
      changes: [{ field: 'lifecycle', from: 'aktivt', to: 'aterkallat' }],
      reason: 'Inte längre aktuellt',
    });
  });
});
