/**
 * The uppdrag directed to the organ, with the reports of the year on the organ's own part (and the
 * joint report), in the order of the plan's table.
 */
import {
  reportedPart,
  UPPDRAG_STATUS_PRESENTATION,
  type UppdragEvent,
  type UppdragRegistered,
  type UppdragReportCorrected,
  type UppdragStatus,
  type UppdragStatusReported,
} from '@sparbar/domain';
import { inYear, type Logged } from './logged-event';
import { type PaketRapport, type PaketUppdrag } from './model';

// A stored status the presentation does not know is printed as it is.
const statusText = (status: UppdragStatus): string => UPPDRAG_STATUS_PRESENTATION[status]?.label ?? status;

export class UppdragFold {
  readonly byId = new Map<string, PaketUppdrag>();
  /** The plan's order: plan year, ordning (none: after the ordered ones), then registration. */
  private readonly planOrder = new Map<string, [number, number, number]>();

  constructor(
    private readonly organId: string,
    private readonly year: number,
  ) {}

  apply(e: Logged<UppdragEvent>): void {
    if (e.type === 'UppdragRegistered') return this.register(e.data);
    const u = this.byId.get(e.data.uppdragId);
    if (!u) return;
    // Of a joint uppdrag the organ answers for its own part (and the joint report), not the others'.
    const part = 'organId' in e.data ? reportedPart(e.data) : null;
    if (part !== null && part !== this.organId) return;
    const at = { by: e.actor, occurredAt: e.occurredAt, recordedAt: e.recordedAt, position: e.position };
    switch (e.type) {
      case 'UppdragStatusReported':
        if (inYear(e.data.period, this.year)) u.rapporter.push(reported(e.data, at));
        break;
      case 'UppdragReportCorrected':
        if (inYear(e.data.period, this.year)) u.rapporter.push(corrected(e.data, at));
        break;
      case 'UppdragSlutdatumExtended':
        u.slutdatum = e.data.to;
        break;
      case 'UppdragClosed':
        u.ended = 'avslutat';
        break;
      case 'UppdragWithdrawn':
        u.ended = 'återkallat';
        break;
    }
  }

  /** The uppdrag in the order of the plan's table. */
  inPlanOrder(): PaketUppdrag[] {
    return [...this.byId.values()].sort((a, b) => {
      const [x, y] = [this.planOrder.get(a.uppdragId)!, this.planOrder.get(b.uppdragId)!];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  }

  private register(d: UppdragRegistered['data']): void {
    if (!d.riktasTill.includes(this.organId)) return;
    this.planOrder.set(d.uppdragId, [d.origin.planYear, d.ordning ?? Infinity, this.planOrder.size]);
    this.byId.set(d.uppdragId, {
      uppdragId: d.uppdragId,
      text: d.text,
      givetAv: d.origin.givenBy,
      planYear: d.origin.planYear,
      slutdatum: d.slutdatum,
      ended: null,
      rapporter: [],
      paminnelser: [],
      svarstider: [],
    });
  }
}

type At = Pick<PaketRapport, 'by' | 'occurredAt' | 'recordedAt' | 'position'>;

function reported(d: UppdragStatusReported['data'], at: At): PaketRapport {
  return {
    period: d.period,
    event: 'reported',
    status: d.status,
    statusText: statusText(d.status),
    kommentar: d.kommentar ?? null,
    reason: null,
    afterAdoption: d.afterAdoption ?? null,
    ...at,
  };
}

function corrected(d: UppdragReportCorrected['data'], at: At): PaketRapport {
  return {
    period: d.period,
    event: 'corrected',
    status: d.to.status,
    statusText: statusText(d.to.status),
    kommentar: d.to.kommentar ?? null,
    reason: d.reason ?? null,
    afterAdoption: d.afterAdoption ?? null,
    ...at,
  };
}
