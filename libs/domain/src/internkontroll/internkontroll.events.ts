/**
 * What happens to a nämnd's internkontrollplan for a year. Every event names the nämnd and the year
 * (the stream). A change to the plan after it was adopted carries `changesAdoptedPlan: true` and its
 * reason, so the audit trail tells the plan the nämnd adopted from what was changed in it afterwards.
 * Stored forever: never rename an event type.
 */
import { type DomainEvent } from '../shared/decider';
import { type Frekvens } from './internkontroll.frekvens';

export const KONTROLLRESULTAT = ['utan_anmarkning', 'avvikelse'] as const;
export type Kontrollresultat = (typeof KONTROLLRESULTAT)[number];

export const KONTROLLRESULTAT_LABELS: Record<Kontrollresultat, string> = {
  utan_anmarkning: 'Utan anmärkning',
  avvikelse: 'Avvikelse',
};

export const ATGARD_STATUSES = ['planerad', 'pagar', 'klar'] as const;
export type AtgardStatus = (typeof ATGARD_STATUSES)[number];

export const ATGARD_STATUS_LABELS: Record<AtgardStatus, string> = {
  planerad: 'Planerad',
  pagar: 'Pågår',
  klar: 'Klar',
};

/** Sannolikhet and konsekvens, 1–4 each; the risk value is their product (1–16, the 4×4 matrix). */
export type Riskbedomning = { sannolikhet: number; konsekvens: number; riskvarde: number };

type PlanRef = { organId: string; year: number };
/** Whether a change to the plan was made after adoption, and why. */
type PlanChange = { changesAdoptedPlan: boolean; reason: string | null };

export type InternkontrollplanCreated = DomainEvent<'InternkontrollplanCreated', PlanRef>;

export type RiskAdded = DomainEvent<
  'RiskAdded',
  PlanRef & PlanChange & Riskbedomning & { riskId: string; text: string }
>;

export type RiskReassessed = DomainEvent<
  'RiskReassessed',
  PlanRef & PlanChange & { riskId: string; from: Riskbedomning; to: Riskbedomning }
>;

export type KontrollmomentAdded = DomainEvent<
  'KontrollmomentAdded',
  PlanRef &
    PlanChange & {
      riskId: string;
      kontrollmomentId: string;
      /** What is checked. */
      vad: string;
      /** How it is checked. */
      hur: string;
      /** Who checks it (a role or a name, as plans write it). */
      vem: string;
      frekvens: Frekvens;
    }
>;

export type InternkontrollplanAdopted = DomainEvent<
  'InternkontrollplanAdopted',
  PlanRef & { adoptedOn: string; paragraf: string | null }
>;

export type KontrollresultatRecorded = DomainEvent<
  'KontrollresultatRecorded',
  PlanRef & {
    kontrollmomentId: string;
    period: string;
    resultat: Kontrollresultat;
    /** Required for an avvikelse: what was found. */
    beskrivning: string | null;
    recordedOn: string;
  }
>;

export type AtgardAdded = DomainEvent<
  'AtgardAdded',
  PlanRef & {
    atgardId: string;
    /** The avvikelse it remedies: the kontrollmoment's result for this period. */
    kontrollmomentId: string;
    period: string;
    text: string;
    ansvarigPersonId: string;
    dueDate: string;
    status: AtgardStatus;
  }
>;

export type AtgardStatusChanged = DomainEvent<
  'AtgardStatusChanged',
  PlanRef & { atgardId: string; from: AtgardStatus; to: AtgardStatus; kommentar: string | null }
>;

export type InternkontrollEvent =
  | InternkontrollplanCreated
  | RiskAdded
  | RiskReassessed
  | KontrollmomentAdded
  | InternkontrollplanAdopted
  | KontrollresultatRecorded
  | AtgardAdded
  | AtgardStatusChanged;

export type InternkontrollEventType = InternkontrollEvent['type'];

export const INTERNKONTROLL_EVENT_TYPES = [
  'InternkontrollplanCreated',
  'RiskAdded',
  'RiskReassessed',
  'KontrollmomentAdded',
  'InternkontrollplanAdopted',
  'KontrollresultatRecorded',
  'AtgardAdded',
  'AtgardStatusChanged',
] as const satisfies readonly InternkontrollEventType[];
