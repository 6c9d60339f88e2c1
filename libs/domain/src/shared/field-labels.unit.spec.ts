import { fieldLabel, fieldPathLabel } from './field-labels';

describe('field names in words', () => {
  it('names a known field in Swedish', () => {
    expect(fieldLabel('ansvarigPersonId')).toBe('Ansvarig');
    expect(fieldLabel('planYear')).toBe('Planår');
    expect(fieldLabel('riktning')).toBe('Riktning');
  });

  it('makes words of an unknown key, without its "Id"', () => {
    expect(fieldLabel('kontrollPeriodStart')).toBe('Kontroll period start');
    expect(fieldLabel('foregaendeOrganId')).toBe('Foregaende organ');
    expect(fieldLabel('ej_aktuell')).toBe('Ej aktuell');
  });

  it('reads a request path: nested fields after a comma, list items by number', () => {
    expect(fieldPathLabel('origin.givenBy')).toBe('Beslut, beslutat av');
    expect(fieldPathLabel('riktasTill[1]')).toBe('Riktas till (nr 2)');
    expect(fieldPathLabel('ansvarigPersonId')).toBe('Ansvarig');
  });
});
