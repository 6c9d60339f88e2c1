/**
 * Exactly once, as far as the log can make it so. The worker asks this decider before and after each
 * delivery; the command handler appends what it decides with the stream revision it read, so two
 * senders racing for the same key cannot both record it.
 *
 * - Start an e-mail: refused silently (no event) when the key was already sent or left uncertain.
 *   When an earlier start of the key has no outcome, the sender that started it stopped mid-send
 *   (killed, or the machine went down): the mail server may or may not have the message. Sending again
 *   could e-mail the person twice, so the key is recorded as uncertain and not sent again — the
 *   person still has the reminder in the inbox. A start after a failure is a retry and is allowed.
 * - Record a delivery: once per key; the inbox needs no start (the event is the delivery).
 * - Record a failure: only for a started key.
 */
import { type CommandMetadata } from '../shared/command-metadata';
import { type Decider, type DomainCommand } from '../shared/decider';
import { requireId, requireOneOf } from '../shared/validate';
import {
  PAMINNELSE_CHANNELS,
  PAMINNELSE_KINDS,
  type PaminnelseDelivery,
  REMINDER_ITEM_KINDS,
  type PaminnelseEvent,
  type ReminderItemKind,
} from './paminnelse.events';

export type StartPaminnelseSending = DomainCommand<'StartPaminnelseSending', PaminnelseDelivery>;
export type RecordPaminnelseSent = DomainCommand<
  'RecordPaminnelseSent',
  PaminnelseDelivery & { messageId: string | null }
>;
export type RecordPaminnelseFailed = DomainCommand<
  'RecordPaminnelseFailed',
  { idempotencyKey: string; reason: string }
>;
export type PaminnelseCommand = StartPaminnelseSending | RecordPaminnelseSent | RecordPaminnelseFailed;

export type DeliveryState = 'started' | 'sent' | 'failed' | 'uncertain';

/** Per idempotency key, how its delivery stands. */
export type PaminnelseState = { deliveries: Readonly<Record<string, DeliveryState>> };

export function initialPaminnelseState(): PaminnelseState {
  return { deliveries: {} };
}

export function evolvePaminnelse(state: PaminnelseState, event: PaminnelseEvent): PaminnelseState {
  const key = event.data.idempotencyKey;
  const next: DeliveryState = {
    PaminnelseSendStarted: 'started' as const,
    PaminnelseSent: 'sent' as const,
    PaminnelseSendFailed: 'failed' as const,
    PaminnelseSendUncertain: 'uncertain' as const,
  }[event.type];
  // An outcome already known is not undone by a later event about the same key.
  const current = state.deliveries[key];
  if (current === 'sent' || (current === 'uncertain' && next !== 'sent')) return state;
  return { deliveries: { ...state.deliveries, [key]: next } };
}

export function decidePaminnelse(command: PaminnelseCommand, state: PaminnelseState): PaminnelseEvent[] {
  const key = command.data.idempotencyKey;
  const current: DeliveryState | undefined = state.deliveries[key];
  switch (command.type) {
    case 'StartPaminnelseSending': {
      const delivery = validDelivery(command.data);
      if (delivery.channel !== 'epost') return [];
      if (current === 'sent' || current === 'uncertain') return [];
      if (current === 'started') {
        return [
          {
            type: 'PaminnelseSendUncertain',
            data: {
              idempotencyKey: key,
              reason: 'Utskicket avbröts innan e-postservern svarade; skickas inte igen.',
            },
          },
        ];
      }
      return [{ type: 'PaminnelseSendStarted', data: delivery }];
    }
    case 'RecordPaminnelseSent': {
      const { messageId, ...rest } = command.data;
      const delivery = validDelivery(rest);
      if (current === 'sent') return [];
      return [{ type: 'PaminnelseSent', data: { ...delivery, messageId: messageId ?? null } }];
    }
    case 'RecordPaminnelseFailed':
      if (current !== 'started') return [];
      return [{ type: 'PaminnelseSendFailed', data: { idempotencyKey: key, reason: command.data.reason } }];
  }
}

/** Copies exactly the fields of a delivery, so no stray field of a command ends up in the log. */
function validDelivery(data: PaminnelseDelivery): PaminnelseDelivery {
  const itemKind = requireOneOf(data.itemKind, REMINDER_ITEM_KINDS, 'data.itemKind', 'Slaget av sak');
  return {
    idempotencyKey: data.idempotencyKey,
    jobId: data.jobId,
    itemKind,
    itemId: requireId(data.itemId, 'data.itemId', ITEM_LABELS[itemKind]),
    // Only a kontrollmoment and an åtgärd name their plan; for the other kinds the field is left out, as before.
    ...(itemKind === 'kontrollmoment' || itemKind === 'atgard'
      ? { planId: requireId(data.planId, 'data.planId', 'Internkontrollplanen') }
      : {}),
    period: data.period,
    deadline: data.deadline,
    kind: requireOneOf(data.kind, PAMINNELSE_KINDS, 'data.kind', 'Slaget av påminnelse'),
    channel: requireOneOf(data.channel, PAMINNELSE_CHANNELS, 'data.channel', 'Kanalen'),
    recipientPersonId: requireId(data.recipientPersonId, 'data.recipientPersonId', 'Mottagaren'),
    address: data.address ?? null,
  };
}

const ITEM_LABELS: Record<ReminderItemKind, string> = {
  uppdrag: 'Uppdraget',
  delmal: 'Delmålet',
  uppsiktsarende: 'Uppsiktsärendet',
  kontrollmoment: 'Kontrollmomentet',
  atgard: 'Åtgärden',
};

export const paminnelseDecider: Decider<PaminnelseCommand, PaminnelseEvent, PaminnelseState> = {
  initialState: initialPaminnelseState,
  evolve: evolvePaminnelse,
  decide: decidePaminnelse,
};

/** The metadata the reminder worker sends its commands with: a system actor, the worker's clock. */
export function systemMetadata(now: string): CommandMetadata {
  return { actor: { personId: PAMINNELSE_ACTOR, roles: [] }, now, recordedAt: now };
}

export const PAMINNELSE_ACTOR = 'system-paminnelser';
