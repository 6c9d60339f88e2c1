import { parseCsv, parsePeriodicitet, SheetFormatError, uppdragSheetCommands } from '@sparbar/import';

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
