/**
 * The day a period read is read on, which decides whether a report not yet in is late ("ej
 * rapporterad") or not yet due ("ej_forfallen"). Asked at a time point (`asOf`, `recordedAt`), the
 * query takes that point's day; asked about now, today. Today is read here, at the edge, from the
 * server's clock on the Swedish calendar, as the CommandHandler reads it: the queries never read a clock.
 */
import { businessDateOf } from '@sparbar/domain';
import { type TimePoint } from '@sparbar/projections';

export function businessToday(): string {
  return businessDateOf(new Date().toISOString());
}

/** `{ on: today }` for a read about now; nothing when a time point says which day it is. */
export function readDay(query: TimePoint): { on?: string } {
  return query.asOf === undefined && query.recordedAt === undefined ? { on: businessToday() } : {};
}
