/**
 * The schedule without Redis (the embedded default): a timer per job in this process. Nothing
 * survives a restart, which is fine: the driver rebuilds the schedule from the log at every start,
 * and the log check keeps a reminder already delivered from going out again.
 */
import {
  JOB_ATTEMPTS,
  JOB_BACKOFF_MS,
  type ReminderJob,
  type ReminderProcessor,
  type ReminderQueue,
} from './reminder-queue';

/** setTimeout holds at most 2^31-1 ms (24.8 days); longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class InProcessReminderQueue implements ReminderQueue {
  readonly kind = 'in-process';
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private processor: ReminderProcessor | undefined;
  private marker: string | null = null;
  private closed = false;

  constructor(
    private readonly clock: () => Date,
    private readonly onFailed: (job: ReminderJob, error: unknown, final: boolean) => void = () => {},
  ) {}

  async add(jobs: readonly ReminderJob[]): Promise<void> {
    for (const job of jobs) if (!this.timers.has(job.jobId)) this.schedule(job, Date.parse(job.fireAt), 1);
  }

  async remove(jobIds: readonly string[]): Promise<void> {
    for (const id of jobIds) {
      clearTimeout(this.timers.get(id));
      this.timers.delete(id);
    }
  }

  async epoch(): Promise<string | null> {
    return this.marker;
  }

  async setEpoch(epoch: string): Promise<void> {
    this.marker = epoch;
  }

  process(processor: ReminderProcessor): void {
    this.processor = processor;
  }

  async depth(): Promise<number> {
    return this.timers.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  private schedule(job: ReminderJob, at: number, attempt: number): void {
    if (this.closed) return;
    const wait = Math.max(0, at - this.clock().getTime());
    const timer = setTimeout(
      () => (wait > MAX_TIMER_MS ? this.schedule(job, at, attempt) : this.run(job, attempt)),
      Math.min(wait, MAX_TIMER_MS),
    );
    timer.unref();
    this.timers.set(job.jobId, timer);
  }

  private run(job: ReminderJob, attempt: number): void {
    this.timers.delete(job.jobId);
    if (!this.processor || this.closed) return;
    const done = this.processor(job)
      .catch((error: unknown) => {
        const final = attempt >= JOB_ATTEMPTS;
        this.onFailed(job, error, final);
        if (!final) {
          const backoff = JOB_BACKOFF_MS * 2 ** (attempt - 1);
          this.schedule(job, this.clock().getTime() + backoff, attempt + 1);
        }
      })
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }
}
