/**
 * The auditor's package for one organ and year: the uppdrag directed to it with their report history,
 * the uppsiktsärenden on it with the answers, its internkontrollplan with results and åtgärder, and
 * the chain head it was made from. Built from the log itself up to the cutoff (the log never changes
 * below a chained position), so the same cutoff gives the same package however much has happened since.
 * Pure: the events in position order in, plain data out; the renderers make JSON and DOCX of it.
 */
import { UPPDRAG_STATUS_PRESENTATION, type UppdragStatus } from '@sparbar/domain';
import { type ReportCutoff } from './uppdrag-table';

export interface PaketEvent {
  position: number;
  stream: string;
  type: string;
  data: unknown;
  actor: string;
  /** ISO timestamp the server recorded the event at. */
  recordedAt: string;
}

export interface PaketRapport {
  period: string;
  event: 'reported' | 'corrected';
  status: string;
  statusText: string;
  kommentar: string | null;
  reason: string | null;
  by: string;
  recordedAt: string;
  position: number;
}

export interface PaketUppdrag {
  uppdragId: string;
  text: string;
  givetAv: string;
  planYear: number;
  slutdatum: string;
  ended: string | null;
  rapporter: PaketRapport[];
}

export interface PaketArende {
  arendeId: string;
  kind: string;
  item: { kind: string; id: string } | null;
  text: string;
  recordedOn: string;
  dueDate: string;
  svar: { text: string; answeredOn: string; by: string; late: boolean }[];
  closed: { conclusion: string; closedOn: string } | null;
}

export interface PaketResultat {
  period: string;
  resultat: string;
  beskrivning: string | null;
  recordedOn: string;
}

export interface PaketAtgard {
  atgardId: string;
  period: string;
  text: string;
  ansvarigPersonId: string;
  dueDate: string;
  status: string;
  statusHistory: { from: string; to: string; kommentar: string | null; recordedAt: string }[];
}

export interface PaketKontrollmoment {
  kontrollmomentId: string;
  vad: string;
  hur: string;
  vem: string;
  frekvens: string;
  resultat: PaketResultat[];
  atgarder: PaketAtgard[];
}

export interface PaketRisk {
  riskId: string;
  text: string;
  sannolikhet: number;
  konsekvens: number;
  riskvarde: number;
  kontrollmoment: PaketKontrollmoment[];
}

export interface PaketPlan {
  adoptedOn: string | null;
  paragraf: string | null;
  /** Changes made after adoption, each with its reason. */
  changesAfterAdoption: { event: string; reason: string | null; recordedAt: string }[];
  risker: PaketRisk[];
}

export interface Granskningspaket {
  organId: string;
  /** The organ's name as of the cutoff. */
  organNamn: string;
  year: number;
  cutoff: ReportCutoff;
  uppdrag: PaketUppdrag[];
  uppsiktsarenden: PaketArende[];
  internkontrollplan: PaketPlan | null;
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const statusText = (s: string) => UPPDRAG_STATUS_PRESENTATION[s as UppdragStatus]?.label ?? s;
const inYear = (dateOrPeriod: string, year: number) => dateOrPeriod.startsWith(String(year));

export function buildGranskningspaket(
  events: readonly PaketEvent[],
  scope: { organId: string; year: number; cutoff: ReportCutoff },
): Granskningspaket {
  const { organId, year, cutoff } = scope;
  const uppdrag = new Map<string, PaketUppdrag>();
  const arenden = new Map<string, PaketArende>();
  let plan: PaketPlan | null = null;
  let organNamn = organId;
  const risks = new Map<string, PaketRisk>();
  const moments = new Map<string, PaketKontrollmoment>();
  const atgarder = new Map<string, PaketAtgard>();
  const planStream = `internkontroll-${organId}-${year}`;

  for (const e of [...events].sort((a, b) => a.position - b.position)) {
    if (e.position > cutoff.position) continue;
    const d = (e.data ?? {}) as Data;
    if (e.stream === `organ-${organId}`) {
      if (e.type === 'OrganRegistered') organNamn = d.namn;
      if (e.type === 'OrganRenamed') organNamn = d.to.namn;
    } else if (e.stream.startsWith('uppdrag-')) {
      if (e.type === 'UppdragRegistered') {
        if (!(d.riktasTill as string[]).includes(organId)) continue;
        uppdrag.set(d.uppdragId, {
          uppdragId: d.uppdragId,
          text: d.text,
          givetAv: d.origin.givenBy,
          planYear: d.origin.planYear,
          slutdatum: d.slutdatum,
          ended: null,
          rapporter: [],
        });
        continue;
      }
      const u = uppdrag.get(d.uppdragId);
      if (!u) continue;
      const at = { by: e.actor, recordedAt: e.recordedAt, position: e.position };
      if (e.type === 'UppdragStatusReported' && inYear(d.period, year))
        u.rapporter.push({
          period: d.period,
          event: 'reported',
          status: d.status,
          statusText: statusText(d.status),
          kommentar: d.kommentar ?? null,
          reason: null,
          ...at,
        });
      if (e.type === 'UppdragReportCorrected' && inYear(d.period, year))
        u.rapporter.push({
          period: d.period,
          event: 'corrected',
          status: d.to.status,
          statusText: statusText(d.to.status),
          kommentar: d.to.kommentar ?? null,
          reason: d.reason ?? null,
          ...at,
        });
      if (e.type === 'UppdragSlutdatumExtended') u.slutdatum = d.to;
      if (e.type === 'UppdragClosed') u.ended = 'avslutat';
      if (e.type === 'UppdragWithdrawn') u.ended = 'återkallat';
    } else if (e.stream.startsWith('uppsikt-')) {
      if (e.type === 'UppsiktsarendeRecorded') {
        if (d.organId !== organId || !inYear(d.recordedOn, year)) continue;
        arenden.set(d.arendeId, {
          arendeId: d.arendeId,
          kind: d.kind,
          item: d.item ?? null,
          text: d.text,
          recordedOn: d.recordedOn,
          dueDate: d.dueDate,
          svar: [],
          closed: null,
        });
        continue;
      }
      const a = arenden.get(d.arendeId);
      if (a && e.type === 'UppsiktsarendeAnswered')
        a.svar.push({ text: d.text, answeredOn: d.answeredOn, by: e.actor, late: d.answeredOn > a.dueDate });
      if (a && e.type === 'UppsiktsarendeClosed')
        a.closed = { conclusion: d.conclusion, closedOn: d.closedOn };
    } else if (e.stream === planStream) {
      plan ??= { adoptedOn: null, paragraf: null, changesAfterAdoption: [], risker: [] };
      if (d.changesAdoptedPlan === true)
        plan.changesAfterAdoption.push({
          event: e.type,
          reason: d.reason ?? null,
          recordedAt: e.recordedAt,
        });
      switch (e.type) {
        case 'InternkontrollplanAdopted':
          plan.adoptedOn = d.adoptedOn;
          plan.paragraf = d.paragraf ?? null;
          break;
        case 'RiskAdded': {
          const risk: PaketRisk = {
            riskId: d.riskId,
            text: d.text,
            sannolikhet: d.sannolikhet,
            konsekvens: d.konsekvens,
            riskvarde: d.riskvarde,
            kontrollmoment: [],
          };
          risks.set(d.riskId, risk);
          plan.risker.push(risk);
          break;
        }
        case 'RiskReassessed': {
          const risk = risks.get(d.riskId);
          if (risk) Object.assign(risk, d.to);
          break;
        }
        case 'KontrollmomentAdded': {
          const moment: PaketKontrollmoment = {
            kontrollmomentId: d.kontrollmomentId,
            vad: d.vad,
            hur: d.hur,
            vem: d.vem,
            frekvens: d.frekvens,
            resultat: [],
            atgarder: [],
          };
          moments.set(d.kontrollmomentId, moment);
          risks.get(d.riskId)?.kontrollmoment.push(moment);
          break;
        }
        case 'KontrollresultatRecorded':
          moments.get(d.kontrollmomentId)?.resultat.push({
            period: d.period,
            resultat: d.resultat,
            beskrivning: d.beskrivning ?? null,
            recordedOn: d.recordedOn,
          });
          break;
        case 'AtgardAdded': {
          const atgard: PaketAtgard = {
            atgardId: d.atgardId,
            period: d.period,
            text: d.text,
            ansvarigPersonId: d.ansvarigPersonId,
            dueDate: d.dueDate,
            status: d.status,
            statusHistory: [],
          };
          atgarder.set(d.atgardId, atgard);
          moments.get(d.kontrollmomentId)?.atgarder.push(atgard);
          break;
        }
        case 'AtgardStatusChanged': {
          const atgard = atgarder.get(d.atgardId);
          if (!atgard) break;
          atgard.status = d.to;
          atgard.statusHistory.push({
            from: d.from,
            to: d.to,
            kommentar: d.kommentar ?? null,
            recordedAt: e.recordedAt,
          });
          break;
        }
      }
    }
  }
  return {
    organId,
    organNamn,
    year,
    cutoff: { position: cutoff.position, hash: cutoff.hash },
    uppdrag: [...uppdrag.values()].sort((a, b) => a.uppdragId.localeCompare(b.uppdragId, 'sv')),
    uppsiktsarenden: [...arenden.values()],
    internkontrollplan: plan,
  };
}

/** The machine-readable package: the same bytes for the same package (keys in a fixed order). */
export function granskningspaketJson(paket: Granskningspaket): Buffer {
  return Buffer.from(`${JSON.stringify(paket, null, 2)}\n`, 'utf8');
}
