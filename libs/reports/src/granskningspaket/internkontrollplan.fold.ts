/**
 * The organ's internkontrollplan for the year: when it was adopted, what was changed after that and
 * why, and its risks with their kontrollmoment, results and åtgärder. Fed only its own plan's stream.
 */
import { type InternkontrollEvent } from '@sparbar/domain';
import { type Logged } from './logged-event';
import { type PaketAtgard, type PaketKontrollmoment, type PaketPlan, type PaketRisk } from './model';

export class InternkontrollplanFold {
  /** Null until the plan's stream has an event. */
  plan: PaketPlan | null = null;
  private readonly risks = new Map<string, PaketRisk>();
  readonly moments = new Map<string, PaketKontrollmoment>();
  readonly atgarder = new Map<string, PaketAtgard>();

  apply(e: Logged<InternkontrollEvent>): void {
    const plan = (this.plan ??= { adoptedOn: null, paragraf: null, changesAfterAdoption: [], risker: [] });
    if ('changesAdoptedPlan' in e.data && e.data.changesAdoptedPlan === true)
      plan.changesAfterAdoption.push({
        event: e.type,
        reason: e.data.reason ?? null,
        recordedAt: e.recordedAt,
      });
    switch (e.type) {
      case 'InternkontrollplanAdopted':
        plan.adoptedOn = e.data.adoptedOn;
        plan.paragraf = e.data.paragraf ?? null;
        break;
      case 'RiskAdded': {
        const d = e.data;
        const risk: PaketRisk = {
          riskId: d.riskId,
          text: d.text,
          sannolikhet: d.sannolikhet,
          konsekvens: d.konsekvens,
          riskvarde: d.riskvarde,
          kontrollmoment: [],
        };
        this.risks.set(d.riskId, risk);
        plan.risker.push(risk);
        break;
      }
      case 'RiskReassessed': {
        const risk = this.risks.get(e.data.riskId);
        if (risk) Object.assign(risk, e.data.to);
        break;
      }
      case 'KontrollmomentAdded': {
        const d = e.data;
        const moment: PaketKontrollmoment = {
          kontrollmomentId: d.kontrollmomentId,
          vad: d.vad,
          hur: d.hur,
          vem: d.vem,
          frekvens: d.frekvens,
          resultat: [],
          atgarder: [],
          paminnelser: [],
        };
        this.moments.set(d.kontrollmomentId, moment);
        this.risks.get(d.riskId)?.kontrollmoment.push(moment);
        break;
      }
      case 'KontrollresultatRecorded':
        this.moments.get(e.data.kontrollmomentId)?.resultat.push({
          period: e.data.period,
          resultat: e.data.resultat,
          beskrivning: e.data.beskrivning ?? null,
          recordedOn: e.data.recordedOn,
        });
        break;
      case 'AtgardAdded': {
        const d = e.data;
        const atgard: PaketAtgard = {
          atgardId: d.atgardId,
          period: d.period,
          text: d.text,
          ansvarigPersonId: d.ansvarigPersonId,
          dueDate: d.dueDate,
          status: d.status,
          statusHistory: [],
          paminnelser: [],
        };
        this.atgarder.set(d.atgardId, atgard);
        this.moments.get(d.kontrollmomentId)?.atgarder.push(atgard);
        break;
      }
      case 'AtgardStatusChanged': {
        const atgard = this.atgarder.get(e.data.atgardId);
        if (!atgard) break;
        atgard.status = e.data.to;
        atgard.statusHistory.push({
          from: e.data.from,
          to: e.data.to,
          kommentar: e.data.kommentar ?? null,
          recordedAt: e.recordedAt,
        });
        break;
      }
    }
  }
}
