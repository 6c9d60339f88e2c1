/**
 * What a process spent its CPU on within a window of its life: a `node --cpu-prof` profile covers the
 * whole run (start-up and shutdown included), so only the samples between `fromMs` and `toMs` (on the
 * monotonic clock of the profile's timestamps: `process.hrtime` in ms) are counted, by function (self time) and by the project's file that called into
 * libraries (the nearest frame of apps/ or libs/ on the stack: who caused the work).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface WindowProfile {
  /** Milliseconds of samples in the window that were not idle. */
  busyMs: number;
  bySelf: [string, number][];
  byCaller: [string, number][];
}

const where = (n: ProfileNode) => {
  const file = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/(apps|libs|node_modules)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
};

export function profileWindow(file: string, fromMs: number, toMs: number, top = 25): WindowProfile {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const caller = new Map<string, number>();
  let busyMs = 0;
  let t = profile.startTime / 1000;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] / 1000;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < fromMs || t > toMs) continue;
    const node = byId.get(profile.samples[i]);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    busyMs += dt;
    const key = where(node);
    self.set(key, (self.get(key) ?? 0) + dt);
    let at: ProfileNode | undefined = node;
    while (at && !/\/(apps|libs)\//.test(at.callFrame.url)) at = byId.get(parent.get(at.id) ?? -1);
    const by = at ? where(at) : `(no project frame: ${node.callFrame.functionName || 'anonymous'})`;
    caller.set(by, (caller.get(by) ?? 0) + dt);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top) as [string, number][];
  return { busyMs, bySelf: sorted(self), byCaller: sorted(caller) };
}
