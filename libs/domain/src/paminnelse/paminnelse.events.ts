/**
 * The evidence that a reminder went out. Every delivery — one reminder or escalation, to one person,
 * on one channel — has an idempotency key, and all deliveries about an item live in one stream
 * (`paminnelse-<uppdragId>`, `paminnelse-delmal.<delmalId>`, `paminnelse-uppsikt.<arendeId>`, and per
 * internkontrollplan `paminnelse-internkontroll.<organId>-<year>`), so the decider sees every earlier
 * delivery of a key and optimistic concurrency on that stream lets only one writer record it. The names
 * are built and parsed in shared/streams.ts.
 *
 * An e-mail is sent between two events: `PaminnelseSendStarted` before the mail is handed to the
 * mail server and `PaminnelseSent` once the server accepted it. A start without either outcome means
 * the sender stopped in between; see paminnelse.decider.ts for what follows.
 */
import { type DomainEvent } from '../shared/decider';

export const PAMINNELSE_KINDS = ['paminnelse', 'eskalering'] as const;
/** A reminder before the deadline, or an escalation after it passed without a report. */
export type PaminnelseKind = (typeof PAMINNELSE_KINDS)[number];

/**
 * What a reminder is about: an uppdrag's report, a delmål's bedömning, the answer to an
 * uppsiktsärende, a kontrollmoment's result, or an åtgärd to be done.
 */
export const REMINDER_ITEM_KINDS = [
  'uppdrag',
  'delmal',
  'uppsiktsarende',
  'kontrollmoment',
  'atgard',
] as const;
export type ReminderItemKind = (typeof REMINDER_ITEM_KINDS)[number];

export const PAMINNELSE_CHANNELS = ['epost', 'inkorg'] as const;
export type PaminnelseChannel = (typeof PAMINNELSE_CHANNELS)[number];

/** One delivery, as recorded. */
export type PaminnelseDelivery = {
  /** `<jobId>.<recipientPersonId>.<channel>`: the same reminder to the same person on the same channel. */
  idempotencyKey: string;
  /** The scheduled job the delivery came from (`uppdrag.<id>.<period>.p14`, `delmal.…`, `….e`). */
  jobId: string;
  itemKind: ReminderItemKind;
  itemId: string;
  /**
   * A kontrollmoment's or an åtgärd's internkontrollplan (`hsn-2023`): their ids are unique within the
   * plan only. Absent for the other kinds.
   */
  planId?: string;
  /** The period owed ('2023-04', '2023-T1', a year '2023'; `svar` for an uppsiktsärende's answer). */
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  channel: PaminnelseChannel;
  recipientPersonId: string;
  /** The e-mail address written to; null in the inbox. */
  address: string | null;
};

export type PaminnelseSendStarted = DomainEvent<'PaminnelseSendStarted', PaminnelseDelivery>;

export type PaminnelseSent = DomainEvent<
  'PaminnelseSent',
  PaminnelseDelivery & {
    /** The e-mail's Message-ID (the key), so a copy found in a mailbox can be tied to this event. */
    messageId: string | null;
  }
>;

/** The mail server refused or could not be reached: nothing was delivered, a retry may start again. */
export type PaminnelseSendFailed = DomainEvent<
  'PaminnelseSendFailed',
  { idempotencyKey: string; reason: string }
>;

/** A sender stopped between start and outcome: whether the e-mail arrived is unknown; it is not resent. */
export type PaminnelseSendUncertain = DomainEvent<
  'PaminnelseSendUncertain',
  { idempotencyKey: string; reason: string }
>;

export type PaminnelseEvent =
  PaminnelseSendStarted | PaminnelseSent | PaminnelseSendFailed | PaminnelseSendUncertain;

export const PAMINNELSE_EVENT_TYPES = [
  'PaminnelseSendStarted',
  'PaminnelseSent',
  'PaminnelseSendFailed',
  'PaminnelseSendUncertain',
] as const satisfies readonly PaminnelseEvent['type'][];

export function idempotencyKeyOf(
  jobId: string,
  recipientPersonId: string,
  channel: PaminnelseChannel,
): string {
  return `${jobId}.${recipientPersonId}.${channel}`;
}
