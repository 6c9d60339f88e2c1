import { recipientsOf, type RecipientCandidate } from './paminnelse.recipients';

const people: RecipientCandidate[] = [
  { personId: 'person-johan', organId: 'rs', roles: ['officer'], active: true },
  { personId: 'person-ida', organId: 'rs', roles: ['secretary'], active: true },
  { personId: 'person-maria', organId: 'hsn', roles: ['secretary'], active: true },
  { personId: 'person-gone', organId: 'rs', roles: ['secretary'], active: false },
  { personId: 'person-rd', organId: null, roles: ['regiondirektor'], active: true },
];
const item = { ansvarigPersonId: 'person-johan', riktasTill: ['rs'] };

describe('who is told', () => {
  it('reminds the current ansvarig, if still active', () => {
    expect(recipientsOf('paminnelse', item, people, { escalateToRegiondirektor: true })).toEqual([
      'person-johan',
    ]);
    expect(
      recipientsOf('paminnelse', { ...item, ansvarigPersonId: 'person-gone' }, people, {
        escalateToRegiondirektor: false,
      }),
    ).toEqual([]);
  });

  it("escalates to the active secretaries of the organs it is directed to, and the regiondirektör's office if configured", () => {
    expect(recipientsOf('eskalering', item, people, { escalateToRegiondirektor: false })).toEqual([
      'person-ida',
    ]);
    expect(
      recipientsOf('eskalering', { ...item, riktasTill: ['rs', 'hsn'] }, people, {
        escalateToRegiondirektor: true,
      }),
    ).toEqual(['person-ida', 'person-maria', 'person-rd']);
  });

  it("tells only the organs whose part of a joint uppdrag is missing: HSN's secretary, not RS", () => {
    const joint = { ansvarigPersonId: 'person-johan', riktasTill: ['rs', 'hsn'], owing: ['hsn'] };
    const options = { escalateToRegiondirektor: false };
    expect(recipientsOf('paminnelse', joint, people, options)).toEqual(['person-maria']);
    expect(recipientsOf('eskalering', joint, people, options)).toEqual(['person-maria']);
    // RS's part missing too: the ansvarig (RS) is reminded for RS; RS's secretary hears of the escalation.
    expect(recipientsOf('paminnelse', { ...joint, owing: ['rs', 'hsn'] }, people, options)).toEqual([
      'person-johan',
      'person-maria',
    ]);
    expect(recipientsOf('eskalering', { ...joint, owing: ['rs', 'hsn'] }, people, options)).toEqual([
      'person-ida',
      'person-maria',
    ]);
    expect(recipientsOf('eskalering', { ...joint, owing: [] }, people, options)).toEqual([]);
  });
});
