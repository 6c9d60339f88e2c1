/**
 * What the current-year generator (current-year.ts) is given per kind of organisation: the uppdrag
 * fullmäktige has given its organs, the delmål one nämnd follows with indikatorer, and the nämnd that
 * adopts its tertial report. The generator lays them out around the day of the first start; a region's
 * content is in region-plan.ts, a kommun's in kommun-plan.ts.
 */
import { type Periodicitet } from '@sparbar/domain';

/** An uppdrag before it is laid out: its reports and late periods follow from the start day. */
export interface UppdragSpec {
  uppdragId: string;
  planYear: number;
  text: string;
  riktasTill: string[];
  periodicitet: Periodicitet;
  slutdatum: string;
  ansvarig: string;
  registeredOn: string;
  /** How many of the passed periods are left unreported (the last ones). */
  leftOwing: number;
}

export interface DelmalSpec {
  delmalId: string;
  /** The fullmäktige's goal it breaks down (the domain calls it regionmål in a kommun too). */
  regionmal: { id: string; namn: string };
  text: string;
  indikatorer: { indikatorId: string; namn: string; enhet: string; malvarde: number; baseline: number }[];
  /** The utfall per indikator of the year's i:th tertial. */
  utfall: (i: number) => Record<string, number>;
  /** The last tertial's bedömning left owing. */
  owingLast: boolean;
}

export interface PlanProfile {
  /** Fullmäktige's organ id: the giver of every uppdrag. */
  fullmaktige: string;
  /** The nämnd whose delmål the plan has. */
  delmalOrgan: string;
  /** The nämnd that adopts its report for the last tertial it has met on, and its diarium's prefix. */
  adoptedBy: { organId: string; diarium: string };
  /** The uppdrag laid out around a start in plan year Y (registered on `registeredOn` unless said). */
  uppdrag(Y: number, registeredOn: string): UppdragSpec[];
  delmal(Y: number): DelmalSpec[];
}

/** A number to one decimal, as the reports print them. */
export const tenths = (x: number) => Math.round(x * 10) / 10;
