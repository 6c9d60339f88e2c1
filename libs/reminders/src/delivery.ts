/**
 * What happens when a reminder's time comes. The job is checked against the present, not the past
 * that scheduled it (due-now.ts: its item is read from its stream and planned again; it is delivered
 * only if it is still in the plan), and recipients are found now.
 *
 * Each delivery goes through the paminnelse decider with optimistic concurrency, so the log decides
 * whether it may happen: the inbox delivery is the event itself (exactly once); an e-mail is
 * recorded as started before it is handed to the mail server and as sent after. A worker killed in
 * between leaves a start without outcome; the retry records it as uncertain instead of mailing again.
 * The residual window: a kill after the server accepted the mail and before `PaminnelseSent` is
 * written gives one e-mail and an "uncertain" entry; a kill after the start and before the server
 * took the mail gives no e-mail (the inbox still has it). Never two.
 */
import {
  Application,
  recordPaminnelseFailed,
  recordPaminnelseSent,
  startPaminnelseSending,
  type WriteContext,
} from '@sparbar/application';
import {
  idempotencyKeyOf,
  type PaminnelseChannel,
  type PaminnelseDelivery,
  PAMINNELSE_ACTOR,
  type ReminderItemKind,
  type ReminderSettings,
  type ReportingCalendar,
} from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { dueNow } from './due-now';
import { certainlyNotSent, type Mailer, messageIdOf } from './mailer';
import { type ReminderModel } from './reminder-model';
import { type ReminderJob } from './reminder-queue';
import { type ReminderText } from './reminder-text';

export interface DeliveryOptions {
  store: EventStore;
  model: ReminderModel;
  settings: ReminderSettings;
  calendar?: ReportingCalendar;
  mailer?: Mailer;
  clock: () => Date;
  baseUrl: string;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** The reminders' own actor; a delivery's events are tied together by the job that made them. */
function asReminders(delivery: PaminnelseDelivery): WriteContext {
  return { actor: { personId: PAMINNELSE_ACTOR, roles: [] }, requestId: delivery.jobId };
}

export type DeliveryOutcome = { delivered: number; skipped: string | null };

export class ReminderDelivery {
  private readonly app: Application;

  constructor(private readonly options: DeliveryOptions) {
    this.app = Application.live(options.store, options.clock);
  }

  async deliver(job: ReminderJob): Promise<DeliveryOutcome> {
    const { model } = this.options;
    const now = this.options.clock().toISOString();
    const due = await dueNow(this.options, job, now);
    if (typeof due === 'string') return { delivered: 0, skipped: due };

    const item = itemOf(job);
    let delivered = 0;
    for (const personId of due.recipients) {
      const person = model.people.get(personId)!;
      delivered += await this.record(this.delivery(job, personId, 'inkorg', null), null);
      if (this.options.mailer && person.epost) {
        const delivery = this.delivery(job, personId, 'epost', person.epost);
        delivered += await this.mail(delivery, due.text(person.namn));
      }
    }
    this.options.log?.('påminnelse levererad', {
      jobId: job.jobId,
      ...item,
      recipients: due.recipients,
      delivered,
    });
    return { delivered, skipped: null };
  }

  private async mail(delivery: PaminnelseDelivery, text: ReminderText): Promise<number> {
    const started = await this.written(
      startPaminnelseSending(this.app, delivery, delivery, asReminders(delivery)),
    );
    if (started[0]?.type !== 'PaminnelseSendStarted') return 0;
    const messageId = messageIdOf(delivery.idempotencyKey);
    try {
      await this.options.mailer!.send({ to: delivery.address!, ...text, messageId });
    } catch (error) {
      // A refusal is recorded so that the retry may send; an unclear end is left started, and the
      // retry records it as uncertain rather than risk a second e-mail.
      if (certainlyNotSent(error)) {
        const reason = (error as Error).message?.slice(0, 500) || String(error);
        const failed = { idempotencyKey: delivery.idempotencyKey, reason };
        await recordPaminnelseFailed(this.app, delivery, failed, asReminders(delivery));
      }
      throw error;
    }
    return this.record(delivery, messageId);
  }

  private async record(delivery: PaminnelseDelivery, messageId: string | null): Promise<number> {
    const events = await this.written(
      recordPaminnelseSent(this.app, delivery, { ...delivery, messageId }, asReminders(delivery)),
    );
    return events.length;
  }

  private async written(result: Promise<{ events: readonly { type: string }[] }>) {
    return (await result).events;
  }

  private delivery(
    job: ReminderJob,
    personId: string,
    channel: PaminnelseChannel,
    address: string | null,
  ): PaminnelseDelivery {
    return {
      idempotencyKey: idempotencyKeyOf(job.jobId, personId, channel),
      jobId: job.jobId,
      ...itemOf(job),
      period: job.period,
      deadline: job.deadline,
      kind: job.kind,
      channel,
      recipientPersonId: personId,
      address,
    };
  }
}

function itemOf(job: ReminderJob): { itemKind: ReminderItemKind; itemId: string; planId?: string } {
  switch (job.itemKind) {
    case 'delmal':
      return { itemKind: 'delmal', itemId: job.delmalId };
    case 'uppsiktsarende':
      return { itemKind: 'uppsiktsarende', itemId: job.arendeId };
    case 'kontrollmoment':
      return { itemKind: 'kontrollmoment', itemId: job.kontrollmomentId, planId: job.planId };
    case 'atgard':
      return { itemKind: 'atgard', itemId: job.atgardId, planId: job.planId };
    default:
      return { itemKind: 'uppdrag', itemId: job.uppdragId };
  }
}
