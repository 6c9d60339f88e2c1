/**
 * Writers that report and then watch the reads until they show the report: what bench:latency
 * measures. Each writer is a client of its own with one uppdrag; after each answered report it waits
 * on the period table and måluppfyllelse of that month and organ (both at once), which are polled
 * with If-None-Match, so an unchanged read model costs a 304.
 */
import { performance } from 'node:perf_hooks';

const POLL_GAP_MS = 5;
const GIVE_UP_MS = 30_000;

export interface Sample {
  /** The report's own answer. */
  write: number;
  /** From the answer until the period table shows the report. */
  table: number;
  /** From the answer until the period table and måluppfyllelse both show it. */
  both: number;
  error?: string;
}

export interface WatchOptions {
  base: string;
  token: string;
  uppdrag: readonly { id: string; organ: string }[];
  /** The months reported, in order; the first is the warm-up. */
  months: readonly string[];
  thinkMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The checkpoint of the period facts an answer was read at, from its ETag (`W/"periods-v.c-day"`). */
function checkpointOf(etag: string | null): number {
  const match = /periods-\d+\.(\d+)/.exec(etag ?? '');
  return match ? Number(match[1]) : -1;
}

/**
 * One poller per URL, shared by every writer waiting on it: 200 writers polling each on their own
 * would load the API more than the writes do. It polls while anyone waits, every POLL_GAP_MS after the
 * last answer, and asks each waiter about each answer (a 304 repeats the last body).
 */
class SharedPoll {
  private readonly waiting = new Set<{
    shows: (body: unknown, checkpoint: number) => boolean;
    done: (result: { at: number; checkpoint: number }) => void;
    fail: (error: Error) => void;
    deadline: number;
  }>();
  private running = false;
  private etag: string | null = null;
  private body: unknown;

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  until(shows: (body: unknown, checkpoint: number) => boolean): Promise<{ at: number; checkpoint: number }> {
    return new Promise((done, fail) => {
      this.waiting.add({ shows, done, fail, deadline: performance.now() + GIVE_UP_MS });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.size > 0) {
        const headers: Record<string, string> = {
          authorization: `Bearer ${this.token}`,
          'accept-encoding': 'gzip',
        };
        if (this.etag) headers['if-none-match'] = this.etag;
        const response = await fetch(this.url, { headers });
        if (response.status === 200) {
          this.etag = response.headers.get('etag');
          this.body = await response.json();
        } else if (response.status === 304) await response.arrayBuffer();
        else throw new Error(`${this.url}: ${response.status} ${await response.text()}`);
        const at = performance.now();
        const checkpoint = checkpointOf(this.etag);
        for (const waiter of [...this.waiting]) {
          if (waiter.shows(this.body, checkpoint)) waiter.done({ at, checkpoint });
          else if (at > waiter.deadline)
            waiter.fail(new Error(`${this.url}: not shown within ${GIVE_UP_MS} ms`));
          else continue;
          this.waiting.delete(waiter);
        }
        await sleep(POLL_GAP_MS);
      }
    } catch (error) {
      for (const waiter of this.waiting) waiter.fail(error as Error);
      this.waiting.clear();
    } finally {
      this.running = false;
    }
  }
}

const polls = new Map<string, SharedPoll>();
function watch(
  url: string,
  token: string,
  shows: (body: unknown, checkpoint: number) => boolean,
): Promise<{ at: number; checkpoint: number }> {
  let poll = polls.get(url);
  if (!poll) polls.set(url, (poll = new SharedPoll(url, token)));
  return poll.until(shows);
}

async function reportAndWatch(
  options: WatchOptions,
  uppdrag: { id: string; organ: string },
  month: string,
): Promise<Sample> {
  const kommentar = `Rapport för ${month} (${uppdrag.id})`;
  const started = performance.now();
  const answer = await fetch(`${options.base}/api/uppdrag/${uppdrag.id}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ period: month, status: 'pagaende_enligt_plan', kommentar }),
  });
  const answered = performance.now();
  if (!answer.ok) {
    return { write: answered - started, table: 0, both: 0, error: `${answer.status} ${await answer.text()}` };
  }
  await answer.arrayBuffer();
  const query = `organ=${encodeURIComponent(uppdrag.organ)}`;
  // Måluppfyllelse counts, so it cannot name the report: it shows it once its state has reached the
  // state the table showed it at. Both are polled from the answer on, side by side.
  let tableCheckpoint: number | undefined;
  const summaryStates: { at: number; checkpoint: number }[] = [];
  const table = watch(`${options.base}/api/perioder/${month}/uppdrag?${query}`, options.token, (body, c) => {
    const rows =
      (body as { rows?: { uppdragId: string; kommentar: string | null }[] } | undefined)?.rows ?? [];
    const shown = rows.some((r) => r.uppdragId === uppdrag.id && r.kommentar === kommentar);
    if (shown) tableCheckpoint = c;
    return shown;
  });
  const summary = watch(
    `${options.base}/api/perioder/${month}/maluppfyllelse?${query}`,
    options.token,
    (_, c) => {
      summaryStates.push({ at: performance.now(), checkpoint: c });
      return tableCheckpoint !== undefined && c >= tableCheckpoint;
    },
  );
  // Either may fail while the other is awaited: never an unhandled rejection (it would end the run and
  // leave the API and the worker running); the failure is counted below.
  summary.catch(() => undefined);
  try {
    const shown = await table;
    await summary;
    const firstSummary = summaryStates.find((s) => s.checkpoint >= shown.checkpoint)!;
    return {
      write: answered - started,
      table: shown.at - answered,
      both: Math.max(shown.at, firstSummary.at) - answered,
    };
  } catch (error) {
    await Promise.allSettled([table, summary]);
    return { write: answered - started, table: 0, both: 0, error: String(error) };
  }
}

/** Every writer reports each month in turn; the samples of all but the first month. */
export async function writeAndWatch(options: WatchOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    options.uppdrag.map(async (uppdrag) => {
      for (const [i, month] of options.months.entries()) {
        await sleep(Math.random() * 2 * options.thinkMs);
        const sample = await reportAndWatch(options, uppdrag, month);
        if (sample.error && samples.filter((s) => s.error).length < 3) console.warn(sample.error);
        if (i > 0) samples.push(sample);
      }
    }),
  );
  return samples;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(at(1)) };
}

export function summarise(samples: readonly Sample[]) {
  const ok = samples.filter((s) => !s.error);
  return {
    count: ok.length,
    errors: samples.length - ok.length,
    write: percentiles(ok.map((s) => s.write)),
    table: percentiles(ok.map((s) => s.table)),
    both: percentiles(ok.map((s) => s.both)),
  };
}
