import { describeEvent } from './describe';
import {
  DELMAL_EVENTS,
  onStream,
  ORGAN_EVENTS,
  PERSON_EVENTS,
  UPPDRAG_EVENTS,
} from './describe.spec-fixtures';
import { formatNumber, listText } from './format';
import { DeferredNames, namesFrom } from './names';
import { emptyAuditState, evolveAuditState, organsConcerned } from './state';

describe('audit state', () => {
  it('an uppdrag concerns its recipients, samordnare and giver, from registration on', () => {
    const state = emptyAuditState();
    const [registered, ...rest] = UPPDRAG_EVENTS.map(onStream.uppdrag);
    evolveAuditState(state, registered);
    expect(organsConcerned(state, registered)).toEqual(['hsn', 'rs', 'regionfullmaktige']);
    for (const e of rest) expect(organsConcerned(state, e)).toEqual(['hsn', 'rs', 'regionfullmaktige']);
    expect([...state.dirtyOrgans]).toEqual(['uppdrag-2023-inkop']);
  });

  it('a delmål concerns its nämnd', () => {
    const state = emptyAuditState();
    const events = DELMAL_EVENTS.map(onStream.delmal);
    events.forEach((e) => evolveAuditState(state, e));
    expect(organsConcerned(state, events[3])).toEqual(['rs']);
  });

  it('learns names from registrations and renames: persons by name, organs by short name, indikatorer', () => {
    const state = emptyAuditState();
    [
      ...PERSON_EVENTS.map(onStream.person),
      ...ORGAN_EVENTS.map(onStream.organ),
      ...DELMAL_EVENTS.map(onStream.delmal),
    ].forEach((e) => evolveAuditState(state, e));
    expect(Object.fromEntries(state.names)).toEqual({
      'person:person-ida': 'Ida Nordin',
      'organ:beredning-folkhalsa': 'BFH',
      'indikator:rs-2023-klimat/tjansteresor': 'Klimatutsläpp från tjänsteresor',
    });
  });

  it('a person moving between organs concerns both; an organ moving concerns both parents', () => {
    const state = emptyAuditState();
    const [registered, , , moved] = PERSON_EVENTS.map(onStream.person);
    evolveAuditState(state, registered);
    expect(organsConcerned(state, registered)).toEqual(['rs']);
    evolveAuditState(state, moved);
    expect(organsConcerned(state, moved)).toEqual(['rs', 'hsn']);
    const organEvents = ORGAN_EVENTS.map(onStream.organ);
    evolveAuditState(state, organEvents[0]);
    expect(organsConcerned(state, organEvents[2])).toEqual([
      'beredning-folkhalsa',
      'regionfullmaktige',
      'rs',
    ]);
  });

  it('an event on a stream that is not ours concerns no organ', () => {
    expect(organsConcerned(emptyAuditState(), { stream: 'x', type: 'Y', data: {} })).toEqual([]);
  });
});

describe('names and formats', () => {
  it('one pass asks for exactly the names a description needs, and fills in stored names or the fallback', () => {
    const names = new DeferredNames(new Map([['organ:rs', 'Regionstyrelsen (ny)']]));
    const { description } = describeEvent(onStream.uppdrag(UPPDRAG_EVENTS[0]), names);
    // Known in the batch already: given at once, not asked for.
    expect(names.asked().sort()).toEqual(['organ:hsn', 'organ:regionfullmaktige', 'person:person-johan']);
    const filled = names.resolve(
      description,
      new Map([
        ['organ:hsn', 'HSN'],
        ['person:person-johan', 'Johan Ek'],
      ]),
    );
    expect(filled).toContain('Regionstyrelsen (ny)');
    expect(filled).toContain('HSN');
    expect(filled).toContain('ansvarig Johan Ek');
    // Never named in the log: the id, as the describing function's own fallback says.
    expect(filled).toContain('regionfullmaktige');
    expect(filled).not.toContain('\u0000');
    expect(namesFrom(new Map([['organ:rs', 'RS']])).nameOr('organ', 'rs', 'rs')).toBe('RS');
  });

  it('numbers and lists read as Swedish', () => {
    expect([formatNumber(1061), formatNumber(1234567.5), formatNumber(-15), formatNumber(0.8417)]).toEqual([
      '1 061',
      '1 234 567,5',
      '-15',
      '0,8417',
    ]);
    expect([listText([]), listText(['A']), listText(['A', 'B']), listText(['A', 'B', 'C'])]).toEqual([
      '',
      'A',
      'A och B',
      'A, B och C',
    ]);
  });
});
