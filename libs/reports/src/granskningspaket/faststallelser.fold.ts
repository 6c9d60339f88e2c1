/**
 * The organ's adoptions of its reports for the year's periods: the meeting and § that adopted each
 * (earlier adoptions a later meeting replaced kept beside it), who recorded it, and regionstyrelsen's
 * and fullmäktige's handling of it. With the reports changed after adoption (build.ts lists those from
 * the uppdrag), what an auditor needs to hold the nämnd to what it adopted.
 */
import { type FaststallelseEvent } from '@sparbar/domain';
import { inYear, type Logged } from './logged-event';
import { type PaketFaststallelse } from './model';

export class FaststallelserFold {
  private readonly byPeriod = new Map<string, PaketFaststallelse>();

  constructor(
    private readonly organId: string,
    private readonly year: number,
  ) {}

  apply(e: Logged<FaststallelseEvent>): void {
    if (e.data.organId !== this.organId || !inYear(e.data.period, this.year)) return;
    const known = this.byPeriod.get(e.data.period);
    if (e.type === 'PeriodReportAdopted') {
      const { period, meetingDate, paragraf, diarienummer } = e.data;
      this.byPeriod.set(period, {
        period,
        meetingDate,
        paragraf,
        diarienummer,
        recordedBy: e.actor,
        recordedAt: e.recordedAt,
        position: e.position,
        previous: known
          ? [...known.previous, { meetingDate: known.meetingDate, paragraf: known.paragraf }]
          : [],
        handlings: known?.handlings ?? [],
      });
    } else if (known && e.type === 'PeriodReportHandlingRecorded') {
      const { by, kind, date, paragraf } = e.data;
      known.handlings.push({ by, kind, date, paragraf });
    }
  }

  /** In period order ('2023-04' before '2023-T1': months, then tertials, as the keys sort). */
  result(): PaketFaststallelse[] {
    return [...this.byPeriod.values()].sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
    );
  }
}
