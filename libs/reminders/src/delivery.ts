/**
 * What happens when a reminder's time comes. The job is checked against the present, not the past
 * that scheduled it: the uppdrag is read from its stream and planned again, and the job is delivered
 * only if it is still in the plan (still active, report still missing, deadline not passed for a
 * reminder). Recipients are found now (the current ansvarig; the secretaries of today).
 *
 * Each delivery goes through the paminnelse decider with optimistic concurrency, so the log decides
 * whether it may happen: the inbox delivery is the event itself (exactly once); an e-mail is
 * recorded as started before it is handed to the mail server and as sent after. A worker killed in
 * between leaves a start without outcome; the retry records it as uncertain instead of mailing again.
 * The residual window: a kill after the server accepted the mail and before `PaminnelseSent` is
 * written gives one e-mail and an "uncertain" entry; a kill after the start and before the server
 * took the mail gives no e-mail (the inbox still has it). Never two.
 */
import { CommandHandler } from '@sparbar/application/command-handler';
import {
  businessDateOf,
  DEFAULT_REPORTING_CALENDAR,
  idempotencyKeyOf,
  type PaminnelseChannel,
  type PaminnelseCommand,
  paminnelseDecider,
  type PaminnelseDelivery,
  type PaminnelseEvent,
  paminnelseStream,
  PAMINNELSE_ACTOR,
  type PaminnelseState,
  type PlannedReminder,
  planReminders,
  recipientsOf,
  type ReminderSettings,
  type ReportingCalendar,
  type UppdragEvent,
  uppdragStream,
} from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { certainlyNotSent, type Mailer, messageIdOf } from './mailer';
import { evolveFacts, type ReminderModel, reminderItemOf, type UppdragFacts } from './reminder-model';
import { reminderText } from './reminder-text';

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

export type DeliveryOutcome = { delivered: number; skipped: string | null };

export class ReminderDelivery {
  private readonly commands: CommandHandler;

  constructor(private readonly options: DeliveryOptions) {
    this.commands = new CommandHandler(options.store, options.clock);
  }

  async deliver(job: PlannedReminder): Promise<DeliveryOutcome> {
    const { model, settings, clock } = this.options;
    const facts = await this.currentFacts(job.uppdragId);
    if (!facts) return { delivered: 0, skipped: 'uppdraget finns inte' };
    const now = clock().toISOString();
    const plan = planReminders(
      reminderItemOf(facts),
      now,
      settings,
      this.options.calendar ?? DEFAULT_REPORTING_CALENDAR,
    );
    if (!plan.some((p) => p.jobId === job.jobId)) return { delivered: 0, skipped: 'inte längre aktuell' };

    const recipients = recipientsOf(job.kind, facts.state, model.people.values(), settings);
    let delivered = 0;
    for (const personId of recipients) {
      const person = model.people.get(personId)!;
      delivered += await this.record(this.delivery(job, personId, 'inkorg', null), null);
      if (this.options.mailer && person.epost) {
        const ansvarig = model.people.get(facts.state.ansvarigPersonId);
        const text = reminderText({
          kind: job.kind,
          recipientName: person.namn,
          uppdragText: facts.text,
          uppdragId: job.uppdragId,
          period: job.period,
          deadline: job.deadline,
          ansvarigName: ansvarig?.namn ?? facts.state.ansvarigPersonId,
          daysLeft: daysBetween(businessDateOf(now), job.deadline),
          baseUrl: this.options.baseUrl,
        });
        delivered += await this.mail(this.delivery(job, personId, 'epost', person.epost), text);
      }
    }
    this.options.log?.('påminnelse levererad', { jobId: job.jobId, recipients, delivered });
    return { delivered, skipped: null };
  }

  private async mail(delivery: PaminnelseDelivery, text: { subject: string; text: string }): Promise<number> {
    const started = await this.decide({ type: 'StartPaminnelseSending', data: delivery }, delivery.itemId);
    if (started[0]?.type !== 'PaminnelseSendStarted') return 0;
    const messageId = messageIdOf(delivery.idempotencyKey);
    try {
      await this.options.mailer!.send({ to: delivery.address!, ...text, messageId });
    } catch (error) {
      // A refusal is recorded so that the retry may send; an unclear end is left started, and the
      // retry records it as uncertain rather than risk a second e-mail.
      if (certainlyNotSent(error)) {
        const reason = (error as Error).message?.slice(0, 500) || String(error);
        await this.decide(
          { type: 'RecordPaminnelseFailed', data: { idempotencyKey: delivery.idempotencyKey, reason } },
          delivery.itemId,
        );
      }
      throw error;
    }
    return this.record(delivery, messageId);
  }

  private async record(delivery: PaminnelseDelivery, messageId: string | null): Promise<number> {
    const events = await this.decide(
      { type: 'RecordPaminnelseSent', data: { ...delivery, messageId } },
      delivery.itemId,
    );
    return events.length;
  }

  private async decide(
    command: Omit<PaminnelseCommand, 'metadata'>,
    uppdragId: string,
  ): Promise<PaminnelseEvent[]> {
    const result = await this.commands.handle<PaminnelseCommand, PaminnelseEvent, PaminnelseState>(
      paminnelseDecider,
      paminnelseStream(uppdragId),
      { ...command, metadata: { actor: { personId: PAMINNELSE_ACTOR, roles: [] } } } as never,
    );
    return result.events as unknown as PaminnelseEvent[];
  }

  private delivery(
    job: PlannedReminder,
    personId: string,
    channel: PaminnelseChannel,
    address: string | null,
  ): PaminnelseDelivery {
    return {
      idempotencyKey: idempotencyKeyOf(job.jobId, personId, channel),
      jobId: job.jobId,
      itemKind: 'uppdrag',
      itemId: job.uppdragId,
      period: job.period,
      deadline: job.deadline,
      kind: job.kind,
      channel,
      recipientPersonId: personId,
      address,
    };
  }

  /** The uppdrag as its stream says now: the model may lag the log by a moment. */
  private async currentFacts(uppdragId: string): Promise<UppdragFacts | undefined> {
    const events = await this.options.store.readStream(uppdragStream(uppdragId));
    let facts: UppdragFacts | undefined;
    for (const e of events)
      facts = evolveFacts(facts, { type: e.type, data: e.data } as unknown as UppdragEvent);
    return facts;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
