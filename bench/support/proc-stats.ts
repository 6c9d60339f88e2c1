/**
 * What processes cost, read from /proc (Linux): resident memory, and CPU time of a process and all its
 * descendants (a PostgreSQL server's backends are children of its postmaster). Undefined or 0 where
 * there is no /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Resident set size now and its peak (VmRSS, VmHWM), in bytes. */
export function memoryOf(pid: number | undefined): { rss: number; peak: number } | undefined {
  const status = pid ? read(`/proc/${pid}/status`) : undefined;
  if (!status) return undefined;
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

interface Stat {
  pid: number;
  ppid: number;
  comm: string;
  /** user + system CPU, in seconds */
  cpu: number;
}

function stat(pid: number): Stat | undefined {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return undefined;
  // comm is in parentheses and may hold spaces: the fields after the last ')' are fixed.
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is state (field 3): ppid field 4, utime 14, stime 15.
  return {
    pid,
    ppid: Number(fields[1]),
    comm,
    cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
  };
}

function allProcesses(): Stat[] {
  let pids: number[] = [];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
  return pids.map(stat).filter((s): s is Stat => s !== undefined);
}

/**
 * CPU seconds per process of the trees rooted at `roots` (the roots included), by pid. Processes that
 * ended before the second snapshot drop out of the difference: a short-lived backend's time is missed.
 */
export function cpuOfTrees(roots: readonly number[]): Map<number, Stat> {
  const all = allProcesses();
  const children = new Map<number, Stat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const found = new Map<number, Stat>();
  const visit = (s: Stat) => {
    found.set(s.pid, s);
    for (const c of children.get(s.pid) ?? []) visit(c);
  };
  for (const root of roots) {
    const s = all.find((p) => p.pid === root);
    if (s) visit(s);
  }
  return found;
}

/** CPU seconds spent between two snapshots by the processes in the second, summed by `group(s)`. */
export function cpuBetween(
  before: Map<number, Stat>,
  after: Map<number, Stat>,
  group: (s: Stat) => string,
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [pid, s] of after) {
    const earlier = before.get(pid);
    // Not there before: it started in between, so all its time is.
    const spent = earlier ? s.cpu - earlier.cpu : s.cpu;
    sums[group(s)] = (sums[group(s)] ?? 0) + spent;
  }
  return sums;
}

/** CPU seconds of each thread of a process so far, summed by thread name (main thread: the process's name). */
export function cpuByThread(pid: number | undefined): Record<string, number> {
  const sums: Record<string, number> = {};
  let tids: string[] = [];
  try {
    tids = pid ? readdirSync(`/proc/${pid}/task`) : [];
  } catch {
    return sums;
  }
  for (const tid of tids) {
    const text = read(`/proc/${pid}/task/${tid}/stat`);
    if (!text) continue;
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close).replace(/\d+$/, '');
    const fields = text.slice(close + 2).split(' ');
    sums[comm] = (sums[comm] ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  }
  return sums;
}
