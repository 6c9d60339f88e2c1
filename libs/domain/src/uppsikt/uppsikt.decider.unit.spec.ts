import { type Actor } from '../access/roles';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, MAY_2023, meta, ORGAN } from '../testing/fixtures';
import { type RecordUppsiktsarende, type UppsiktCommand } from './uppsikt.commands';
import { uppsiktDecider } from './uppsikt.decider';
import { type UppsiktEvent } from './uppsikt.events';

const given = deciderSpec(uppsiktDecider);
const ARENDE = 'uppsikt-2023-hsn-1';
const QUESTION =
  'Hälso- och sjukvårdsnämnden har inte rapporterat på uppdraget om inköpsprocessen sedan februari. ' +
  'Regionstyrelsen begär en redogörelse för läget.';

function recordCommand(
  overrides: Partial<RecordUppsiktsarende['data']> = {},
  actor: Actor = ACTOR.idaSekreterareRs,
): RecordUppsiktsarende {
  return {
    type: 'RecordUppsiktsarende',
    data: {
      arendeId: ARENDE,
      regionstyrelsenId: ORGAN.RS,
      organId: ORGAN.HSN,
      item: { kind: 'uppdrag', id: 'uppdrag-2023-inkop' },
      kind: 'begaran_om_information',
      text: QUESTION,
      dueDate: '2023-05-31',
      ...overrides,
    },
    metadata: meta(actor),
  };
}

const recorded: UppsiktEvent = {
  type: 'UppsiktsarendeRecorded',
  data: {
    arendeId: ARENDE,
    regionstyrelsenId: ORGAN.RS,
    organId: ORGAN.HSN,
    item: { kind: 'uppdrag', id: 'uppdrag-2023-inkop' },
    kind: 'begaran_om_information',
    text: QUESTION,
    dueDate: '2023-05-31',
    recordedOn: '2023-05-03',
  },
};

const answer = (text: string, actor: Actor = ACTOR.mariaSekreterareHsn, now = MAY_2023): UppsiktCommand => ({
  type: 'AnswerUppsiktsarende',
  data: { arendeId: ARENDE, text },
  metadata: meta(actor, now),
});
const answered = (text: string, answeredOn = '2023-05-03'): UppsiktEvent => ({
  type: 'UppsiktsarendeAnswered',
  data: { arendeId: ARENDE, organId: ORGAN.HSN, text, answeredOn },
});
const close = (conclusion: string, actor: Actor = ACTOR.idaSekreterareRs): UppsiktCommand => ({
  type: 'CloseUppsiktsarende',
  data: { arendeId: ARENDE, conclusion },
  metadata: meta(actor),
});
const CONCLUSION = 'Svaret är tillräckligt; rapporteringen är återupptagen. Ärendet avslutas.';
const closed: UppsiktEvent = {
  type: 'UppsiktsarendeClosed',
  data: { arendeId: ARENDE, conclusion: CONCLUSION, closedOn: '2023-05-03' },
};

describe('recording an uppsiktsärende', () => {
  it('records what regionstyrelsen asks of which organ, about which item, by when', () => {
    given([]).when(recordCommand()).then([recorded]);
  });

  it('may concern the organ as a whole, and be recorded by the regiondirektör', () => {
    const events = given([])
      .when(recordCommand({ item: undefined, kind: 'observation' }, ACTOR.direktor))
      .then([{ ...recorded, data: { ...recorded.data, item: null, kind: 'observation' } } as UppsiktEvent]);
    expect(events).toHaveLength(1);
  });

  it('accepts an answer due the same day, but not one due before the ärende was recorded', () => {
    given([])
      .when(recordCommand({ dueDate: '2023-05-03' }))
      .then([{ ...recorded, data: { ...recorded.data, dueDate: '2023-05-03' } } as UppsiktEvent]);
    given([])
      .when(recordCommand({ dueDate: '2023-05-02' }))
      .thenThrows('DUE_DATE_BEFORE_RECORDED', { field: 'data.dueDate', message: '2023-05-02' });
  });

  it('refuses an unknown kind, an empty text, a malformed item and a bad date, naming the field', () => {
    given([])
      .when(recordCommand({ kind: 'klagomal' as never }))
      .thenThrows('INVALID_VALUE', { field: 'data.kind' });
    given([])
      .when(recordCommand({ text: '  ' }))
      .thenThrows('TEXT_REQUIRED', { field: 'data.text' });
    given([])
      .when(recordCommand({ item: { kind: 'organ' as never, id: 'x' } }))
      .thenThrows('INVALID_VALUE', { field: 'data.item.kind' });
    given([])
      .when(recordCommand({ dueDate: '2023-02-30' }))
      .thenThrows('INVALID_DATE', { field: 'data.dueDate' });
  });

  it('refuses uppsikt over regionstyrelsen itself, and a second ärende with the same id', () => {
    given([])
      .when(recordCommand({ organId: ORGAN.RS }))
      .thenThrows('UPPSIKT_OVER_REGIONSTYRELSEN', { field: 'data.organId' });
    given([recorded]).when(recordCommand()).thenThrows('UPPSIKTSARENDE_ALREADY_RECORDED');
  });
});

describe('answering', () => {
  it('records each answer of the organ, with the day it came', () => {
    given([recorded])
      .when(answer('Rapporten för april lämnas den 10 maj.'))
      .then([answered('Rapporten för april lämnas den 10 maj.')]);
    given([recorded, answered('Första svaret.')])
      .when(answer('Komplettering: rapporten är lämnad.', ACTOR.saraHsn, '2023-06-12T08:00:00+02:00'))
      .then([answered('Komplettering: rapporten är lämnad.', '2023-06-12')]);
  });

  it('counts the answers in the state', () => {
    const state = fold(uppsiktDecider, [recorded, answered('Ett.'), answered('Två.')]);
    expect(state).toMatchObject({ answers: 2, closed: false });
  });

  it('refuses an answer after closing, an empty answer and an unknown ärende', () => {
    given([recorded, closed]).when(answer('För sent.')).thenThrows('UPPSIKTSARENDE_CLOSED');
    given([recorded]).when(answer('')).thenThrows('TEXT_REQUIRED', { field: 'data.text' });
    given([]).when(answer('Svar.')).thenThrows('UPPSIKTSARENDE_NOT_FOUND');
  });
});

describe('closing', () => {
  it('records regionstyrelsen’s conclusion', () => {
    given([recorded, answered('Svar.')])
      .when(close(CONCLUSION))
      .then([closed]);
  });

  it('refuses closing twice, and a missing conclusion', () => {
    given([recorded, closed]).when(close(CONCLUSION)).thenThrows('UPPSIKTSARENDE_CLOSED');
    given([recorded]).when(close(' ')).thenThrows('TEXT_REQUIRED', { field: 'data.conclusion' });
  });
});

describe('who may act on an uppsiktsärende', () => {
  const scenarios: Record<string, (actor: Actor) => { history: UppsiktEvent[]; command: UppsiktCommand }> = {
    record: (actor) => ({ history: [], command: recordCommand({}, actor) }),
    answer: (actor) => ({ history: [recorded], command: answer('Svar.', actor) }),
    close: (actor) => ({ history: [recorded], command: close(CONCLUSION, actor) }),
  };
  const allowed: Record<string, readonly Actor[]> = {
    record: [ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.migrering],
    answer: [ACTOR.mariaSekreterareHsn, ACTOR.saraHsn],
    close: [ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.migrering],
  };
  const everyone = Object.values(ACTOR) as Actor[];

  it.each(Object.keys(scenarios))('%s: only those allowed, everyone else FORBIDDEN', (name) => {
    for (const actor of everyone) {
      const { history, command } = scenarios[name](actor);
      if (allowed[name].includes(actor)) {
        given(history)
          .when(command)
          .then(uppsiktDecider.decide(command, fold(uppsiktDecider, history)));
      } else {
        given(history).when(command).thenThrows('FORBIDDEN');
      }
    }
  });

  it('keeps regionstyrelsen from answering for the organ, and the organ from closing its own ärende', () => {
    given([recorded])
      .when(answer('Svar.', ACTOR.idaSekreterareRs))
      .thenThrows('FORBIDDEN', { message: 'besvara' });
    given([recorded]).when(close(CONCLUSION, ACTOR.mariaSekreterareHsn)).thenThrows('FORBIDDEN');
    given([recorded]).when(answer('Svar.', ACTOR.direktor)).thenThrows('FORBIDDEN');
  });

  it('refuses someone who may not act before looking at the content', () => {
    given([])
      .when(recordCommand({ dueDate: 'igår' }, ACTOR.mariaSekreterareHsn))
      .thenThrows('FORBIDDEN');
  });
});
