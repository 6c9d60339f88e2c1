/**
 * What a nämnd asks of its internkontrollplan. Every command names the nämnd and the year: together
 * they are the plan (and its stream). `reason` is required for a change to an adopted plan.
 */
import { type DomainCommand } from '../shared/decider';
import { type Frekvens } from './internkontroll.frekvens';
import { type AtgardStatus, type Kontrollresultat } from './internkontroll.events';

type PlanRef = { organId: string; year: number };
type Change = { reason?: string | null };

export type CreateInternkontrollplan = DomainCommand<'CreateInternkontrollplan', PlanRef>;

export type AddRisk = DomainCommand<
  'AddRisk',
  PlanRef & Change & { riskId: string; text: string; sannolikhet: number; konsekvens: number }
>;

export type ReassessRisk = DomainCommand<
  'ReassessRisk',
  PlanRef & Change & { riskId: string; sannolikhet: number; konsekvens: number }
>;

export type AddKontrollmoment = DomainCommand<
  'AddKontrollmoment',
  PlanRef &
    Change & {
      riskId: string;
      kontrollmomentId: string;
      vad: string;
      hur: string;
      vem: string;
      frekvens: Frekvens;
    }
>;

export type AdoptInternkontrollplan = DomainCommand<
  'AdoptInternkontrollplan',
  PlanRef & { adoptedOn: string; paragraf?: string | null }
>;

export type RecordKontrollresultat = DomainCommand<
  'RecordKontrollresultat',
  PlanRef & {
    kontrollmomentId: string;
    period: string;
    resultat: Kontrollresultat;
    beskrivning?: string | null;
  }
>;

export type AddAtgard = DomainCommand<
  'AddAtgard',
  PlanRef & {
    atgardId: string;
    kontrollmomentId: string;
    period: string;
    text: string;
    ansvarigPersonId: string;
    dueDate: string;
  }
>;

export type ChangeAtgardStatus = DomainCommand<
  'ChangeAtgardStatus',
  PlanRef & { atgardId: string; status: AtgardStatus; kommentar?: string | null }
>;

export type InternkontrollCommand =
  | CreateInternkontrollplan
  | AddRisk
  | ReassessRisk
  | AddKontrollmoment
  | AdoptInternkontrollplan
  | RecordKontrollresultat
  | AddAtgard
  | ChangeAtgardStatus;
