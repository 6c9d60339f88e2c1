/**
 * What happens when a reminder's time comes. The job is checked against the present, not the past
 * that scheduled it: the uppdrag or delmål is read from its stream and planned again, and the job is
 * delivered only if it is still in the plan (still open, report or bedömning still missing, deadline
 * not passed for a reminder). Recipients are found now (the current ansvarig; the secretaries of today).
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
  delmalRecipientsOf,
  delmalStream,
  idempotencyKeyOf,
  type PaminnelseChannel,
  type PaminnelseCommand,
  paminnelseDecider,
  type PaminnelseDelivery,
  type PaminnelseEvent,
  PAMINNELSE_ACTOR,
  type PaminnelseState,
  paminnelseStreamOf,
  planDelmalReminders,
  planReminders,
  recipientsOf,
  type ReminderItemKind,
  type ReminderSettings,
  type ReportingCalendar,
  type UppdragEvent,
  uppdragStream,
} from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { certainlyNotSent, type Mailer, messageIdOf } from './mailer';
import {
  delmalReminderItemOf,
  evolveDelmalFacts,
  evolveFacts,
  type DelmalFacts,
  type ReminderModel,
  reminderItemOf,
  type UppdragFacts,
} from './reminder-model';
import { type ReminderJob } from './reminder-queue';
import { delmalReminderText, type ReminderText, reminderText } from './reminder-text';

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

/** A job found still planned, with whom to tell and, per recipient, the e-mail to write. */
type Due = { recipients: string[]; text: (recipientName: string) => ReminderText };

export class ReminderDelivery {
  private readonly commands: CommandHandler;

  constructor(private readonly options: DeliveryOptions) {
    this.commands = new CommandHandler(options.store, options.clock);
  }

  async deliver(job: ReminderJob): Promise<DeliveryOutcome> {
    const { model } = this.options;
    const now = this.options.clock().toISOString();
    // A job queued before delmål had reminders has no itemKind: it is an uppdrag's.
    const due = job.itemKind === 'delmal' ? await this.delmalDue(job, now) : await this.uppdragDue(job, now);
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

  /** The uppdrag's job if still planned: to its ansvarig, or for an escalation its organs' secretaries. */
  private async uppdragDue(
    job: Extract<ReminderJob, { uppdragId: string }>,
    now: string,
  ): Promise<Due | string> {
    const { model, settings } = this.options;
    const facts = await this.currentFacts(job.uppdragId);
    if (!facts) return 'uppdraget finns inte';
    const plan = planReminders(reminderItemOf(facts), now, settings, this.calendar());
    if (!plan.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
    const ansvarig = model.people.get(facts.state.ansvarigPersonId);
    return {
      recipients: recipientsOf(job.kind, facts.state, model.people.values(), settings),
      text: (recipientName) =>
        reminderText({
          kind: job.kind,
          recipientName,
          uppdragText: facts.text,
          uppdragId: job.uppdragId,
          period: job.period,
          deadline: job.deadline,
          ansvarigName: ansvarig?.namn ?? facts.state.ansvarigPersonId,
          daysLeft: daysBetween(businessDateOf(now), job.deadline),
          baseUrl: this.options.baseUrl,
        }),
    };
  }

  /** The delmål's job if still planned (open, tertial not assessed): to its nämnd's secretaries. */
  private async delmalDue(
    job: Extract<ReminderJob, { itemKind: 'delmal' }>,
    now: string,
  ): Promise<Due | string> {
    const { model, settings } = this.options;
    const facts = await this.currentDelmalFacts(job.delmalId);
    if (!facts) return 'delmålet finns inte';
    const plan = planDelmalReminders(delmalReminderItemOf(facts), now, settings, this.calendar());
    if (!plan.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
    return {
      recipients: delmalRecipientsOf(job.kind, facts.state, model.people.values(), settings),
      text: (recipientName) =>
        delmalReminderText({
          kind: job.kind,
          recipientName,
          delmalText: facts.text,
          delmalId: job.delmalId,
          period: job.period,
          deadline: job.deadline,
          daysLeft: daysBetween(businessDateOf(now), job.deadline),
          baseUrl: this.options.baseUrl,
        }),
    };
  }

  private async mail(delivery: PaminnelseDelivery, text: ReminderText): Promise<number> {
    const started = await this.decide({ type: 'StartPaminnelseSending', data: delivery }, delivery);
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
          delivery,
        );
      }
      throw error;
    }
    return this.record(delivery, messageId);
  }

  private async record(delivery: PaminnelseDelivery, messageId: string | null): Promise<number> {
    const events = await this.decide(
      { type: 'RecordPaminnelseSent', data: { ...delivery, messageId } },
      delivery,
    );
    return events.length;
  }

  /** Decides on the stream of the deliveries about the item (one per uppdrag, one per delmål). */
  private async decide(
    command: Omit<PaminnelseCommand, 'metadata'>,
    about: Pick<PaminnelseDelivery, 'itemKind' | 'itemId'>,
  ): Promise<PaminnelseEvent[]> {
    const result = await this.commands.handle<PaminnelseCommand, PaminnelseEvent, PaminnelseState>(
      paminnelseDecider,
      paminnelseStreamOf(about.itemKind, about.itemId),
      { ...command, metadata: { actor: { personId: PAMINNELSE_ACTOR, roles: [] } } } as never,
    );
    return result.events as unknown as PaminnelseEvent[];
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

  private calendar(): ReportingCalendar {
    return this.options.calendar ?? DEFAULT_REPORTING_CALENDAR;
  }

  /** The uppdrag as its stream says now: the model may lag the log by a moment. */
  private async currentFacts(uppdragId: string): Promise<UppdragFacts | undefined> {
    const events = await this.options.store.readStream(uppdragStream(uppdragId));
    let facts: UppdragFacts | undefined;
    for (const e of events)
      facts = evolveFacts(facts, { type: e.type, data: e.data } as unknown as UppdragEvent);
    return facts;
  }

  /** The delmål as its stream says now. */
  private async currentDelmalFacts(delmalId: string): Promise<DelmalFacts | undefined> {
    const events = await this.options.store.readStream(delmalStream(delmalId));
    let facts: DelmalFacts | undefined;
    for (const e of events) facts = evolveDelmalFacts(facts, e);
    return facts;
  }
}

function itemOf(job: ReminderJob): { itemKind: ReminderItemKind; itemId: string } {
  return job.itemKind === 'delmal'
    ? { itemKind: 'delmal', itemId: job.delmalId }
    : { itemKind: 'uppdrag', itemId: job.uppdragId };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
