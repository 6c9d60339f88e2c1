import {
  type PaminnelseDelivery,
  type PaminnelseEvent,
  paminnelseStream,
  paminnelseStreamOf,
} from '@sparbar/domain';
import { describeEvent } from './describe';
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
});
