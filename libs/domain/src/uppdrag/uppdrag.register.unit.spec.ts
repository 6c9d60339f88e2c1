import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { uppdragDecider } from './uppdrag.decider';
import {
  INKOP_TEXT,
  inkopRegistered,
  JANUARY_2023,
  registerInkop,
  samverkanRegistered,
} from './uppdrag.spec-fixtures';

const given = deciderSpec(uppdragDecider);

describe('registering an uppdrag', () => {
  it('records the uppdrag with its recipients, periodicitet, slutdatum, ansvarig, origin and business date', () => {
    given([]).when(registerInkop()).then([inkopRegistered]);
  });

  it('records a samordnare among several recipients ("alla nämnder, regionstyrelsen samordnar")', () => {
    const { registeredOn: _, ...data } = samverkanRegistered.data;
    given([])
      .when({ type: 'RegisterUppdrag', data, metadata: meta(ACTOR.sekreterareRf, JANUARY_2023) })
      .then([samverkanRegistered]);
  });

  it('stores texts trimmed and leaves out optional origin details as null', () => {
    const command = registerInkop({
      text: `  ${INKOP_TEXT}\n`,
      beskrivning: '   ',
      origin: { givenBy: ORGAN.RF, kind: 'fullmaktige', planYear: 2023 },
    });
    given([])
      .when(command)
      .then([
        {
          ...inkopRegistered,
          data: {
            ...inkopRegistered.data,
            origin: {
              givenBy: ORGAN.RF,
              kind: 'fullmaktige',
              beslutsdatum: null,
              diarienummer: null,
              paragraf: null,
              planYear: 2023,
            },
          },
        },
      ]);
  });

  it('takes the registration date from the Swedish calendar: 23:30 UTC on New Year’s Eve is already 1 January', () => {
    const command = {
      ...registerInkop({ slutdatum: '2024-12-31' }),
      metadata: meta(ACTOR.sekreterareRf, '2023-12-31T23:30:00Z'),
    };
    const [event] = given([])
      .when(command)
      .then([
        {
          ...inkopRegistered,
          data: { ...inkopRegistered.data, slutdatum: '2024-12-31', registeredOn: '2024-01-01' },
        },
      ]);
    expect(event.type).toBe('UppdragRegistered');
  });

  it('accepts an uppdrag from a nämnd to its own beredning', () => {
    const command = registerInkop(
      {
        riktasTill: [ORGAN.KOMPETENS],
        origin: { givenBy: ORGAN.RS, kind: 'namnd', planYear: 2023 },
      },
      ACTOR.idaSekreterareRs,
    );
    const [event] = given([])
      .when(command)
      .then([
        {
          ...inkopRegistered,
          data: {
            ...inkopRegistered.data,
            riktasTill: [ORGAN.KOMPETENS],
            origin: {
              givenBy: ORGAN.RS,
              kind: 'namnd',
              beslutsdatum: null,
              diarienummer: null,
              paragraf: null,
              planYear: 2023,
            },
          },
        },
      ]);
    expect(event.data).toMatchObject({ riktasTill: [ORGAN.KOMPETENS] });
  });

  it('records the row the uppdrag has in the plan’s table, when given; without it the event has no ordning', () => {
    given([])
      .when(registerInkop({ ordning: 3 }))
      .then([{ ...inkopRegistered, data: { ...inkopRegistered.data, ordning: 3 } }]);
    const [event] = given([])
      .when(registerInkop({ ordning: null }))
      .then([inkopRegistered]);
    expect(event.data).not.toHaveProperty('ordning');
  });

  describe('refuses', () => {
    it('an ordning that is not a whole number from 1', () => {
      for (const ordning of [0, 1.5, '2' as never]) {
        given([]).when(registerInkop({ ordning })).thenThrows('INVALID_NUMBER', { field: 'data.ordning' });
      }
    });

    it('an id that is already registered', () => {
      given([inkopRegistered])
        .when(registerInkop())
        .thenThrows('UPPDRAG_ALREADY_REGISTERED', { field: 'data.uppdragId' });
    });

    it('an uppdrag directed to nobody', () => {
      given([])
        .when(registerInkop({ riktasTill: [] }))
        .thenThrows('RECIPIENT_REQUIRED', { field: 'data.riktasTill' });
    });

    it('the same recipient twice', () => {
      given([])
        .when(registerInkop({ riktasTill: [ORGAN.HSN, ORGAN.HSN] }))
        .thenThrows('DUPLICATE_VALUE', { field: 'data.riktasTill' });
    });

    it('a samordnare that is not one of the recipients', () => {
      given([])
        .when(registerInkop({ samordnare: ORGAN.RUN }))
        .thenThrows('SAMORDNARE_NOT_A_RECIPIENT', { field: 'data.samordnare', message: 'en av dem' });
    });

    it('an empty text', () => {
      given([])
        .when(registerInkop({ text: '  \n ' }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.text' });
    });

    it('a text longer than 2 000 characters, and a description longer than 20 000', () => {
      given([])
        .when(registerInkop({ text: 'x'.repeat(2_001) }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.text' });
      given([])
        .when(registerInkop({ beskrivning: 'x'.repeat(20_001) }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.beskrivning' });
    });

    it('a periodicitet other than månad or tertial', () => {
      given([])
        .when(registerInkop({ periodicitet: 'kvartal' as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.periodicitet' });
    });

    it('a slutdatum that is not a real date', () => {
      given([])
        .when(registerInkop({ slutdatum: '2023-02-30' }))
        .thenThrows('INVALID_DATE', { field: 'data.slutdatum' });
      given([])
        .when(registerInkop({ slutdatum: '31/12/2023' }))
        .thenThrows('INVALID_DATE', { field: 'data.slutdatum' });
    });

    it('a slutdatum before the registration date', () => {
      given([])
        .when(registerInkop({ slutdatum: '2023-01-15' }))
        .thenThrows('SLUTDATUM_BEFORE_REGISTRATION', { field: 'data.slutdatum' });
    });

    it('a beslutsdatum after the registration date', () => {
      given([])
        .when(
          registerInkop({
            origin: { givenBy: ORGAN.RF, kind: 'fullmaktige', beslutsdatum: '2023-02-01', planYear: 2023 },
          }),
        )
        .thenThrows('BESLUTSDATUM_AFTER_REGISTRATION', { field: 'data.origin.beslutsdatum' });
    });

    it('an origin that is missing, of an unknown kind, or with an impossible plan year', () => {
      given([])
        .when(registerInkop({ origin: undefined as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.origin' });
      given([])
        .when(registerInkop({ origin: { givenBy: ORGAN.RF, kind: 'kommun' as never, planYear: 2023 } }))
        .thenThrows('INVALID_VALUE', { field: 'data.origin.kind' });
      given([])
        .when(registerInkop({ origin: { givenBy: ORGAN.RF, kind: 'fullmaktige', planYear: 23 } }))
        .thenThrows('INVALID_PLAN_YEAR', { field: 'data.origin.planYear' });
    });

    it('a diarienummer or paragraf too long to be one', () => {
      const origin = { givenBy: ORGAN.RF, kind: 'fullmaktige' as const, planYear: 2023 };
      given([])
        .when(registerInkop({ origin: { ...origin, diarienummer: 'x'.repeat(51) } }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.origin.diarienummer' });
      given([])
        .when(registerInkop({ origin: { ...origin, paragraf: 'x'.repeat(21) } }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.origin.paragraf' });
    });

    it('ids that could not be part of a stream name', () => {
      given([])
        .when(registerInkop({ uppdragId: 'uppdrag 1/2' }))
        .thenThrows('INVALID_ID', { field: 'data.uppdragId' });
      given([])
        .when(registerInkop({ ansvarigPersonId: '' }))
        .thenThrows('INVALID_ID', { field: 'data.ansvarigPersonId' });
      given([])
        .when(registerInkop({ riktasTill: [ORGAN.HSN, 42 as never] }))
        .thenThrows('INVALID_ID', { field: 'data.riktasTill[1]' });
    });

    it('a command without data', () => {
      given([])
        .when({ ...registerInkop(), data: null as never })
        .thenThrows('INVALID_VALUE', { field: 'data' });
    });
  });
});
