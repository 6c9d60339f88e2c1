/**
 * The history lines of changes made after their period was adopted, marked: the history read model keeps
 * each event's own `reason` and changed fields, not the lock's `afterAdoption`, so the item's stream is
 * read once (it is one item's, and short) and each line found by its event id. Exact for every event
 * ever stored, with no rebuild of the read model.
 */
import { type AfterAdoption } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { type HistoryLine } from '@sparbar/audit';

export type MarkedHistoryLine = HistoryLine & { andradEfterFaststallande: AfterAdoption | null };

export async function withAdoptionLines(
  store: EventStore,
  stream: string,
  lines: readonly HistoryLine[],
): Promise<MarkedHistoryLine[]> {
  const after = new Map<string, AfterAdoption>();
  for (const e of await store.readStream(stream)) {
    const a = (e.data as { afterAdoption?: AfterAdoption } | null)?.afterAdoption;
    if (a) after.set(e.id, a);
  }
  return lines.map((line) => {
    const a = after.get(line.eventId) ?? null;
    // A late first report has no reason of its own: the one the lock asked for is its reason.
    return { ...line, reason: line.reason ?? a?.reason ?? null, andradEfterFaststallande: a };
  });
}
