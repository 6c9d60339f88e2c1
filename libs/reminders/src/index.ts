/** Reminders before deadlines (reports, bedömningar, answers, kontrollresultat) and escalations after, scheduled from the log. */
export { BullReminderQueue, REMINDER_QUEUE_NAME } from './bullmq-queue';
export { ReminderDelivery, type DeliveryOutcome } from './delivery';
export { InProcessReminderQueue } from './in-process-queue';
export { inkorgAmnenProjection } from './inkorg-amnen.projection';
export { inkorgProjection } from './inkorg.projection';
export { inkorgFaststalldaProjection } from './inkorg-faststallda.projection';
export {
  INKORG_CURSOR_PATTERN,
  inkorgOf,
  type InkorgEntry,
  type InkorgPage,
  InkorgQueryError,
  type InkorgSearch,
} from './inkorg.queries';
export { type Mailer, type OutgoingMail, SmtpMailer, messageIdOf } from './mailer';
export { type ReminderConfig, reminderConfigFrom } from './reminder-config';
export { atgardReminderItemOf, kontrollmomentReminderItemOf, uppsiktReminderItemOf } from './oversight-facts';
export { delmalReminderItemOf, ReminderModel, reminderItemOf } from './reminder-model';
export { type ReminderJob, type ReminderQueue } from './reminder-queue';
export {
  atgardReminderSubject,
  atgardReminderText,
  kontrollmomentReminderSubject,
  kontrollmomentReminderText,
  uppsiktReminderSubject,
  uppsiktReminderText,
} from './oversight-text';
export { delmalReminderSubject, delmalReminderText, reminderSubject, reminderText } from './reminder-text';
export { type RemindersOptions, type RunningReminders, startReminders } from './reminders';
export { ScheduleDriver, type RebuildResult } from './schedule-driver';
export { SleepingReminders, type SleepingRemindersOptions } from './sleeping-reminders';
