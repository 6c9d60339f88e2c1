/**
 * The auditor's package for one organ and year: the uppdrag directed to it with their report history,
 * the reminders and escalations sent and how long the report then took, the uppsiktsärenden on it with
 * the answers, its internkontrollplan with results and åtgärder, the people named (as they were called
 * at the cutoff), and the chain head it was made from. Built from the log itself up to the cutoff (the log never changes
 * below a chained position), so the same cutoff gives the same package however much has happened since.
 * Pure: the events in position order in, plain data out; the renderers make JSON and DOCX of it.
 */
import {
  businessDateOf,
  deadlineOf,
  parsePeriod,
  UPPDRAG_STATUS_PRESENTATION,
  type UppdragStatus,
  reportedPart,
} from '@sparbar/domain';
import { type ReportCutoff } from './uppdrag-table';

export interface PaketEvent {
  position: number;
  stream: string;
  type: string;
  data: unknown;
  actor: string;
  /** Business time: when it happened in the organisation (earlier than recordedAt for imported history). */
  occurredAt: string;
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
  /** When it was reported in the organisation (business time). */
  occurredAt: string;
  recordedAt: string;
  position: number;
}

/** A reminder or escalation that went out (PaminnelseSent), on one channel to one person. */
export interface PaketPaminnelse {
  period: string;
  kind: 'paminnelse' | 'eskalering';
  channel: string;
  recipientPersonId: string;
  deadline: string;
  sentAt: string;
  position: number;
}

/**
 * Per period of the year that was reported on or reminded about: the deadline, when the first report
 * came, whether that was on time, and the time from the first reminder to it.
 */
export interface PaketSvarstid {
  period: string;
  deadline: string;
  /** The business date of the first report on the period, or null if none by the cutoff. */
  reportedOn: string | null;
  onTime: boolean | null;
  paminnelser: number;
  eskaleringar: number;
  firstReminderOn: string | null;
  /** Whole days from the first reminder to the first report; null without either. */
  daysFromReminderToReport: number | null;
}

export interface PaketUppdrag {
  uppdragId: string;
  text: string;
  givetAv: string;
  planYear: number;
  slutdatum: string;
  ended: string | null;
  rapporter: PaketRapport[];
  paminnelser: PaketPaminnelse[];
  svarstider: PaketSvarstid[];
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
  paminnelser: PaketPaminnelse[];
  /** Whole days from recording to the first answer; null while unanswered. */
  daysToFirstAnswer: number | null;
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
  paminnelser: PaketPaminnelse[];
}

export interface PaketKontrollmoment {
  kontrollmomentId: string;
  vad: string;
  hur: string;
  vem: string;
  frekvens: string;
  resultat: PaketResultat[];
  atgarder: PaketAtgard[];
  paminnelser: PaketPaminnelse[];
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
  /** Every person id the package names, with the name they had at the cutoff. */
  personer: Record<string, string>;
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const statusText = (s: string) => UPPDRAG_STATUS_PRESENTATION[s as UppdragStatus]?.label ?? s;
const inYear = (dateOrPeriod: string, year: number) => dateOrPeriod.startsWith(String(year));
/** Whole days between two dates (åååå-mm-dd). */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The deadline of a report period by the default årshjul; the period as it is if it is not one. */
function reportDeadline(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? deadlineOf(parsed) : period;
}

function svarstider(u: PaketUppdrag): PaketSvarstid[] {
  const periods = [...new Set([...u.rapporter.map((r) => r.period), ...u.paminnelser.map((p) => p.period)])];
  return periods
    .sort((a, b) => reportDeadline(a).localeCompare(reportDeadline(b)) || a.localeCompare(b))
    .map((period) => {
      const report = u.rapporter.find((r) => r.period === period && r.event === 'reported');
      const sent = u.paminnelser.filter((p) => p.period === period);
      const reminders = sent.filter((p) => p.kind === 'paminnelse');
      const deadline = sent[0]?.deadline ?? reportDeadline(period);
      const reportedOn = report ? businessDateOf(report.occurredAt) : null;
      const firstReminderOn = reminders.length > 0 ? businessDateOf(reminders[0].sentAt) : null;
      return {
        period,
        deadline,
        reportedOn,
        onTime: reportedOn === null ? null : reportedOn <= deadline,
        paminnelser: new Set(reminders.map((p) => businessDateOf(p.sentAt) + p.recipientPersonId)).size,
        eskaleringar: new Set(sent.filter((p) => p.kind === 'eskalering').map((p) => p.recipientPersonId))
          .size,
        firstReminderOn,
        daysFromReminderToReport:
          reportedOn !== null && firstReminderOn !== null && firstReminderOn <= reportedOn
            ? daysBetween(firstReminderOn, reportedOn)
            : null,
      };
    });
}

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
  const planId = `${organId}-${year}`;
  const names = new Map<string, string>();
  const sent: { d: Data; e: PaketEvent }[] = [];
  /** The plan's order: plan year, ordning (none: after the ordered ones), then registration. */
  const planOrder = new Map<string, [number, number, number]>();

  for (const e of [...events].sort((a, b) => a.position - b.position)) {
    if (e.position > cutoff.position) continue;
    const d = (e.data ?? {}) as Data;
    if (e.stream.startsWith('person-')) {
      if (e.type === 'PersonRegistered') names.set(d.personId, d.namn);
      if (e.type === 'PersonRenamed') names.set(d.personId, d.to);
    } else if (e.stream.startsWith('paminnelse-')) {
      if (e.type === 'PaminnelseSent') sent.push({ d, e });
    } else if (e.stream === `organ-${organId}`) {
      if (e.type === 'OrganRegistered') organNamn = d.namn;
      if (e.type === 'OrganRenamed') organNamn = d.to.namn;
    } else if (e.stream.startsWith('uppdrag-')) {
      if (e.type === 'UppdragRegistered') {
        if (!(d.riktasTill as string[]).includes(organId)) continue;
        planOrder.set(d.uppdragId, [d.origin.planYear, d.ordning ?? Infinity, planOrder.size]);
        uppdrag.set(d.uppdragId, {
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
        continue;
      }
      const u = uppdrag.get(d.uppdragId);
      if (!u) continue;
      // Of a joint uppdrag the organ answers for its own part (and the joint report), not the others'.
      const part = reportedPart(d as { organId?: string });
      if (part !== null && part !== organId) continue;
      const at = { by: e.actor, occurredAt: e.occurredAt, recordedAt: e.recordedAt, position: e.position };
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
          paminnelser: [],
          daysToFirstAnswer: null,
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
            paminnelser: [],
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
            paminnelser: [],
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
  // Deliveries are filed under the item they were about, once all items are known.
  for (const { d, e } of sent) {
    const paminnelse: PaketPaminnelse = {
      period: d.period,
      kind: d.kind,
      channel: d.channel,
      recipientPersonId: d.recipientPersonId,
      deadline: d.deadline,
      // Business time, as the reports it is compared with: the worker's clock when it sent.
      sentAt: e.occurredAt,
      position: e.position,
    };
    if (d.itemKind === 'uppdrag' && inYear(d.period, year))
      uppdrag.get(d.itemId)?.paminnelser.push(paminnelse);
    if (d.itemKind === 'uppsiktsarende') arenden.get(d.itemId)?.paminnelser.push(paminnelse);
    if (d.itemKind === 'kontrollmoment' && d.planId === planId)
      moments.get(d.itemId)?.paminnelser.push(paminnelse);
    if (d.itemKind === 'atgard' && d.planId === planId) atgarder.get(d.itemId)?.paminnelser.push(paminnelse);
  }
  for (const u of uppdrag.values()) u.svarstider = svarstider(u);
  for (const a of arenden.values())
    a.daysToFirstAnswer = a.svar.length > 0 ? daysBetween(a.recordedOn, a.svar[0].answeredOn) : null;

  const named = new Set<string>();
  for (const u of uppdrag.values()) {
    for (const r of u.rapporter) named.add(r.by);
    for (const p of u.paminnelser) named.add(p.recipientPersonId);
  }
  for (const a of arenden.values()) {
    for (const svar of a.svar) named.add(svar.by);
    for (const p of a.paminnelser) named.add(p.recipientPersonId);
  }
  for (const m of moments.values()) for (const p of m.paminnelser) named.add(p.recipientPersonId);
  for (const a of atgarder.values()) {
    named.add(a.ansvarigPersonId);
    for (const p of a.paminnelser) named.add(p.recipientPersonId);
  }
  const personer = Object.fromEntries([...named].sort().map((id) => [id, names.get(id) ?? id] as const));

  return {
    organId,
    organNamn,
    year,
    cutoff: { position: cutoff.position, hash: cutoff.hash },
    uppdrag: [...uppdrag.values()].sort((a, b) => {
      const [x, y] = [planOrder.get(a.uppdragId)!, planOrder.get(b.uppdragId)!];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    }),
    uppsiktsarenden: [...arenden.values()],
    internkontrollplan: plan,
    personer,
  };
}

/** A person as the package names them: their name at the cutoff, or the id if the log has none. */
export function personName(paket: Granskningspaket, personId: string): string {
  return paket.personer[personId] ?? personId;
}

/** The machine-readable package: the same bytes for the same package (keys in a fixed order). */
export function granskningspaketJson(paket: Granskningspaket): Buffer {
  return Buffer.from(`${JSON.stringify(paket, null, 2)}\n`, 'utf8');
}
