import {
  type PaminnelseDelivery,
  type PaminnelseEvent,
  paminnelseStream,
  paminnelseStreamOf,
} from '@sparbar/domain';
import { describeEvent } from './describe';
import { namesFrom } from './names';
import { D, NAMES, U } from './describe.spec-fixtures';
import { emptyAuditState, evolveAuditState, organsConcerned } from './state';

const reminder: PaminnelseDelivery = {
  idempotencyKey: `uppdrag.${U}.2023-04.p3.person-johan.epost`,
  jobId: `uppdrag.${U}.2023-04.p3`,
  itemKind: 'uppdrag',
  itemId: U,
  period: '2023-04',
  deadline: '2023-05-15',
  kind: 'paminnelse',
  channel: 'epost',
  recipientPersonId: 'person-johan',
  address: 'johan@region.example',
};
const escalation: PaminnelseDelivery = {
  ...reminder,
  idempotencyKey: `uppdrag.${U}.2023-04.e.person-sara.inkorg`,
  jobId: `uppdrag.${U}.2023-04.e`,
  kind: 'eskalering',
  channel: 'inkorg',
  recipientPersonId: 'person-sara',
  address: null,
};

const on = (event: PaminnelseEvent) => ({ ...event, stream: paminnelseStream(U) });
const of = (event: PaminnelseEvent) => describeEvent(on(event), NAMES);

describe('reminder deliveries in human terms', () => {
  it('PaminnelseSent by e-mail: to whom, about which report, by when; filed under the uppdrag', () => {
    expect(of({ type: 'PaminnelseSent', data: { ...reminder, messageId: '<k@sparbar>' } })).toEqual({
      itemKind: 'uppdrag',
      itemId: U,
      description:
        'Påminnelse skickad med e-post till Johan Ström om rapporten för april 2023, senast 15 maj 2023',
      changes: [{ field: 'deliveryState', from: 'started', to: 'sent' }],
      reason: null,
      period: '2023-04',
    });
  });

  it('PaminnelseSent to the inbox: an escalation, delivered at once (no start)', () => {
    expect(of({ type: 'PaminnelseSent', data: { ...escalation, messageId: null } })).toMatchObject({
      description:
        'Eskalering lagd i inkorgen för Sara Berg om att rapporten för april 2023 saknas, sista dag var 15 maj 2023',
      changes: [{ field: 'deliveryState', from: null, to: 'sent' }],
    });
  });

  it('PaminnelseSendStarted: the e-mail handed to the server', () => {
    expect(of({ type: 'PaminnelseSendStarted', data: reminder })).toMatchObject({
      description:
        'Utskick påbörjat: påminnelse med e-post till Johan Ström om rapporten för april 2023, senast 15 maj 2023',
      changes: [{ field: 'deliveryState', from: null, to: 'started' }],
      period: '2023-04',
    });
  });

  it('PaminnelseSendFailed: spelled from the key, with the server’s answer as the reason', () => {
    const reason = '421 Service not available';
    expect(
      of({ type: 'PaminnelseSendFailed', data: { idempotencyKey: reminder.idempotencyKey, reason } }),
    ).toEqual({
      itemKind: 'uppdrag',
      itemId: U,
      description:
        'Utskick misslyckades (e-postservern tog inte emot det, försöks igen): påminnelse med e-post till Johan Ström om rapporten för april 2023',
      changes: [{ field: 'deliveryState', from: 'started', to: 'failed' }],
      reason,
      period: '2023-04',
    });
  });

  it('PaminnelseSendUncertain: may have arrived, not sent again', () => {
    const reason = 'Utskicket avbröts innan e-postservern svarade; skickas inte igen.';
    expect(
      of({ type: 'PaminnelseSendUncertain', data: { idempotencyKey: reminder.idempotencyKey, reason } }),
    ).toMatchObject({
      itemKind: 'uppdrag',
      itemId: U,
      description:
        'Utskick osäkert (avbröts innan e-postservern svarade, skickas inte igen): påminnelse med e-post till Johan Ström om rapporten för april 2023',
      changes: [{ field: 'deliveryState', from: 'started', to: 'uncertain' }],
      reason,
    });
  });

  it('a key of another shape still gets a line, under the paminnelse stream', () => {
    expect(
      of({ type: 'PaminnelseSendUncertain', data: { idempotencyKey: 'odd-key', reason: 'x' } }),
    ).toMatchObject({
      itemKind: 'other',
      itemId: paminnelseStream(U),
      description: expect.stringMatching(/^Utskick osäkert .*: utskick odd-key$/),
    });
  });

  it('concerns the organs of the uppdrag it is about, so auditors find it by organ', () => {
    const state = emptyAuditState();
    state.organs.set(`uppdrag-${U}`, ['hsn', 'rs', 'regionfullmaktige']);
    const sent = on({ type: 'PaminnelseSent', data: { ...reminder, messageId: null } });
    const failed = on({
      type: 'PaminnelseSendFailed',
      data: { idempotencyKey: reminder.idempotencyKey, reason: 'x' },
    });
    for (const event of [sent, failed]) {
      evolveAuditState(state, event);
      expect(organsConcerned(state, event)).toEqual(['hsn', 'rs', 'regionfullmaktige']);
    }
  });

  describe('about a delmål (stream paminnelse-delmal.<id>)', () => {
    const delmalReminder: PaminnelseDelivery = {
      ...reminder,
      idempotencyKey: `delmal.${D}.2023-T1.p14.person-sara.inkorg`,
      jobId: `delmal.${D}.2023-T1.p14`,
      itemKind: 'delmal',
      itemId: D,
      period: '2023-T1',
      channel: 'inkorg',
      recipientPersonId: 'person-sara',
      address: null,
    };
    const onDelmal = (event: PaminnelseEvent) => ({ ...event, stream: paminnelseStreamOf('delmal', D) });

    it('is filed under the delmål and asks for its bedömning', () => {
      expect(
        describeEvent(
          onDelmal({ type: 'PaminnelseSent', data: { ...delmalReminder, messageId: null } }),
          NAMES,
        ),
      ).toMatchObject({
        itemKind: 'delmal',
        itemId: D,
        description:
          'Påminnelse lagd i inkorgen för Sara Berg om bedömningen av delmålet för Tertial 1 2023, senast 15 maj 2023',
        period: '2023-T1',
      });
    });

    it('a failure is spelled from its key, under the delmål', () => {
      const failed = onDelmal({
        type: 'PaminnelseSendFailed',
        data: { idempotencyKey: `delmal.${D}.2023-T1.e.person-sara.epost`, reason: 'x' },
      });
      expect(describeEvent(failed, NAMES)).toMatchObject({
        itemKind: 'delmal',
        itemId: D,
        description: expect.stringMatching(
          /: eskalering med e-post till Sara Berg om bedömningen av delmålet för Tertial 1 2023$/,
        ),
      });
    });

    it("concerns the delmål's nämnd, not an uppdrag's organs", () => {
      const state = emptyAuditState();
      state.organs.set(`delmal-${D}`, ['rs']);
      state.organs.set(`uppdrag-delmal-${D}`, ['hsn']);
      const sent = onDelmal({ type: 'PaminnelseSent', data: { ...delmalReminder, messageId: null } });
      evolveAuditState(state, sent);
      expect(organsConcerned(state, sent)).toEqual(['rs']);
    });
  });

  describe('about an uppsiktsärende (paminnelse-uppsikt.<id>) and a kontrollmoment (paminnelse-internkontroll.<planId>)', () => {
    const arendeReminder: PaminnelseDelivery = {
      ...reminder,
      idempotencyKey: 'uppsiktsarende.hsn-vantetider.svar.p14.person-sara.inkorg',
      jobId: 'uppsiktsarende.hsn-vantetider.svar.p14',
      itemKind: 'uppsiktsarende',
      itemId: 'hsn-vantetider',
      period: 'svar',
      deadline: '2023-06-15',
      channel: 'inkorg',
      recipientPersonId: 'person-sara',
      address: null,
    };
    const momentEscalation: PaminnelseDelivery = {
      ...reminder,
      idempotencyKey: 'kontrollmoment.hsn-2023.km-inkop.2023.e.person-sara.epost',
      jobId: 'kontrollmoment.hsn-2023.km-inkop.2023.e',
      itemKind: 'kontrollmoment',
      itemId: 'km-inkop',
      planId: 'hsn-2023',
      period: '2023',
      deadline: '2024-01-16',
      kind: 'eskalering',
      recipientPersonId: 'person-sara',
    };
    const names = namesFrom({
      'person:person-sara': 'Sara Berg',
      'kontrollmoment:hsn/2023/km-inkop': 'Stickprov på inköp',
    });
    const onStream = (stream: string) => (event: PaminnelseEvent) => ({ ...event, stream });

    it('an ärende’s reminder asks for the answer, filed under the ärende in no period', () => {
      const sent = onStream(paminnelseStreamOf('uppsiktsarende', 'hsn-vantetider'))({
        type: 'PaminnelseSent',
        data: { ...arendeReminder, messageId: null },
      });
      expect(describeEvent(sent, names)).toMatchObject({
        itemKind: 'uppsiktsarende',
        itemId: 'hsn-vantetider',
        description:
          'Påminnelse lagd i inkorgen för Sara Berg om svaret på uppsiktsärendet, senast 15 juni 2023',
        period: null,
      });
      const failed = onStream(paminnelseStreamOf('uppsiktsarende', 'hsn-vantetider'))({
        type: 'PaminnelseSendFailed',
        data: { idempotencyKey: 'uppsiktsarende.hsn-vantetider.svar.e.person-sara.epost', reason: 'x' },
      });
      expect(describeEvent(failed, names)).toMatchObject({
        itemKind: 'uppsiktsarende',
        itemId: 'hsn-vantetider',
        description: expect.stringMatching(
          /: eskalering med e-post till Sara Berg om svaret på uppsiktsärendet$/,
        ),
      });
    });

    it('a kontrollmoment’s escalation names it by its text and is filed under its internkontrollplan', () => {
      const on = onStream(paminnelseStreamOf('kontrollmoment', 'hsn-2023'));
      expect(
        describeEvent(
          on({ type: 'PaminnelseSent', data: { ...momentEscalation, messageId: '<k@sparbar>' } }),
          names,
        ),
      ).toMatchObject({
        itemKind: 'internkontrollplan',
        itemId: 'hsn-2023',
        description:
          'Eskalering skickad med e-post till Sara Berg om att resultatet av kontrollmomentet "Stickprov på inköp" för år 2023 saknas, sista dag var 16 januari 2024',
        period: '2023',
      });
      const uncertain = on({
        type: 'PaminnelseSendUncertain',
        data: { idempotencyKey: momentEscalation.idempotencyKey, reason: 'x' },
      });
      expect(describeEvent(uncertain, names)).toMatchObject({
        itemKind: 'internkontrollplan',
        itemId: 'hsn-2023',
        description: expect.stringMatching(
          /: eskalering med e-post till Sara Berg om resultatet av kontrollmomentet "Stickprov på inköp" för år 2023$/,
        ),
      });
    });

    it('an åtgärd’s reminder names it by its text and is filed under its internkontrollplan', () => {
      const on = onStream(paminnelseStreamOf('atgard', 'hsn-2023'));
      const atgard: PaminnelseDelivery = {
        ...momentEscalation,
        idempotencyKey: 'atgard.hsn-2023.a-avtal.2023-T1.p14.person-sara.inkorg',
        jobId: 'atgard.hsn-2023.a-avtal.2023-T1.p14',
        itemKind: 'atgard',
        itemId: 'a-avtal',
        period: '2023-T1',
        deadline: '2023-06-30',
        kind: 'paminnelse',
        channel: 'inkorg',
        address: null,
      };
      const atgardNames = namesFrom({
        'person:person-sara': 'Sara Berg',
        'atgard:hsn/2023/a-avtal': 'Teckna avtal med leverantören',
      });
      expect(
        describeEvent(on({ type: 'PaminnelseSent', data: { ...atgard, messageId: null } }), atgardNames),
      ).toMatchObject({
        itemKind: 'internkontrollplan',
        itemId: 'hsn-2023',
        description:
          'Påminnelse lagd i inkorgen för Sara Berg om åtgärden "Teckna avtal med leverantören", senast 30 juni 2023',
      });
      const failed = on({
        type: 'PaminnelseSendFailed',
        data: { idempotencyKey: 'atgard.hsn-2023.a-avtal.2023-T1.p14.person-sara.epost', reason: 'x' },
      });
      expect(describeEvent(failed, atgardNames)).toMatchObject({
        itemKind: 'internkontrollplan',
        description: expect.stringMatching(
          /: påminnelse med e-post till Sara Berg om åtgärden "Teckna avtal med leverantören"$/,
        ),
      });
    });

    it("concerns the plan's nämnd", () => {
      const state = emptyAuditState();
      state.organs.set('internkontroll-hsn-2023', ['hsn']);
      const sent = onStream(paminnelseStreamOf('kontrollmoment', 'hsn-2023'))({
        type: 'PaminnelseSent',
        data: { ...momentEscalation, messageId: null },
      });
      evolveAuditState(state, sent);
      expect(organsConcerned(state, sent)).toEqual(['hsn']);
    });
  });
});
