/**
 * What can happen to a delmål and its indikatorer. As for uppdrag: only what changed, old values where
 * a value is replaced, null for absent, and event types never renamed.
 */
import { type Backdated } from '../shared/business-time';
import { type DomainEvent } from '../shared/decider';
import { type MadeAfterAdoption } from '../faststallelse/faststallelse.events';
import { type Bedomning, type Riktning } from './bedomning';

export type Regionmal = { id: string; namn: string };

export type DelmalDefined = DomainEvent<
  'DelmalDefined',
  { delmalId: string; organId: string; planYear: number; regionmal: Regionmal; text: string }
>;

/** The year and value an indikator is measured against ("Utfall 2021"). */
export type Baseline = { year: number; value: number };

export type IndikatorAdded = DomainEvent<
  'IndikatorAdded',
  {
    delmalId: string;
    indikatorId: string;
    namn: string;
    enhet: string | null;
    baseline: Baseline | null;
    /** null: "Svar saknas", no target set yet. */
    malvarde: number | null;
    riktning: Riktning;
  }
>;

export type IndikatorMalvardeChanged = DomainEvent<
  'IndikatorMalvardeChanged',
  { delmalId: string; indikatorId: string; from: number | null; to: number | null; reason: string }
>;

/** An utfall with the bedömning computed from it, the inputs of that computation kept beside it. */
export type IndikatorMatning = { utfall: number | null; kvot: number | null; bedomning: Bedomning };

/**
 * The målvärde and riktning in force are stored with the bedömning, so a report reproduced years later
 * shows the same colour even if the target was changed since.
 */
export type IndikatorUtfallRecorded = DomainEvent<
  'IndikatorUtfallRecorded',
  {
    delmalId: string;
    indikatorId: string;
    period: string;
    malvarde: number | null;
    riktning: Riktning;
  } & IndikatorMatning &
    MadeAfterAdoption
>;

export type IndikatorUtfallCorrected = DomainEvent<
  'IndikatorUtfallCorrected',
  {
    delmalId: string;
    indikatorId: string;
    period: string;
    malvarde: number | null;
    riktning: Riktning;
    from: IndikatorMatning;
    to: IndikatorMatning;
    reason: string;
  } & Backdated &
    MadeAfterAdoption
>;

export type DelmalBedomning = { bedomning: Bedomning; prognos: Bedomning; kommentar: string };

export type DelmalAssessed = DomainEvent<
  'DelmalAssessed',
  { delmalId: string; period: string } & DelmalBedomning & MadeAfterAdoption
>;

export type DelmalAssessmentCorrected = DomainEvent<
  'DelmalAssessmentCorrected',
  {
    delmalId: string;
    period: string;
    from: DelmalBedomning;
    to: DelmalBedomning;
    reason: string;
  } & Backdated &
    MadeAfterAdoption
>;

export type DelmalClosed = DomainEvent<'DelmalClosed', { delmalId: string; kommentar: string | null }>;

export type DelmalEvent =
  | DelmalDefined
  | IndikatorAdded
  | IndikatorMalvardeChanged
  | IndikatorUtfallRecorded
  | IndikatorUtfallCorrected
  | DelmalAssessed
  | DelmalAssessmentCorrected
  | DelmalClosed;

export type DelmalEventType = DelmalEvent['type'];

export const DELMAL_EVENT_TYPES = [
  'DelmalDefined',
  'IndikatorAdded',
  'IndikatorMalvardeChanged',
  'IndikatorUtfallRecorded',
  'IndikatorUtfallCorrected',
  'DelmalAssessed',
  'DelmalAssessmentCorrected',
  'DelmalClosed',
] as const satisfies readonly DelmalEventType[];
