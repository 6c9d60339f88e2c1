import {
  DELMAL_EVENT_TYPES,
  ORGAN_EVENT_TYPES,
  PERSON_EVENT_TYPES,
  UPPDRAG_EVENT_TYPES,
} from '@sparbar/domain';
import { describeEvent } from './describe';
import {
  DELMAL_EVENTS,
  NAMES,
  onStream,
  ORGAN_EVENTS,
  PERSON_EVENTS,
  UPPDRAG_EVENTS,
} from './describe.spec-fixtures';
import { NO_NAMES } from './names';

/** type → [description, changes, reason, period], for one fixture of every event type. */
const described = (events: { stream: string; type: string; data: unknown }[]) =>
  Object.fromEntries(events.map((e) => [e.type, describeEvent(e, NAMES)]));

const uppdrag = described(UPPDRAG_EVENTS.map(onStream.uppdrag));
const delmal = described(DELMAL_EVENTS.map(onStream.delmal));
const organ = described(ORGAN_EVENTS.map(onStream.organ));
const person = described(PERSON_EVENTS.map(onStream.person));

describe('every event type has its own description', () => {
  it.each([
    ['uppdrag', UPPDRAG_EVENT_TYPES, uppdrag],
    ['delmål', DELMAL_EVENT_TYPES, delmal],
    ['organ', ORGAN_EVENT_TYPES, organ],
    ['person', PERSON_EVENT_TYPES, person],
  ] as const)('%s', (_, types, byType) => {
    expect(Object.keys(byType).sort()).toEqual([...types].sort());
    for (const type of types) expect(byType[type].description).not.toMatch(/^Händelse av typen/);
  });
});

describe('the item, the reason and the period come from the stream and the event', () => {
  it('names the item kind and id from the stream', () => {
    expect(uppdrag.UppdragClosed).toMatchObject({ itemKind: 'uppdrag', itemId: '2023-inkop' });
    expect(delmal.DelmalClosed).toMatchObject({ itemKind: 'delmal', itemId: 'rs-2023-klimat' });
    expect(organ.OrganDeactivated).toMatchObject({ itemKind: 'organ', itemId: 'beredning-folkhalsa' });
    expect(person.PersonDeactivated).toMatchObject({ itemKind: 'person', itemId: 'person-ida' });
  });

  it('keeps the reason where the event gives one', () => {
    expect(uppdrag.UppdragSlutdatumExtended.reason).toBe('Upphandlingen dröjer');
    expect(uppdrag.UppdragWithdrawn.reason).toBe('Inte längre aktuellt');
    expect(delmal.IndikatorUtfallCorrected.reason).toBe('Felräknat');
    expect(organ.OrganDeactivated.reason).toBe('Slogs ihop med RUN');
    expect(uppdrag.UppdragPeriodicitetChanged.reason).toBeNull();
    expect(uppdrag.UppdragStatusReported.reason).toBeNull();
  });

  it('keeps the period of reports and assessments', () => {
    expect(uppdrag.UppdragStatusReported.period).toBe('2023-04');
    expect(delmal.DelmalAssessed.period).toBe('2023-T1');
    expect(uppdrag.UppdragClosed.period).toBeNull();
  });

  it('still gives a line for an event type it does not know, and for a stream that is not ours', () => {
    expect(
      describeEvent({ stream: 'uppdrag-x', type: 'UppdragArchived', data: { reason: 'r' } }, NO_NAMES),
    ).toEqual({
      itemKind: 'uppdrag',
      itemId: 'x',
      description: 'Händelse av typen UppdragArchived',
      changes: [],
      reason: 'r',
      period: null,
    });
    expect(describeEvent({ stream: 'reminders-1', type: 'ReminderSent', data: {} }, NO_NAMES)).toMatchObject({
      itemKind: 'other',
      itemId: 'reminders-1',
    });
  });

  it('falls back to ids where the log has given no name', () => {
    const e = onStream.uppdrag(UPPDRAG_EVENTS[1]);
    expect(describeEvent(e, NO_NAMES).description).toBe('Ansvarig ändrad från person-johan till person-sara');
  });
});
