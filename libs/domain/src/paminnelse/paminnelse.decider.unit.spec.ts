import { deciderSpec } from '../testing/decider-spec';
import { paminnelseDecider, type PaminnelseCommand, systemMetadata } from './paminnelse.decider';
import { paminnelseStreamOf, parsePaminnelseStream, parseStreamName } from '../shared/streams';
import { type PaminnelseDelivery, type PaminnelseEvent } from './paminnelse.events';

const given = deciderSpec(paminnelseDecider);
const metadata = systemMetadata('2023-05-01T06:00:00.000Z');

const mail: PaminnelseDelivery = {
  idempotencyKey: 'uppdrag.inkop.2023-04.p14.person-johan.epost',
  jobId: 'uppdrag.inkop.2023-04.p14',
  itemKind: 'uppdrag',
  itemId: 'inkop',
  period: '2023-04',
  deadline: '2023-05-15',
  kind: 'paminnelse',
  channel: 'epost',
  recipientPersonId: 'person-johan',
  address: 'johan@region.se',
};
const inbox: PaminnelseDelivery = {
  ...mail,
  idempotencyKey: 'uppdrag.inkop.2023-04.p14.person-johan.inkorg',
  channel: 'inkorg',
  address: null,
};
const key = mail.idempotencyKey;

const start = (d = mail): PaminnelseCommand => ({ type: 'StartPaminnelseSending', data: d, metadata });
const sent = (d = mail): PaminnelseCommand => ({
  type: 'RecordPaminnelseSent',
  data: { ...d, messageId: d.channel === 'epost' ? `<${d.idempotencyKey}@sparbar>` : null },
  metadata,
});
const failed: PaminnelseCommand = {
  type: 'RecordPaminnelseFailed',
  data: { idempotencyKey: key, reason: 'ECONNREFUSED' },
  metadata,
};

const started: PaminnelseEvent = { type: 'PaminnelseSendStarted', data: mail };
const mailSent: PaminnelseEvent = {
  type: 'PaminnelseSent',
  data: { ...mail, messageId: `<${key}@sparbar>` },
};
const mailFailed: PaminnelseEvent = {
  type: 'PaminnelseSendFailed',
  data: { idempotencyKey: key, reason: 'ECONNREFUSED' },
};

describe('an e-mail reminder', () => {
  it('is started before it is sent, and recorded once the mail server accepted it', () => {
    given([]).when(start()).then([started]);
    given([started]).when(sent()).then([mailSent]);
  });

  it('is not started again once sent: the log is checked before every send', () => {
    given([started, mailSent]).when(start()).thenNothing();
    given([started, mailSent]).when(sent()).thenNothing();
  });

  it('found started without an outcome (the sender died mid-send) is recorded uncertain and not resent', () => {
    given([started])
      .when(start())
      .then([
        {
          type: 'PaminnelseSendUncertain',
          data: {
            idempotencyKey: key,
            reason: 'Utskicket avbröts innan e-postservern svarade; skickas inte igen.',
          },
        },
      ]);
    const uncertain: PaminnelseEvent = {
      type: 'PaminnelseSendUncertain',
      data: { idempotencyKey: key, reason: 'x' },
    };
    given([started, uncertain]).when(start()).thenNothing();
  });

  it('may start again after the mail server refused it', () => {
    given([started]).when(failed).then([mailFailed]);
    given([started, mailFailed]).when(start()).then([started]);
  });

  it('records a failure only for a started sending', () => {
    given([]).when(failed).thenNothing();
    given([started, mailSent]).when(failed).thenNothing();
  });

  it('keys deliveries separately: another person or channel is another delivery', () => {
    const other = {
      ...mail,
      idempotencyKey: `${mail.jobId}.person-sara.epost`,
      recipientPersonId: 'person-sara',
    };
    given([started, mailSent])
      .when(start(other))
      .then([{ type: 'PaminnelseSendStarted', data: other }]);
  });

  it('refuses an unknown kind or channel', () => {
    given([])
      .when(start({ ...mail, kind: 'hot' as never }))
      .thenThrows('INVALID_VALUE', { field: 'data.kind' });
    given([])
      .when(start({ ...mail, channel: 'sms' as never }))
      .thenThrows('INVALID_VALUE', { field: 'data.channel' });
  });
});

describe('an inbox reminder', () => {
  it('needs no start: the event is the delivery, recorded once', () => {
    given([]).when(start(inbox)).thenNothing();
    const delivered: PaminnelseEvent = { type: 'PaminnelseSent', data: { ...inbox, messageId: null } };
    given([]).when(sent(inbox)).then([delivered]);
    given([delivered]).when(sent(inbox)).thenNothing();
  });
});

describe('a reminder about a delmål', () => {
  const delmalMail: PaminnelseDelivery = {
    ...mail,
    idempotencyKey: 'delmal.rs-2023-klimat.2023-T1.p14.person-ida.epost',
    jobId: 'delmal.rs-2023-klimat.2023-T1.p14',
    itemKind: 'delmal',
    itemId: 'rs-2023-klimat',
    period: '2023-T1',
    recipientPersonId: 'person-ida',
  };

  it('is recorded with its item kind, as an uppdrag’s is', () => {
    given([])
      .when(start(delmalMail))
      .then([{ type: 'PaminnelseSendStarted', data: delmalMail }]);
  });

  it('refuses an item kind that is neither', () => {
    given([])
      .when(start({ ...delmalMail, itemKind: 'indikator' as never }))
      .thenThrows('INVALID_VALUE', { field: 'data.itemKind' });
  });
});

describe('the stream of the deliveries about an item', () => {
  it('is the uppdrag’s as it always was, and one of its own for a delmål that no uppdrag id can name', () => {
    expect(paminnelseStreamOf('uppdrag', 'inkop')).toBe('paminnelse-inkop');
    expect(paminnelseStreamOf('delmal', 'klimat')).toBe('paminnelse-delmal.klimat');
    // `delmal-klimat` is a valid uppdrag id: with a '-' the two would share a stream.
    expect(paminnelseStreamOf('uppdrag', 'delmal-klimat')).not.toBe(paminnelseStreamOf('delmal', 'klimat'));
  });

  it('is read back to its item, and is no aggregate stream to parseStreamName', () => {
    expect(parsePaminnelseStream('paminnelse-inkop')).toEqual({ itemKind: 'uppdrag', itemId: 'inkop' });
    expect(parsePaminnelseStream('paminnelse-delmal-klimat')).toEqual({
      itemKind: 'uppdrag',
      itemId: 'delmal-klimat',
    });
    expect(parsePaminnelseStream('paminnelse-delmal.klimat')).toEqual({
      itemKind: 'delmal',
      itemId: 'klimat',
    });
    expect(parsePaminnelseStream('delmal-klimat')).toBeNull();
    expect(parsePaminnelseStream('paminnelse-')).toBeNull();
    expect(parseStreamName('paminnelse-delmal.klimat')).toBeNull();
  });
});

describe('a reminder about an uppsiktsärende or a kontrollmoment', () => {
  const uppsiktMail: PaminnelseDelivery = {
    ...mail,
    idempotencyKey: 'uppsiktsarende.hsn-vantetider.svar.p14.person-maria.epost',
    jobId: 'uppsiktsarende.hsn-vantetider.svar.p14',
    itemKind: 'uppsiktsarende',
    itemId: 'hsn-vantetider',
    period: 'svar',
    recipientPersonId: 'person-maria',
  };
  const kontrollMail: PaminnelseDelivery = {
    ...mail,
    idempotencyKey: 'kontrollmoment.hsn-2023.km-inkop.2023-T1.p14.person-maria.epost',
    jobId: 'kontrollmoment.hsn-2023.km-inkop.2023-T1.p14',
    itemKind: 'kontrollmoment',
    itemId: 'km-inkop',
    planId: 'hsn-2023',
    period: '2023-T1',
    recipientPersonId: 'person-maria',
  };

  it('is recorded with its item kind; a kontrollmoment with its plan', () => {
    given([])
      .when(start(uppsiktMail))
      .then([{ type: 'PaminnelseSendStarted', data: uppsiktMail }]);
    given([])
      .when(start(kontrollMail))
      .then([{ type: 'PaminnelseSendStarted', data: kontrollMail }]);
  });

  it('a kontrollmoment without its plan is refused; another kind carries no plan', () => {
    given([])
      .when(start({ ...kontrollMail, planId: undefined }))
      .thenThrows('INVALID_ID', { field: 'data.planId' });
    given([])
      .when(start({ ...uppsiktMail, planId: 'hsn-2023' }))
      .then([{ type: 'PaminnelseSendStarted', data: uppsiktMail }]);
  });

  it('goes to a stream of its own (a kontrollmoment’s: its plan’s), read back to the item', () => {
    expect(paminnelseStreamOf('uppsiktsarende', 'hsn-vantetider')).toBe('paminnelse-uppsikt.hsn-vantetider');
    expect(paminnelseStreamOf('kontrollmoment', 'hsn-2023')).toBe('paminnelse-internkontroll.hsn-2023');
    expect(parsePaminnelseStream('paminnelse-uppsikt.hsn-vantetider')).toEqual({
      itemKind: 'uppsiktsarende',
      itemId: 'hsn-vantetider',
    });
    expect(parsePaminnelseStream('paminnelse-internkontroll.hsn-2023')).toEqual({
      itemKind: 'kontrollmoment',
      itemId: 'hsn-2023',
    });
    expect(parsePaminnelseStream('paminnelse-uppsikt-x')).toEqual({
      itemKind: 'uppdrag',
      itemId: 'uppsikt-x',
    });
  });
});
