import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const FILE = join(__dirname, '..', '..', 'docs', 'benchmarks.md');

export function formatRate(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en').replace(/,/g, ' ');
}

export function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * The commit the benchmark was started from, read when this module loads: a long benchmark may write
 * its section after the checkout has moved on (bench:tenants once named the later head).
 */
const STARTED_AT_COMMIT = safe(() => execSync('git rev-parse --short HEAD').toString().trim());
const STARTED_DIRTY = safe(() =>
  execSync('git status --porcelain').toString().trim() ? ' (with uncommitted changes)' : '',
);

export function machineDescription(): string {
  const commit = STARTED_AT_COMMIT;
  const dirty = STARTED_DIRTY;
  const pg = safe(() => execSync('psql --version').toString().trim());
  return [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB,`,
    `Node ${process.version}, ${pg}, commit ${commit}${dirty}. Shared machine: compare ratios, not absolutes.`,
  ].join(' ');
}

/** Replaces this benchmark's section of docs/benchmarks.md, leaving the others as they are. */
export async function writeBenchmarkSection(name: string, body: string): Promise<void> {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : '# Benchmarks\n\nWritten by `npm run bench:*`; each section is replaced when its benchmark runs again.\n';
  const section = `${start}\n${body}\n${end}`;
  const next = current.includes(start)
    ? current.slice(0, current.indexOf(start)) + section + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
  console.log(`Wrote ${FILE}`);
}

/**
 * CPU seconds this machine has spent so far, all processes (user, nice, system, irq, softirq from
 * /proc/stat); undefined where there is no /proc. The difference over a run is what the run cost the
 * whole machine: the benchmark process and the database server together.
 */
export function machineCpuSeconds(): number | undefined {
  const line = safe(() => readFileSync('/proc/stat', 'utf8').split('\n')[0]);
  if (!line.startsWith('cpu ')) return undefined;
  const [user, nice, system, , , irq, softirq] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq) / 100;
}

function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return 'unknown';
  }
}
