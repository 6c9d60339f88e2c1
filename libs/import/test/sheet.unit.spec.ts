import {
  OrganRegister,
  parseCsv,
  parsePeriodicitet,
  SheetFormatError,
  uppdragSheetCommands,
} from '@sparbar/import';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the CSV sheet format', () => {
  it('reads UTF-8 with a BOM, ; between fields, quoted ; and line breaks, and keeps each record’s line', () => {
    const rows = parseCsv(
      bytes('\uFEFFUppdrag;Riktas till\r\n"Ett; två";hsn\r\n"Rad ett\nrad två";"rs, ""hsn"""\n'),
    );
    expect(rows).toEqual([
      { row: 1, cells: ['Uppdrag', 'Riktas till'] },
      { row: 2, cells: ['Ett; två', 'hsn'] },
      { row: 3, cells: ['Rad ett\nrad två', 'rs, "hsn"'] },
    ]);
  });

  it('refuses bytes that are not UTF-8 and a quote that never ends', () => {
    expect(() => parseCsv(new Uint8Array([0x55, 0x70, 0xe5, 0x3b]))).toThrow(SheetFormatError);
    expect(() => parseCsv(bytes('a;b\n"c;d\n'))).toThrow(SheetFormatError);
  });
});

describe('the uppdrag sheet', () => {
  it('reads the plan’s wording of periodicitet', () => {
    expect(parsePeriodicitet('Tertial: apr, aug, dec')).toBe('tertial');
    expect(parsePeriodicitet('Månad')).toBe('manad');
    expect(parsePeriodicitet('Kvartal')).toBeNull();
  });

  it('turns a row into RegisterUppdrag with the combined column, and names a bad value by row and heading', () => {
    const { commands, errors } = uppdragSheetCommands(
      [
        {
          row: 1,
          cells: [
            'Uppdrag',
            'Riktas till',
            'Periodicitet och slutdatum',
            'Ansvarig',
            'Givet av',
            'Ursprung',
            'Planår',
          ],
        },
        {
          row: 2,
          cells: [
            'Text',
            'hsn samt rs',
            'Tertial: apr, aug, dec 2023-12-31',
            'person-johan',
            'regionfullmaktige',
            'fullmäktige',
            '2023',
          ],
        },
        {
          row: 3,
          cells: [
            'Text',
            'hsn',
            'Kvartal 2023-12-31',
            'person-johan',
            'regionfullmaktige',
            'fullmäktige',
            '2023',
          ],
        },
      ],
      'person-migrering',
    );
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({
      row: 2,
      type: 'RegisterUppdrag',
      actor: 'person-migrering',
      data: {
        riktasTill: ['hsn', 'rs'],
        periodicitet: 'tertial',
        slutdatum: '2023-12-31',
        origin: { planYear: 2023 },
      },
    });
    expect(commands[0].fieldName?.('data.slutdatum')).toBe('Periodicitet och slutdatum');
    expect(errors).toEqual([
      { row: 3, field: 'Periodicitet och slutdatum', reason: expect.stringContaining('Månad') },
    ]);
  });
});

describe('the uppdrag sheet with names, statuses and kommentarer', () => {
  const register = new OrganRegister([
    {
      organId: 'regionfullmaktige',
      namn: 'Regionfullmäktige',
      kortnamn: 'RF',
      typ: 'regionfullmaktige',
      active: true,
    },
    { organId: 'rs', namn: 'Regionstyrelsen', kortnamn: 'RS', typ: 'regionstyrelse', active: true },
    { organId: 'hsn', namn: 'Hälso- och sjukvårdsnämnden', kortnamn: 'HSN', typ: 'namnd', active: true },
  ]);
  const header = {
    row: 1,
    cells: ['Status', 'Uppdrag', 'Riktas till', 'Kommentar', 'Periodicitet och slutdatum'],
  };
  const row = (n: number, status: string, kommentar: string) => ({
    row: n,
    cells: [status, `Uppdrag ${n}`, 'Hälso- och sjukvårdsnämnden samt RS', kommentar, 'Tertial 2023-12-31'],
  });
  const parameters = { ansvarig: 'person-johan', givetAv: 'Regionfullmäktige', period: '2023-T3' };

  it('registers each row in order and turns each status into its command for the period', () => {
    const { commands, errors } = uppdragSheetCommands(
      [
        header,
        row(2, 'Ej påbörjad', ''),
        row(3, 'Pågående, ej enligt plan / behöver stöd', 'Behöver mer resurser.'),
        row(4, 'Avslutad', 'Klart i december.'),
        row(5, 'Inte längre aktuellt', 'Ersatt av ett nytt uppdrag.'),
      ],
      'person-migrering',
      { register, parameters },
    );
    expect(errors).toEqual([]);
    expect(commands.map((c) => [c.row, c.type])).toEqual([
      [2, 'RegisterUppdrag'],
      [3, 'RegisterUppdrag'],
      [3, 'ReportUppdragStatus'],
      [4, 'RegisterUppdrag'],
      [4, 'CloseUppdrag'],
      [5, 'RegisterUppdrag'],
      [5, 'WithdrawUppdrag'],
    ]);
    expect(commands[0].data).toMatchObject({
      riktasTill: ['hsn', 'rs'],
      ordning: 1,
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
    });
    expect(commands[2].data).toMatchObject({
      period: '2023-T3',
      status: 'pagaende_ej_enligt_plan',
      kommentar: 'Behöver mer resurser.',
    });
    expect(commands[4].data).toMatchObject({ kommentar: 'Klart i december.' });
    expect(commands[6].data).toMatchObject({ reason: 'Ersatt av ett nytt uppdrag.' });
    // A decider's refusal of the report names the sheet's column.
    expect(commands[2].fieldName?.('data.kommentar')).toBe('Kommentar');
    expect(commands[2].fieldName?.('data.period')).toBe('period');
  });

  it('names an unknown status, an unknown organ and a missing ansvarig', () => {
    const { errors } = uppdragSheetCommands(
      [
        header,
        row(2, 'Halvklar', ''),
        { ...row(3, '', ''), cells: ['', 'U', 'Kulturnämnden', '', 'Månad 2023-12-31'] },
      ],
      'person-migrering',
      { register, parameters: { givetAv: 'rf', planar: '2023' } },
    );
    expect(errors).toEqual([
      { row: 1, field: 'Ansvarig', reason: 'Kolumnen saknas (eller ange parametern ansvarig).' },
    ]);
    const rows = uppdragSheetCommands(
      [
        header,
        row(2, 'Halvklar', ''),
        { ...row(3, '', ''), cells: ['', 'U', 'Kulturnämnden', '', 'Månad 2023-12-31'] },
      ],
      'person-migrering',
      { register, parameters },
    );
    expect(rows.errors).toEqual([
      { row: 2, field: 'Status', reason: 'Okänd status "Halvklar".' },
      { row: 3, field: 'Riktas till', reason: '"kulturnämnden" finns inte i organregistret.' },
    ]);
  });
});

describe("the uppdrag sheet of a kommun's fullmäktige", () => {
  const register = new OrganRegister([
    { organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige', active: true },
    { organId: 'ks', namn: 'Kommunstyrelsen', kortnamn: 'KS', typ: 'kommunstyrelse', active: true },
    { organId: 'bun', namn: 'Barn- och utbildningsnämnden', kortnamn: 'BUN', typ: 'namnd', active: true },
    { organId: 'umea-energi', namn: 'Umeå Energi AB', kortnamn: 'UE', typ: 'bolag', active: true },
  ]);
  const header = { row: 1, cells: ['Uppdrag', 'Riktas till', 'Periodicitet och slutdatum'] };

  it.each(['Kommunfullmäktige', 'fullmäktige', 'KF'])(
    'finds fullmäktige given as "%s", so the uppdrag is fullmäktige\'s',
    (givetAv) => {
      const { commands, errors } = uppdragSheetCommands(
        [header, { row: 2, cells: ['Uppdrag 2', 'Alla nämnder', 'Tertial 2023-12-31'] }],
        'person-migrering',
        { register, parameters: { ansvarig: 'person-johan', givetAv, planar: '2023' } },
      );
      expect(errors).toEqual([]);
      // "Alla nämnder" in a kommun: kommunstyrelsen and the nämnder, not the bolag.
      expect(commands[0].data).toMatchObject({
        riktasTill: ['ks', 'bun'],
        origin: { givenBy: 'kf', kind: 'fullmaktige' },
      });
    },
  );
});
