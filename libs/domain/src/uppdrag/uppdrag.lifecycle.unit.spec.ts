import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, PERSON } from '../testing/fixtures';
import { uppdragDecider } from './uppdrag.decider';
import { type UppdragEvent } from './uppdrag.events';
import { INKOP, inkopRegistered, onInkop } from './uppdrag.spec-fixtures';

const given = deciderSpec(uppdragDecider);
const secretary = ACTOR.idaSekreterareRs;

const changeAnsvarig = (ansvarigPersonId: string) =>
  onInkop('ChangeUppdragAnsvarig', { ansvarigPersonId }, secretary);
const changePeriodicitet = (periodicitet: string, reason?: string | null) =>
  onInkop('ChangeUppdragPeriodicitet', { periodicitet: periodicitet as never, reason }, secretary);
const extend = (
  slutdatum: string,
  reason = 'Beredningen behöver förlänga rapporteringen av just denna punkt ett år framåt.',
) => onInkop('ExtendUppdragSlutdatum', { slutdatum, reason }, secretary);
// The inköp uppdrag goes to HSN and RS: as a whole it is closed by the giving organ's secretary.
const close = (kommentar: string) => onInkop('CloseUppdrag', { kommentar }, ACTOR.sekreterareRf);
const withdraw = (reason: string) => onInkop('WithdrawUppdrag', { reason }, secretary);

const CLOSING = 'Nytt inköpssystem är upphandlat och standardsortimentet är infört i hela regionen.';
const closed: UppdragEvent = { type: 'UppdragClosed', data: { uppdragId: INKOP, kommentar: CLOSING } };
const withdrawn: UppdragEvent = {
  type: 'UppdragWithdrawn',
  data: { uppdragId: INKOP, reason: 'Inte längre aktuellt.' },
};

describe('changing the ansvarig', () => {
  it('records who was ansvarig and who is now', () => {
    given([inkopRegistered])
      .when(changeAnsvarig(PERSON.sara))
      .then([
        { type: 'UppdragAnsvarigChanged', data: { uppdragId: INKOP, from: PERSON.johan, to: PERSON.sara } },
      ]);
  });

  it('records nothing when the person already is ansvarig', () => {
    given([inkopRegistered]).when(changeAnsvarig(PERSON.johan)).thenNothing();
  });

  it('refuses an invalid person id, and a closed or withdrawn uppdrag', () => {
    given([inkopRegistered])
      .when(changeAnsvarig(''))
      .thenThrows('INVALID_ID', { field: 'data.ansvarigPersonId' });
    given([inkopRegistered, closed]).when(changeAnsvarig(PERSON.sara)).thenThrows('UPPDRAG_CLOSED');
    given([inkopRegistered, withdrawn]).when(changeAnsvarig(PERSON.sara)).thenThrows('UPPDRAG_WITHDRAWN');
    given([]).when(changeAnsvarig(PERSON.sara)).thenThrows('UPPDRAG_NOT_FOUND');
  });
});

describe('changing the periodicitet', () => {
  it('records the old and new periodicitet, with an optional reason', () => {
    given([inkopRegistered])
      .when(changePeriodicitet('tertial', 'Följs upp i delårsrapporterna i stället för månadsrapporten.'))
      .then([
        {
          type: 'UppdragPeriodicitetChanged',
          data: {
            uppdragId: INKOP,
            from: 'manad',
            to: 'tertial',
            reason: 'Följs upp i delårsrapporterna i stället för månadsrapporten.',
          },
        },
      ]);
    given([inkopRegistered])
      .when(changePeriodicitet('tertial'))
      .then([
        {
          type: 'UppdragPeriodicitetChanged',
          data: { uppdragId: INKOP, from: 'manad', to: 'tertial', reason: null },
        },
      ]);
  });

  it('records nothing when the periodicitet is unchanged', () => {
    given([inkopRegistered]).when(changePeriodicitet('manad')).thenNothing();
  });

  it('refuses an unknown periodicitet and a closed uppdrag', () => {
    given([inkopRegistered])
      .when(changePeriodicitet('vecka'))
      .thenThrows('INVALID_VALUE', { field: 'data.periodicitet' });
    given([inkopRegistered, closed]).when(changePeriodicitet('tertial')).thenThrows('UPPDRAG_CLOSED');
  });
});

describe('extending the slutdatum', () => {
  it('records the old and new date and the reason', () => {
    given([inkopRegistered])
      .when(extend('2024-12-31'))
      .then([
        {
          type: 'UppdragSlutdatumExtended',
          data: {
            uppdragId: INKOP,
            from: '2023-12-31',
            to: '2024-12-31',
            reason: 'Beredningen behöver förlänga rapporteringen av just denna punkt ett år framåt.',
          },
        },
      ]);
  });

  it('refuses a date that is not later than the current slutdatum', () => {
    given([inkopRegistered])
      .when(extend('2023-12-31'))
      .thenThrows('SLUTDATUM_NOT_LATER', { field: 'data.slutdatum' });
    given([inkopRegistered])
      .when(extend('2023-06-30'))
      .thenThrows('SLUTDATUM_NOT_LATER', { message: '2023-12-31' });
  });

  it('refuses an extension without a reason', () => {
    given([inkopRegistered])
      .when(extend('2024-12-31', ''))
      .thenThrows('REASON_REQUIRED', { field: 'data.reason' });
  });

  it('refuses an invalid date and a withdrawn uppdrag', () => {
    given([inkopRegistered])
      .when(extend('2024-13-01'))
      .thenThrows('INVALID_DATE', { field: 'data.slutdatum' });
    given([inkopRegistered, withdrawn]).when(extend('2024-12-31')).thenThrows('UPPDRAG_WITHDRAWN');
  });
});

describe('closing an uppdrag as Avslutad', () => {
  it('records the final comment', () => {
    given([inkopRegistered]).when(close(CLOSING)).then([closed]);
  });

  it('refuses a close without final comment', () => {
    given([inkopRegistered]).when(close(' ')).thenThrows('TEXT_REQUIRED', { field: 'data.kommentar' });
  });

  it('refuses to close twice, or to close a withdrawn uppdrag', () => {
    given([inkopRegistered, closed]).when(close(CLOSING)).thenThrows('UPPDRAG_CLOSED');
    given([inkopRegistered, withdrawn]).when(close(CLOSING)).thenThrows('UPPDRAG_WITHDRAWN');
  });
});

describe('withdrawing an uppdrag (inte längre aktuellt)', () => {
  it('records the reason', () => {
    given([inkopRegistered]).when(withdraw('Inte längre aktuellt.')).then([withdrawn]);
  });

  it('refuses a withdrawal without reason', () => {
    given([inkopRegistered]).when(withdraw('')).thenThrows('REASON_REQUIRED', { field: 'data.reason' });
  });

  it('refuses to withdraw a closed uppdrag', () => {
    given([inkopRegistered, closed]).when(withdraw('Inte längre aktuellt.')).thenThrows('UPPDRAG_CLOSED');
  });
});
