/** What people ask of a delmål. Optional inputs may be left out or sent as null. */
import { type DomainCommand } from '../shared/decider';
import { type Bedomning, type Riktning } from './bedomning';

export type DefineDelmal = DomainCommand<
  'DefineDelmal',
  {
    delmalId: string;
    /** The nämnd (or styrelse) whose plan the delmål belongs to. */
    organId: string;
    planYear: number;
    regionmal: { id: string; namn: string };
    text: string;
  }
>;

export type AddIndikator = DomainCommand<
  'AddIndikator',
  {
    delmalId: string;
    indikatorId: string;
    namn: string;
    enhet?: string | null;
    baseline?: { year: number; value: number } | null;
    malvarde?: number | null;
    riktning: Riktning;
  }
>;

export type ChangeIndikatorMalvarde = DomainCommand<
  'ChangeIndikatorMalvarde',
  { delmalId: string; indikatorId: string; malvarde: number | null; reason: string }
>;

/** `utfall: null` records that the value is missing for the period ("Svar saknas"). */
export type RecordIndikatorUtfall = DomainCommand<
  'RecordIndikatorUtfall',
  { delmalId: string; indikatorId: string; period: string; utfall: number | null }
>;

export type CorrectIndikatorUtfall = DomainCommand<
  'CorrectIndikatorUtfall',
  { delmalId: string; indikatorId: string; period: string; utfall: number | null; reason: string }
>;

export type AssessDelmal = DomainCommand<
  'AssessDelmal',
  { delmalId: string; period: string; bedomning: Bedomning; prognos: Bedomning; kommentar: string }
>;

export type CorrectDelmalAssessment = DomainCommand<
  'CorrectDelmalAssessment',
  {
    delmalId: string;
    period: string;
    bedomning: Bedomning;
    prognos: Bedomning;
    kommentar: string;
    reason: string;
  }
>;

export type CloseDelmal = DomainCommand<'CloseDelmal', { delmalId: string; kommentar?: string | null }>;

export type DelmalCommand =
  | DefineDelmal
  | AddIndikator
  | ChangeIndikatorMalvarde
  | RecordIndikatorUtfall
  | CorrectIndikatorUtfall
  | AssessDelmal
  | CorrectDelmalAssessment
  | CloseDelmal;

export type DelmalCommandType = DelmalCommand['type'];
