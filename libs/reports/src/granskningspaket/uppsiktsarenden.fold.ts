/** The uppsiktsärenden recorded on the organ in the year, with the answers and how the ärende closed. */
import { type UppsiktEvent, type UppsiktsarendeRecorded } from '@sparbar/domain';
import { daysBetween, inYear, type Logged } from './logged-event';
import { type PaketArende } from './model';

export class UppsiktsarendenFold {
  readonly byId = new Map<string, PaketArende>();

  constructor(
    private readonly organId: string,
    private readonly year: number,
  ) {}

  apply(e: Logged<UppsiktEvent>): void {
    if (e.type === 'UppsiktsarendeRecorded') return this.record(e.data);
    const a = this.byId.get(e.data.arendeId);
    if (a && e.type === 'UppsiktsarendeAnswered')
      a.svar.push({
        text: e.data.text,
        answeredOn: e.data.answeredOn,
        by: e.actor,
        late: e.data.answeredOn > a.dueDate,
      });
    if (a && e.type === 'UppsiktsarendeClosed')
      a.closed = { conclusion: e.data.conclusion, closedOn: e.data.closedOn };
  }

  /** The ärenden in the order recorded, each with the days it took to the first answer. */
  result(): PaketArende[] {
    for (const a of this.byId.values())
      a.daysToFirstAnswer = a.svar.length > 0 ? daysBetween(a.recordedOn, a.svar[0].answeredOn) : null;
    return [...this.byId.values()];
  }

  private record(d: UppsiktsarendeRecorded['data']): void {
    if (d.organId !== this.organId || !inYear(d.recordedOn, this.year)) return;
    this.byId.set(d.arendeId, {
      arendeId: d.arendeId,
      kind: d.kind,
      item: d.item ?? null,
      text: d.text,
      recordedOn: d.recordedOn,
      dueDate: d.dueDate,
      svar: [],
      closed: null,
      paminnelser: [],
      daysToFirstAnswer: null,
    });
  }
}
