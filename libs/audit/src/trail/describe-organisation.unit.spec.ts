import { describeEvent } from './describe';
import { NAMES, onStream, ORGAN_EVENTS, PERSON_EVENTS } from './describe.spec-fixtures';

const organ = (type: string) =>
  describeEvent(onStream.organ(ORGAN_EVENTS.find((e) => e.type === type)!), NAMES);
const person = (type: string) =>
  describeEvent(onStream.person(PERSON_EVENTS.find((e) => e.type === type)!), NAMES);

describe('organ events in human terms', () => {
  it('OrganRegistered: name, short name, kind and the organ it belongs under', () => {
    expect(organ('OrganRegistered')).toMatchObject({
      description: 'Organ registrerat: Folkhälsoberedningen (FHB), beredning, under RF',
      changes: [
        { field: 'namn', from: null, to: 'Folkhälsoberedningen' },
        { field: 'kortnamn', from: null, to: 'FHB' },
        { field: 'typ', from: null, to: 'beredning' },
        { field: 'parentOrganId', from: null, to: 'regionfullmaktige' },
      ],
    });
  });

  it('OrganRenamed: both names old → new', () => {
    expect(organ('OrganRenamed')).toMatchObject({
      description: 'Organet bytte namn från Folkhälsoberedningen (FHB) till Beredningen för folkhälsa (BFH)',
      changes: [
        { field: 'namn', from: 'Folkhälsoberedningen', to: 'Beredningen för folkhälsa' },
        { field: 'kortnamn', from: 'FHB', to: 'BFH' },
      ],
    });
  });

  it('OrganParentChanged: from one parent to the other, by short name', () => {
    expect(organ('OrganParentChanged')).toMatchObject({
      description: 'Överordnat organ ändrat från RF till RS',
      changes: [{ field: 'parentOrganId', from: 'regionfullmaktige', to: 'rs' }],
    });
  });

  it('OrganDeactivated: with the reason', () => {
    expect(organ('OrganDeactivated')).toMatchObject({
      description: 'Organet avvecklat',
      changes: [{ field: 'active', from: true, to: false }],
      reason: 'Slogs ihop med RUN',
    });
  });
});

describe('person events in human terms', () => {
  it('PersonRegistered: name, e-mail, organ and roles in Swedish', () => {
    expect(person('PersonRegistered')).toMatchObject({
      description: 'Person registrerad: Ida Lund (ida.lund@regionvasterbotten.se), RS; Nämndsekreterare',
      changes: [
        { field: 'namn', from: null, to: 'Ida Lund' },
        { field: 'epost', from: null, to: 'ida.lund@regionvasterbotten.se' },
        { field: 'organId', from: null, to: 'rs' },
        { field: 'roles', from: null, to: ['secretary'] },
      ],
    });
  });

  it('PersonRenamed and PersonEmailChanged: old → new', () => {
    expect(person('PersonRenamed')).toMatchObject({
      description: 'Namn ändrat från Ida Lund till Ida Nordin',
      changes: [{ field: 'namn', from: 'Ida Lund', to: 'Ida Nordin' }],
    });
    expect(person('PersonEmailChanged').description).toBe(
      'E-postadress ändrad från ida.lund@regionvasterbotten.se till ida.nordin@regionvasterbotten.se',
    );
  });

  it('PersonOrganChanged: the organs by short name', () => {
    expect(person('PersonOrganChanged')).toMatchObject({
      description: 'Organ ändrat från RS till HSN',
      changes: [{ field: 'organId', from: 'rs', to: 'hsn' }],
    });
  });

  it('PersonRolesChanged: access rights old → new, as role names', () => {
    expect(person('PersonRolesChanged')).toMatchObject({
      description: 'Roller ändrade från Nämndsekreterare till Nämndsekreterare och Revisor',
      changes: [{ field: 'roles', from: ['secretary'], to: ['secretary', 'auditor'] }],
    });
  });

  it('PersonDeactivated: with the reason', () => {
    expect(person('PersonDeactivated')).toMatchObject({
      description: 'Personen avaktiverad',
      reason: 'Slutat',
    });
  });
});
