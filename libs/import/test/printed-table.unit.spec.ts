/**
 * The uppdrag tables of the seeds as text copied out of their PDFs (fixtures/, verbatim from
 * shared/seeds: 003 = regionstyrelsen's plan 2023, 002 = the region's delårsrapport per april 2023),
 * read into rows and resolved against an organ register like the region's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OrganRegister,
  parsePrintedTable,
  pastedTableCommands,
  printedTableCommands,
  resolveRecipients,
} from '@sparbar/import';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const PLAN = fixture('plan-2023-uppdrag.txt');
const DELARSRAPPORT = fixture('delarsrapport-april-2023-uppdrag.txt');

const organ = (organId: string, namn: string, kortnamn: string, typ: string, active = true) => ({
  organId,
  namn,
  kortnamn,
  typ,
  active,
});
const REGISTER = new OrganRegister([
  organ('regionfullmaktige', 'Regionfullmäktige', 'RF', 'regionfullmaktige'),
  organ('rs', 'Regionstyrelsen', 'RS', 'regionstyrelse'),
  organ('hsn', 'Hälso- och sjukvårdsnämnden', 'HSN', 'namnd'),
  organ('run', 'Regionala utvecklingsnämnden', 'RUN', 'namnd'),
  organ('folkhogskolestyrelsen', 'Folkhögskolestyrelsen', 'FHS', 'styrelse'),
  organ('beredning-folkhalsa', 'Beredningen för folkhälsa', 'Folkhälsa', 'beredning'),
  organ('beredning-kompetensforsorjning', 'Beredningen för kompetensförsörjning', 'Kompetens', 'beredning'),
  organ('demokratiberedningen', 'Demokratiberedningen', 'Demokrati', 'beredning'),
  organ('tandvardsnamnden', 'Tandvårdsnämnden', 'TVN', 'namnd', false),
]);
const ALLA_NAMNDER = ['rs', 'hsn', 'run', 'folkhogskolestyrelsen'];

describe('the printed table, as copied out of the PDF', () => {
  it('reads the plan’s six rows in order: status, text, the "Riktas till" sentence, periodicitet and slutdatum, section', () => {
    const { rows, errors } = parsePrintedTable(PLAN);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.status, r.text.slice(0, 40), r.slutdatum])).toEqual([
      ['Ej påbörjad', 'Kartlägga och optimera samverkans- och m', '2023-12-31'],
      ['Ej påbörjad', 'Införa styrd inköpsprocess och standards', '2023-12-31'],
      ['Ej påbörjad', 'Genomföra förstudie för att se över logi', '2023-12-31'],
      ['Ej påbörjad', 'Genomföra kartläggning av tjänster och f', '2023-12-31'],
      ['Ej påbörjad', 'Genomföra en genomlysning av primärvårds', '2023-12-31'],
      ['Ej påbörjad', 'Utarbeta folkhälsopolitisk strategi', '2023-12-31'],
    ]);
    expect(rows[0]).toMatchObject({
      row: 5,
      text: 'Kartlägga och optimera samverkans- och mötesstrukturer för att frigöra tid och eller minska bemanning',
      riktasTill: 'Uppdraget riktas till alla nämnder med särskilt uppdrag till regionstyrelsen att samordna',
      kommentar: '',
      section: { from: 'fullmäktige', to: 'nämnd' },
    });
    // The last row has no sentence: its section heading says whom it is for.
    expect(rows[5]).toMatchObject({
      riktasTill: null,
      section: { from: 'nämnd', to: 'beredning folkhälsa' },
    });
  });

  it('reads the delårsrapport’s eight rows with their kommentarer, across page breaks and repeated headers', () => {
    const { rows, errors } = parsePrintedTable(DELARSRAPPORT);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.status === 'Pågående enligt plan')).toBe(true);
    expect(rows.map((r) => r.periodicitet.replace(/\s+/g, ' '))).toEqual([
      'Tertial: apr, aug, dec',
      'Månad',
      'Månad',
      'Tertial: apr, aug, dec',
      'Tertial: apr, aug, dec',
      'Tertial: apr, aug, dec',
      'Tertial: apr, aug, dec',
      'Tertial: apr, aug, dec',
    ]);
    expect(rows[0].kommentar).toMatch(
      /^Arbete pågår och inom hälso- och sjukvårdsförvaltning har 75 procent/,
    );
    expect(rows[0].kommentar).toMatch(/40 procent .* 67 procent\. /);
    // The periodicitet printed on the kommentar's last line is not part of the kommentar.
    expect(rows[4].kommentar).toBe(
      'Uppdraget är påbörjat men fick en försenad start. Analys och kartläggning av nuläge för både drift och beställning pågår.',
    );
    // A paragraph break inside a kommentar is kept; a word broken by the narrow column is joined.
    expect(rows[3].kommentar).toContain('framtagen.\nInom Hälso- och sjukvårdsförvaltningen');
    expect(rows[6].text).toMatch(/^Titta på vilka antidiskrimineringsåtgärder som görs/);
    expect(rows.map((r) => r.section?.to)).toEqual([
      'nämnd',
      'nämnd',
      'nämnd',
      'nämnd',
      'nämnd',
      'beredning för kompetensförsörjning',
      'beredning för kompetensförsörjning',
      'demokratiberedning',
    ]);
  });

  it('reads a header copied a cell a line, and leaves out page numbers between rows', () => {
    const { rows, errors } = parsePrintedTable(
      [
        'Uppföljning av fullmäktiges uppdrag',
        'Status',
        'Uppdrag',
        'Kommentar',
        'Periodicitet och slutdatum',
        'Ej påbörjad',
        'Göra något',
        'Riktas till regionstyrelsen',
        'Månad 2023-12-31',
        'Sida 12 av 40',
        '13',
        'Avslutad',
        'Göra mer',
        '',
        'Riktas till hälso- och sjukvårdsnämnden',
        '',
        'Klart.',
        'Tertial: apr, aug, dec 2023-12-31',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.status, r.text, r.riktasTill, r.kommentar])).toEqual([
      [6, 'Ej påbörjad', 'Göra något', 'Riktas till regionstyrelsen', ''],
      [12, 'Avslutad', 'Göra mer', 'Riktas till hälso- och sjukvårdsnämnden', 'Klart.'],
    ]);
  });

  it('names the line of a row it cannot read, and text after the last row', () => {
    const { rows, errors } = parsePrintedTable(
      'Status Uppdrag Periodicitet Slutdatum\n\nPåbörjat kanske\n\nGöra något\n\nMånad 2023-12-31\n\nEj påbörjad\nGöra mer\n',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 3, field: 'Status', reason: expect.stringContaining('status') },
      { row: 9, field: 'Periodicitet och slutdatum', reason: expect.stringContaining('Göra mer') },
    ]);
  });
});

describe('"Riktas till" resolved against the organ register', () => {
  const ids = (sentence: string) => {
    const resolved = resolveRecipients(sentence, REGISTER);
    if (!resolved.ok) throw new Error(resolved.reason);
    return [resolved.riktasTill.map((o) => o.organId), resolved.samordnare?.organId ?? null];
  };

  it('reads the plans’ sentences and the sheet’s ids and short names', () => {
    expect(ids('Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen')).toEqual([
      ['hsn', 'rs'],
      null,
    ]);
    expect(
      ids('Uppdraget riktas till alla nämnder med särskilt uppdrag till regionstyrelsen att samordna'),
    ).toEqual([ALLA_NAMNDER, 'rs']);
    expect(ids('Riktas till beredningen för kompetensförsörjning')).toEqual([
      ['beredning-kompetensforsorjning'],
      null,
    ]);
    expect(ids('Riktas till demokratiberedningen')).toEqual([['demokratiberedningen'], null]);
    expect(ids('beredning folkhälsa')).toEqual([['beredning-folkhalsa'], null]);
    expect(ids('hälso- och sjukvårdsnämnden och regionstyrelsen')).toEqual([['hsn', 'rs'], null]);
    expect(ids('hsn, rs')).toEqual([['hsn', 'rs'], null]);
    expect(ids('HSN samt RS')).toEqual([['hsn', 'rs'], null]);
  });

  it('names what it cannot resolve, and never guesses', () => {
    expect(resolveRecipients('Riktas till hälso- och sjukvårdsnämnden samt kulturnämnden', REGISTER)).toEqual(
      {
        ok: false,
        reason: '"kulturnämnden" finns inte i organregistret.',
      },
    );
    expect(
      resolveRecipients(
        'Riktas till alla nämnder med särskilt uppdrag till kulturnämnden att samordna',
        REGISTER,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('kulturnämnden') });
  });
});

describe('the printed table as commands', () => {
  const parameters = {
    ansvarig: 'person-johan',
    givetAv: 'rs',
    registrerad: '2023-01-16T09:00:00+01:00',
    period: '2023-T1',
    rapporterad: '2023-05-03T09:00:00+02:00',
  };

  it('the delårsrapport: each row registered in the table’s order, and its status and kommentar reported for the period', () => {
    const planned = printedTableCommands(DELARSRAPPORT, 'person-migrering', {
      register: REGISTER,
      parameters,
    });
    expect(planned.errors).toEqual([]);
    expect(planned.commands.map((c) => c.type)).toEqual(
      Array.from({ length: 8 }, () => ['RegisterUppdrag', 'ReportUppdragStatus']).flat(),
    );
    const [register, report] = planned.commands;
    expect(register).toMatchObject({
      row: 13,
      actor: 'person-migrering',
      occurredAt: '2023-01-16T09:00:00+01:00',
      data: {
        riktasTill: ALLA_NAMNDER,
        samordnare: 'rs',
        periodicitet: 'tertial',
        slutdatum: '2023-12-31',
        ansvarigPersonId: 'person-johan',
        ordning: 1,
        origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
      },
    });
    expect(report).toMatchObject({
      occurredAt: '2023-05-03T09:00:00+02:00',
      data: { uppdragId: register.data.uppdragId, period: '2023-T1', status: 'pagaende_enligt_plan' },
    });
    expect(planned.resolutions.map((r) => r.ordning)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // A monthly uppdrag reports the tertial's last month.
    expect(planned.resolutions[1]).toMatchObject({
      riktasTill: [
        { organId: 'hsn', namn: 'Hälso- och sjukvårdsnämnden' },
        { organId: 'rs', namn: 'Regionstyrelsen' },
      ],
      periodicitet: 'manad',
      report: { kind: 'rapport', period: '2023-04', status: 'pagaende_enligt_plan' },
    });
    expect(planned.resolutions[7].riktasTill).toEqual([
      { organId: 'demokratiberedningen', namn: 'Demokratiberedningen' },
    ]);
  });

  it('the plan: Ej påbörjad registers only; "från nämnd till beredning folkhälsa" is given by the nämnd named as givetAv', () => {
    const planned = printedTableCommands(PLAN, 'person-migrering', {
      register: REGISTER,
      parameters: { ansvarig: 'person-johan', givetAv: 'Regionstyrelsen', planar: '2023' },
    });
    expect(planned.errors).toEqual([]);
    expect(planned.commands.map((c) => c.type)).toEqual(Array(6).fill('RegisterUppdrag'));
    expect(planned.resolutions[5]).toMatchObject({
      text: 'Utarbeta folkhälsopolitisk strategi',
      riktasTill: [{ organId: 'beredning-folkhalsa' }],
      givenBy: { organId: 'rs' },
      originKind: 'namnd',
      report: null,
    });
  });

  it('a copy without the blank line after the sentence: the kommentar is still told apart', () => {
    const text = DELARSRAPPORT.replace(
      'Riktas till regionstyrelsen \n\nUppdraget är påbörjat',
      'Riktas till regionstyrelsen \nUppdraget är påbörjat',
    ).replace(
      'särskilt \nuppdrag till regionstyrelsen \natt samordna \n\nArbete pågår',
      'särskilt \nuppdrag till regionstyrelsen \natt samordna \nArbete pågår',
    );
    expect(text).not.toBe(DELARSRAPPORT);
    const planned = printedTableCommands(text, 'person-migrering', { register: REGISTER, parameters });
    expect(planned.errors).toEqual([]);
    expect(planned.resolutions[4]).toMatchObject({
      riktasTill: [{ organId: 'rs' }],
      report: { kommentar: expect.stringMatching(/^Uppdraget är påbörjat men fick en försenad start\./) },
    });
    expect(planned.resolutions[0]).toMatchObject({
      samordnare: { organId: 'rs' },
      report: { kommentar: expect.stringMatching(/^Arbete pågår och inom hälso- och sjukvårdsförvaltning/) },
    });
  });

  it('names every row it cannot resolve, by line and column, and what the table lacks', () => {
    const text = DELARSRAPPORT.replace('Riktas till regionstyrelsen', 'Riktas till kulturnämnden').replace(
      'Riktas till \ndemokratiberedningen',
      'Riktas till \ntandvårdsnämnden',
    );
    const { period: _, ...withoutPeriod } = parameters;
    const planned = printedTableCommands(text, 'person-migrering', {
      register: REGISTER,
      parameters: withoutPeriod,
    });
    expect(planned.errors).toEqual(
      expect.arrayContaining([
        { row: 178, field: 'Riktas till', reason: '"kulturnämnden" finns inte i organregistret.' },
        { row: 13, field: 'period', reason: expect.stringContaining('rapportperioden') },
      ]),
    );
    expect(planned.errors.filter((e) => e.field === 'Riktas till')).toHaveLength(1);
    expect(planned.commands).toEqual([]);
    // A deactivated organ resolves; the validation (the use case's own check, libs/application) says
    // it is avvecklat.
    const withPeriod = printedTableCommands(text, 'person-migrering', { register: REGISTER, parameters });
    expect(withPeriod.resolutions.at(-1)?.riktasTill).toEqual([
      { organId: 'tandvardsnamnden', namn: 'Tandvårdsnämnden' },
    ]);
  });

  it('a range pasted from Excel (tab-separated, headings first) goes the sheet’s way, names resolved the same', () => {
    const paste = [
      'Status\tUppdrag\tKommentar\tPeriodicitet och slutdatum',
      'Pågående, delvis enligt plan\tInföra styrd inköpsprocess Riktas till HSN samt RS\t"Försenad ""upphandling"""\tMånad 2023-12-31',
    ].join('\r\n');
    const planned = pastedTableCommands(new TextEncoder().encode(paste), 'person-migrering', {
      register: REGISTER,
      parameters: { ...parameters, givetAv: 'regionfullmäktige' },
    });
    expect(planned.errors).toEqual([]);
    expect(planned.resolutions[0]).toMatchObject({
      row: 2,
      text: 'Införa styrd inköpsprocess',
      riktasTill: [{ organId: 'hsn' }, { organId: 'rs' }],
      report: {
        period: '2023-04',
        status: 'pagaende_delvis_enligt_plan',
        kommentar: 'Försenad "upphandling"',
      },
    });
  });
});
