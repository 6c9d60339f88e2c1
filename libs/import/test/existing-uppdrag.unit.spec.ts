/**
 * A delårsrapport's table pasted after its plan: the rows whose uppdrag the plan registered report on
 * them; a periodicitet the table prints differently is changed first; a plan pasted twice is refused.
 */
import { OrganRegister, printedTableCommands, reportOnExistingUppdrag } from '@sparbar/import';

const register = new OrganRegister([
  {
    organId: 'regionfullmaktige',
    namn: 'Regionfullmäktige',
    kortnamn: 'RF',
    typ: 'regionfullmaktige',
    active: true,
  },
  { organId: 'rs', namn: 'Regionstyrelsen', kortnamn: 'RS', typ: 'regionstyrelse', active: true },
]);
const table = (status: string, periodicitet: string, kommentar = 'Analys pågår.') =>
  [
    'Uppdrag från fullmäktige till nämnd',
    'Status Uppdrag Kommentar Periodicitet och slutdatum',
    '',
    status,
    '',
    'Genomföra en genomlysning av primärvårdsbeställningen',
    '',
    'Riktas till regionstyrelsen',
    '',
    kommentar,
    '',
    `${periodicitet} 2023-12-31`,
  ].join('\n');
const parameters = { ansvarig: 'person-johan', period: '2023-T1', rapporterad: '2023-05-03T09:00:00+02:00' };

/** A store in which the row's uppdrag was registered per tertial in January. */
function storeWithTheUppdrag(uppdragId: string) {
  return {
    readStream: async (stream: string) =>
      stream !== `uppdrag-${uppdragId}`
        ? []
        : [
            {
              revision: 0,
              type: 'UppdragRegistered',
              data: {
                uppdragId,
                text: 'Genomföra en genomlysning av primärvårdsbeställningen',
                beskrivning: null,
                riktasTill: ['rs'],
                samordnare: null,
                periodicitet: 'tertial',
                slutdatum: '2023-12-31',
                ansvarigPersonId: 'person-johan',
                origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
                registeredOn: '2023-01-16',
              },
            },
          ],
  };
}

describe('a table pasted after its plan', () => {
  it('reports on the uppdrag that exists instead of registering it again', async () => {
    const planned = printedTableCommands(
      table('Pågående enligt plan', 'Tertial: apr, aug, dec'),
      'person-migrering',
      {
        register,
        parameters,
      },
    );
    const id = planned.resolutions[0].uppdragId;
    const result = await reportOnExistingUppdrag(planned, storeWithTheUppdrag(id));
    expect(result.commands.map((c) => c.type)).toEqual(['ReportUppdragStatus']);
    expect(result.resolutions[0]).toMatchObject({ alreadyRegistered: true, report: { period: '2023-T1' } });
  });

  it('changes the periodicitet first, dated with the report, where the table prints "Månad"', async () => {
    const planned = printedTableCommands(table('Pågående enligt plan', 'Månad'), 'person-migrering', {
      register,
      parameters,
    });
    const result = await reportOnExistingUppdrag(
      planned,
      storeWithTheUppdrag(planned.resolutions[0].uppdragId),
    );
    expect(result.commands.map((c) => [c.type, c.occurredAt])).toEqual([
      ['ChangeUppdragPeriodicitet', '2023-05-03T09:00:00+02:00'],
      ['ReportUppdragStatus', '2023-05-03T09:00:00+02:00'],
    ]);
    expect(result.commands[0].data).toMatchObject({ periodicitet: 'manad' });
    expect(result.resolutions[0]).toMatchObject({
      periodicitetChangedFrom: 'tertial',
      report: { period: '2023-04' },
    });
  });

  it('keeps the registration of a row with nothing to report, for the decider to refuse as already registered', async () => {
    const planned = printedTableCommands(table('Ej påbörjad', 'Tertial', ''), 'person-migrering', {
      register,
      parameters: { ...parameters, period: undefined, planar: '2023' },
    });
    expect(planned.errors).toEqual([]);
    const result = await reportOnExistingUppdrag(
      planned,
      storeWithTheUppdrag(planned.resolutions[0].uppdragId),
    );
    expect(result.commands.map((c) => c.type)).toEqual(['RegisterUppdrag']);
  });
});
