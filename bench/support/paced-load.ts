/**
 * A paced ("open-loop") load: `clients` clients, each on its own keep-alive connection, together
 * sending `rate` requests a second, evenly spread — client k sends at k/rate, k/rate + clients/rate, …
 * Latency is measured from the moment a request was due, not from when it went out, so a client still
 * waiting for its previous answer, or a timer that fired late, counts against the server rather than
 * hiding a queue (coordinated omission).
 *
 * Why not autocannon's `overallRate`: it releases each client's quota at the start of every second,
 * so all clients fire together and the server sees one burst a second; and its correction for
 * coordinated omission takes the expected interval as ceil(1 / rate) milliseconds (1 ms at 2.5 requests
 * a second), which adds made-up samples to every answer slower than a millisecond. Both measure the
 * generator more than the server. autocannon stays for the saturated load, where it is right.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PacedLoadOptions {
  url: string;
  headers: Record<string, string>;
  /**
   * Several addresses to spread the load over (e.g. one per organisation, each with its own Host and
   * token): request i goes to targets[i % targets.length]. Without it, every request goes to `url`.
   */
  targets?: readonly { url: string; headers: Record<string, string> }[];
  clients: number;
  /** Requests a second from all clients together. */
  rate: number;
  seconds: number;
  /**
   * How long after the last request was due its answers are waited for, in ms (default 10 s). A server
   * that cannot keep up would otherwise hold the run for as long as its queue takes to drain; what is
   * still unanswered then counts as an error, with the time it had waited as its latency (so the
   * percentiles are then a lower bound).
   */
  drainMs?: number;
}

export interface PacedLoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds from when each request was due to its last byte. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Answers that were not 2xx, requests that failed, and requests unanswered after the drain time. */
  errors: number;
  /** Requests still unanswered when the drain time ran out (counted in errors too). */
  unanswered: number;
}

export async function pacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const agents = Array.from(
    { length: options.clients },
    () => new Agent({ keepAlive: true, maxSockets: 1, maxFreeSockets: 1 }),
  );
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  /** When each request still unanswered was due. */
  const waiting = new Set<number>();
  const start = performance.now() + 50;
  let unanswered = 0;
  try {
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      waiting.add(due);
      const answered = (ok: boolean) => {
        if (!waiting.delete(due)) return;
        latencies.push(performance.now() - due);
        if (!ok) errors++;
      };
      const target = options.targets?.[i % options.targets.length] ?? options;
      pending.push(
        send(target.url, target.headers, agents[i % options.clients]).then(answered, () => answered(false)),
      );
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(pending),
      new Promise((resolve) => (timer = setTimeout(resolve, options.drainMs ?? 10_000))),
    ]);
    clearTimeout(timer);
    const now = performance.now();
    for (const due of waiting) latencies.push(now - due);
    unanswered = waiting.size;
    errors += unanswered;
    waiting.clear();
  } finally {
    for (const agent of agents) agent.destroy();
  }
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return {
    requests: latencies.length,
    requestsPerSecond: (latencies.length - unanswered) / elapsed,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: Math.round(latencies[latencies.length - 1]),
    errors,
    unanswered,
  };
}

function send(url: string, headers: Record<string, string>, agent: Agent): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () =>
        resolve((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
