import { fieldLabel, fieldPathLabel, systemActorName } from './field-labels';

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

  it("names an auditor's mandate in Swedish", () => {
    expect(fieldLabel('auditorMandate')).toBe('Revisorns uppdrag');
    expect(fieldLabel('validFrom')).toBe('Gäller från');
    expect(fieldLabel('validTo')).toBe('Gäller till och med');
  });
});

describe('what Spårbar did itself, in words', () => {
  it('names the reminders and the demo data, and any other system actor as Spårbar', () => {
    expect(systemActorName('system-paminnelser')).toBe('Spårbar (påminnelser)');
    expect(systemActorName('system-demo')).toBe('Spårbar (demodata)');
    expect(systemActorName('system-import-x')).toBe('Spårbar');
  });

  it('leaves a person to the register', () => {
    expect(systemActorName('person-sara')).toBeNull();
  });
});
