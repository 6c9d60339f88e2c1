/**
 * The day a period read is read on, which decides whether a report not yet in is late ("ej
 * rapporterad") or not yet due ("ej_forfallen"). Asked at a time point (`asOf`, `recordedAt`), the
 * query takes that point's day; asked about now, today. Today is read here, at the edge, from the
 * process's clock on the Swedish calendar, as the CommandHandler reads it: the queries never read one.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import { businessDateOf } from '@sparbar/domain';
import { type TimePoint } from '@sparbar/projections';

/**
 * The runtime's CLOCK token (libs/runtime's app/tokens.ts, `() => Date`): the process's one clock,
 * which tests pin. Where no runtime provides it, the server's clock.
 */
const CLOCK = 'sparbar:Clock';

@Injectable()
export class ReadingDay {
  constructor(@Optional() @Inject(CLOCK) private readonly clock?: () => Date) {}

  /** Today, Swedish time. */
  today(): string {
    return businessDateOf((this.clock?.() ?? new Date()).toISOString());
  }

  /** `{ on: today }` for a read about now; nothing when a time point says which day it is. */
  of(query: TimePoint): { on?: string } {
    return query.asOf === undefined && query.recordedAt === undefined ? { on: this.today() } : {};
  }
}
