/**
 * The day a period read is read on, which decides whether a report not yet in is late ("ej
 * rapporterad") or not yet due ("ej_forfallen"). Asked at a time point (`asOf`, `recordedAt`), the
 * query takes that point's day; asked about now, today. Today is read here, at the edge, from the
 * process's clock on the Swedish calendar, as the CommandHandler reads it: the queries never read one.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type Clock } from '@sparbar/config';
import { type TimePoint } from '@sparbar/projections';
import { CLOCK } from '@sparbar/runtime';
import { HourlyBusinessDay } from '../http/business-day';

@Injectable()
export class ReadingDay {
  private readonly days = new HourlyBusinessDay();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Today, Swedish time (worked out once an hour: see HourlyBusinessDay). */
  today(): string {
    return this.days.of(this.clock().toISOString());
  }

  /** `{ on: today }` for a read about now; nothing when a time point says which day it is. */
  of(query: TimePoint): { on?: string } {
    return query.asOf === undefined && query.recordedAt === undefined ? { on: this.today() } : {};
  }
}
