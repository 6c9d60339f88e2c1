import { uppsiktsarendeStream, type UppsiktEvent } from '@sparbar/domain';
import { describeEvent } from './describe';
import { NAMES, U } from './describe.spec-fixtures';
import { emptyAuditState, evolveAuditState, organsConcerned } from './state';

const A = 'uppsikt-2023-hsn-1';
const recorded: UppsiktEvent = {
  type: 'UppsiktsarendeRecorded',
  data: {
    arendeId: A,
    regionstyrelsenId: 'rs',
    organId: 'hsn',
    item: { kind: 'uppdrag', id: U },
    kind: 'begaran_om_information',
    text: 'Redovisa varför rapporten för april saknas.',
    dueDate: '2023-06-15',
    recordedOn: '2023-05-20',
  },
};
const answered: UppsiktEvent = {
  type: 'UppsiktsarendeAnswered',
  data: { arendeId: A, organId: 'hsn', text: 'Rapporten lämnas i juni.', answeredOn: '2023-06-01' },
};
const closed: UppsiktEvent = {
  type: 'UppsiktsarendeClosed',
  data: { arendeId: A, conclusion: 'Svaret godtas.', closedOn: '2023-06-10' },
};

const on = (event: UppsiktEvent) => ({ ...event, stream: uppsiktsarendeStream(A) });
const of = (event: UppsiktEvent) => describeEvent(on(event), NAMES);

describe('uppsiktsärenden in human terms', () => {
  it('UppsiktsarendeRecorded: on which organ and item, what kind, the text and when the answer is due', () => {
    expect(of(recorded)).toEqual({
      itemKind: 'uppsiktsarende',
      itemId: A,
      description:
        `Uppsiktsärende registrerat om HSN, uppdrag ${U} (Begäran om information, RS): ` +
        'Redovisa varför rapporten för april saknas.; svar senast 15 juni 2023',
      changes: [
        { field: 'organId', from: null, to: 'hsn' },
        { field: 'item', from: null, to: { kind: 'uppdrag', id: U } },
        { field: 'kind', from: null, to: 'begaran_om_information' },
        { field: 'text', from: null, to: 'Redovisa varför rapporten för april saknas.' },
        { field: 'dueDate', from: null, to: '2023-06-15' },
      ],
      reason: null,
      period: null,
    });
  });

  it('an ärende on the organ as a whole names no item, and no item change', () => {
    const d = of({
      ...recorded,
      data: { ...recorded.data, item: null, kind: 'observation' },
    } as UppsiktEvent);
    expect(d.description).toMatch(/^Uppsiktsärende registrerat om HSN \(Iakttagelse, RS\): /);
    expect(d.changes.map((c) => c.field)).not.toContain('item');
  });

  it('UppsiktsarendeAnswered: who answered, when, and the answer', () => {
    expect(of(answered)).toMatchObject({
      itemKind: 'uppsiktsarende',
      itemId: A,
      description: 'Svar på uppsiktsärende från HSN 1 juni 2023: Rapporten lämnas i juni.',
      changes: [{ field: 'svar', from: null, to: 'Rapporten lämnas i juni.' }],
    });
  });

  it('UppsiktsarendeClosed: the conclusion', () => {
    expect(of(closed)).toMatchObject({
      description: 'Uppsiktsärende avslutat 10 juni 2023: Svaret godtas.',
      changes: [{ field: 'conclusion', from: null, to: 'Svaret godtas.' }],
    });
  });

  it('concerns the organ that must answer and regionstyrelsen, so a search by either finds every event', () => {
    const state = emptyAuditState();
    for (const event of [recorded, answered, closed].map(on)) {
      evolveAuditState(state, event);
      expect(organsConcerned(state, event)).toEqual(['hsn', 'rs']);
    }
  });
});
