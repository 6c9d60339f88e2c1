/**
 * Whether a job is still due when its time comes, and to whom with which text. The job is checked
 * against the present, not the past that scheduled it: its item — uppdrag, delmål, uppsiktsärende or
 * internkontrollplan — is read from its stream (the model may lag the log by a moment) and planned
 * again, and the job is due only if it is still in that plan (still open; report, bedömning, answer or
 * result still missing; deadline not passed for a reminder; the period not adopted by the organs
 * that owe it). Recipients are found now (the current ansvarig, the secretaries of today).
 */
import {
  ATGARD_STATUS_LABELS,
  businessDateOf,
  DEFAULT_REPORTING_CALENDAR,
  delmalRecipientsOf,
  delmalStream,
  adoptedPeriodsSettling,
  faststallelseStream,
  internkontrollplanStream,
  kontrollmomentRecipientsOf,
  owingAfterAdoption,
  parseInternkontrollPlanId,
  planAtgardReminders,
  planDelmalReminders,
  planKontrollmomentReminders,
  partsOwing,
  planReminders,
  planUppsiktReminders,
  recipientsOf,
  reportOrgansOf,
  type ReminderSettings,
  type ReportingCalendar,
  type UppdragEvent,
  uppdragStream,
  UPPSIKTSARENDE_KIND_LABELS,
  uppsiktRecipientsOf,
  uppsiktsarendeStream,
} from '@sparbar/domain';
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import {
  delmalReminderItemOf,
  evolveDelmalFacts,
  evolveFacts,
  type ReminderModel,
  reminderItemOf,
  type UppdragFacts,
} from './reminder-model';
import {
  atgardReminderItemOf,
  evolveInternkontrollFacts,
  evolveUppsiktFacts,
  type InternkontrollFacts,
  kontrollmomentReminderItemOf,
  uppsiktReminderItemOf,
} from './oversight-facts';
import { type ReminderJob } from './reminder-queue';
import { atgardReminderText, kontrollmomentReminderText, uppsiktReminderText } from './oversight-text';
import { delmalReminderText, type ReminderText, reminderText } from './reminder-text';

/** What finding out needs: the log, the people, the plan's settings, where the links point. */
export interface DueContext {
  store: EventStore;
  model: ReminderModel;
  settings: ReminderSettings;
  calendar?: ReportingCalendar;
  baseUrl: string;
}

/** A job found still planned, with whom to tell and, per recipient, the e-mail to write. */
export type Due = { recipients: string[]; text: (recipientName: string) => ReminderText };

/** The job's recipients and text if it is still due now, else why not (in Swedish, for the log). */
export async function dueNow(ctx: DueContext, job: ReminderJob, now: string): Promise<Due | string> {
  switch (job.itemKind) {
    case 'delmal':
      return delmalDue(ctx, job, now);
    case 'uppsiktsarende':
      return uppsiktDue(ctx, job, now);
    case 'kontrollmoment':
      return kontrollmomentDue(ctx, job, now);
    case 'atgard':
      return atgardDue(ctx, job, now);
    default:
      // A job queued before delmål had reminders has no itemKind: it is an uppdrag's.
      return uppdragDue(ctx, job, now);
  }
}

/**
 * The ärende's job if still planned (open, unanswered): to the organ's secretaries, or for an
 * escalation regionstyrelsen's.
 */
async function uppsiktDue(
  ctx: DueContext,
  job: Extract<ReminderJob, { itemKind: 'uppsiktsarende' }>,
  now: string,
): Promise<Due | string> {
  const { model, settings } = ctx;
  const facts = await current(ctx, uppsiktsarendeStream(job.arendeId), evolveUppsiktFacts);
  if (!facts) return 'uppsiktsärendet finns inte';
  const plan = planUppsiktReminders(uppsiktReminderItemOf(facts), now, settings);
  if (!plan.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
  return {
    recipients: uppsiktRecipientsOf(job.kind, facts.state, model.people.values(), settings),
    text: (recipientName) =>
      uppsiktReminderText({
        kind: job.kind,
        recipientName,
        arendeText: facts.text,
        arendeKindLabel: UPPSIKTSARENDE_KIND_LABELS[facts.kind],
        arendeId: job.arendeId,
        deadline: job.deadline,
        daysLeft: daysBetween(businessDateOf(now), job.deadline),
        baseUrl: ctx.baseUrl,
      }),
  };
}

/** The åtgärd's job if still planned (not klar, due date ahead): to its responsible, else the secretaries. */
async function atgardDue(
  ctx: DueContext,
  job: Extract<ReminderJob, { itemKind: 'atgard' }>,
  now: string,
): Promise<Due | string> {
  const plan = parseInternkontrollPlanId(job.planId);
  const facts = plan
    ? await current(ctx, internkontrollplanStream(plan.organId, plan.year), evolveInternkontrollFacts)
    : undefined;
  const atgard = facts?.atgarder.get(job.atgardId);
  if (!plan || !facts || !atgard) return 'åtgärden finns inte';
  const planned = planAtgardReminders(atgardReminderItemOf(facts), now, ctx.settings);
  if (!planned.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
  const who = { organId: plan.organId, vem: atgard.ansvarigPersonId };
  const recipients = kontrollmomentRecipientsOf(job.kind, who, ctx.model.people.values(), ctx.settings);
  const status = facts.state.atgarder[job.atgardId]?.status ?? 'planerad';
  return {
    recipients,
    text: (recipientName) =>
      atgardReminderText({
        recipientName,
        responsible: recipients.includes(atgard.ansvarigPersonId),
        text: atgard.text,
        statusLabel: ATGARD_STATUS_LABELS[status],
        vad: facts.kontrollmoment.get(atgard.kontrollmomentId)?.vad ?? atgard.kontrollmomentId,
        organId: plan.organId,
        year: plan.year,
        atgardId: job.atgardId,
        period: job.period,
        deadline: job.deadline,
        daysLeft: daysBetween(businessDateOf(now), job.deadline),
        baseUrl: ctx.baseUrl,
      }),
  };
}

/**
 * The kontrollmoment's job if still planned (plan adopted, no result): to whoever it names, else the
 * nämnd's secretaries.
 */
async function kontrollmomentDue(
  ctx: DueContext,
  job: Extract<ReminderJob, { itemKind: 'kontrollmoment' }>,
  now: string,
): Promise<Due | string> {
  const { model, settings } = ctx;
  const plan = parseInternkontrollPlanId(job.planId);
  if (!plan) return 'internkontrollplanen finns inte';
  const facts = await current<InternkontrollFacts>(
    ctx,
    internkontrollplanStream(plan.organId, plan.year),
    evolveInternkontrollFacts,
  );
  const moment = facts?.kontrollmoment.get(job.kontrollmomentId);
  if (!facts || !moment) return 'kontrollmomentet finns inte';
  const planned = planKontrollmomentReminders(
    kontrollmomentReminderItemOf(facts),
    now,
    settings,
    calendarOf(ctx),
  );
  if (!planned.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
  const recipients = kontrollmomentRecipientsOf(
    job.kind,
    { organId: plan.organId, vem: moment.vem },
    model.people.values(),
    settings,
  );
  return {
    recipients,
    text: (recipientName) =>
      kontrollmomentReminderText({
        kind: job.kind,
        recipientName,
        responsible: job.kind === 'paminnelse' && recipients.includes(moment.vem),
        ...moment,
        organId: plan.organId,
        year: plan.year,
        kontrollmomentId: job.kontrollmomentId,
        period: job.period,
        deadline: job.deadline,
        daysLeft: daysBetween(businessDateOf(now), job.deadline),
        baseUrl: ctx.baseUrl,
      }),
  };
}

/** The uppdrag's job if still planned: to its ansvarig, or for an escalation its organs' secretaries. */
async function uppdragDue(
  ctx: DueContext,
  job: Extract<ReminderJob, { uppdragId: string }>,
  now: string,
): Promise<Due | string> {
  const { model, settings } = ctx;
  const facts = await current(ctx, uppdragStream(job.uppdragId), (f: UppdragFacts | undefined, e) =>
    evolveFacts(f, { type: e.type, data: e.data } as unknown as UppdragEvent),
  );
  if (!facts) return 'uppdraget finns inte';
  const plan = planReminders(reminderItemOf(facts), now, settings, calendarOf(ctx));
  if (!plan.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
  const parts = partsOwing(facts.state, job.period);
  const adopted = await adoptedOrgans(ctx, facts.state.riktasTill, job.period);
  const stillOwing = owingAfterAdoption(parts ?? reportOrgansOf(facts.state, null), adopted);
  if (stillOwing.length === 0) return 'perioden är fastställd';
  const ansvarig = model.people.get(facts.state.ansvarigPersonId);
  return {
    // A joint uppdrag's reminder goes to the organs whose part is missing (and not adopted) only.
    recipients: recipientsOf(
      job.kind,
      { ...facts.state, owing: parts === null ? null : stillOwing },
      model.people.values(),
      settings,
    ),
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
        baseUrl: ctx.baseUrl,
      }),
  };
}

/** The delmål's job if still planned (open, tertial not assessed): to its nämnd's secretaries. */
async function delmalDue(
  ctx: DueContext,
  job: Extract<ReminderJob, { itemKind: 'delmal' }>,
  now: string,
): Promise<Due | string> {
  const { model, settings } = ctx;
  const facts = await current(ctx, delmalStream(job.delmalId), evolveDelmalFacts);
  if (!facts) return 'delmålet finns inte';
  const plan = planDelmalReminders(delmalReminderItemOf(facts), now, settings, calendarOf(ctx));
  if (!plan.some((p) => p.jobId === job.jobId)) return 'inte längre aktuell';
  const adopted = await adoptedOrgans(ctx, [facts.state.organId], job.period);
  if (adopted.size > 0) return 'perioden är fastställd';
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
        baseUrl: ctx.baseUrl,
      }),
  };
}

/**
 * The organs among these that have adopted their report for the period, or for the tertial a month lies
 * in (faststallelse/).
 */
async function adoptedOrgans(
  ctx: DueContext,
  organIds: readonly string[],
  period: string,
): Promise<Set<string>> {
  const settling = adoptedPeriodsSettling(period);
  const adopted = await Promise.all(
    organIds.map(async (organId) => {
      for (const p of settling) {
        const events = await ctx.store.readStream(faststallelseStream(organId, p));
        if (events.some((e) => e.type === 'PeriodReportAdopted')) return organId;
      }
      return null;
    }),
  );
  return new Set(adopted.filter((o): o is string => o !== null));
}

function calendarOf(ctx: DueContext): ReportingCalendar {
  return ctx.calendar ?? DEFAULT_REPORTING_CALENDAR;
}

/** An item's facts as its stream says now. */
async function current<F>(
  ctx: DueContext,
  stream: string,
  evolve: (facts: F | undefined, event: StoredEvent) => F | undefined,
): Promise<F | undefined> {
  let facts: F | undefined;
  for (const e of await ctx.store.readStream(stream)) facts = evolve(facts, e);
  return facts;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
