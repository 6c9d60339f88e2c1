/**
 * Where planned reminders wait for their time. Two implementations with one contract: BullMQ on
 * Redis (bullmq-queue.ts) and timers in this process when there is no Redis (in-process-queue.ts).
 * The driver adds and removes jobs by their deterministic ids; adding an id already there does
 * nothing. The epoch marks one build of the schedule: a queue whose epoch is gone (Redis restarted
 * empty) must be rebuilt from the log.
 */
import {
  type PlannedAtgardReminder,
  type PlannedDelmalReminder,
  type PlannedKontrollmomentReminder,
  type PlannedReminder,
  type PlannedUppsiktReminder,
} from '@sparbar/domain';

/**
 * A job: the reminder of an uppdrag's report, a delmål's bedömning, an uppsiktsärende's answer, a
 * kontrollmoment's result or an åtgärd to be done. A job queued before delmål had reminders carries no `itemKind`; it is an
 * uppdrag's (it has `uppdragId`).
 */
export type ReminderJob =
  | PlannedReminder
  | PlannedDelmalReminder
  | PlannedUppsiktReminder
  | PlannedKontrollmomentReminder
  | PlannedAtgardReminder;

export type ReminderProcessor = (job: ReminderJob) => Promise<void>;

export interface ReminderQueue {
  readonly kind: 'bullmq' | 'in-process';
  add(jobs: readonly ReminderJob[]): Promise<void>;
  remove(jobIds: readonly string[]): Promise<void>;
  /** The marker of the schedule build this queue holds, or null when it holds none. */
  epoch(): Promise<string | null>;
  setEpoch(epoch: string): Promise<void>;
  /** Starts running jobs at their time. */
  process(processor: ReminderProcessor): void;
  /** Jobs waiting for their time or to be run. */
  depth(): Promise<number>;
  close(): Promise<void>;
}

/** Attempts per job, and the first backoff: 5 s, 10 s, 20 s, 40 s. */
export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 5_000;
