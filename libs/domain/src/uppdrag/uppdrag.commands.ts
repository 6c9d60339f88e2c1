/**
 * What people ask of an uppdrag. Optional inputs may be left out or sent as null; the decider stores
 * them as null. Every command names its uppdrag, so a handler can route it to the stream.
 */
import { type DomainCommand } from '../shared/decider';
import { type Periodicitet } from '../period/period';
import { type UppdragOriginKind, type UppdragStatus } from './uppdrag.status';

export type RegisterUppdrag = DomainCommand<
  'RegisterUppdrag',
  {
    uppdragId: string;
    text: string;
    beskrivning?: string | null;
    /** The organs the uppdrag is directed to ("Riktas till"); at least one. */
    riktasTill: string[];
    /** The recipient with the coordinating role ("särskilt uppdrag till regionstyrelsen att samordna"). */
    samordnare?: string | null;
    periodicitet: Periodicitet;
    slutdatum: string;
    ansvarigPersonId: string;
    /**
     * Where the uppdrag stands in the plan's table (1 = first row): tables and reports list uppdrag in
     * this order. Optional; without it the uppdrag comes after every ordered one, in registration order.
     */
    ordning?: number | null;
    origin: {
      givenBy: string;
      kind: UppdragOriginKind;
      beslutsdatum?: string | null;
      diarienummer?: string | null;
      paragraf?: string | null;
      planYear: number;
    };
  }
>;

export type ChangeUppdragAnsvarig = DomainCommand<
  'ChangeUppdragAnsvarig',
  { uppdragId: string; ansvarigPersonId: string }
>;

export type ChangeUppdragPeriodicitet = DomainCommand<
  'ChangeUppdragPeriodicitet',
  { uppdragId: string; periodicitet: Periodicitet; reason?: string | null }
>;

export type ExtendUppdragSlutdatum = DomainCommand<
  'ExtendUppdragSlutdatum',
  { uppdragId: string; slutdatum: string; reason: string }
>;

/**
 * `organId`: the recipient whose own part is reported (one of riktasTill). Left out or null: the joint
 * report (the samordnare's summary; on an uppdrag with one recipient simply its report).
 */
export type ReportUppdragStatus = DomainCommand<
  'ReportUppdragStatus',
  { uppdragId: string; period: string; status: UppdragStatus; kommentar: string; organId?: string | null }
>;

export type CorrectUppdragReport = DomainCommand<
  'CorrectUppdragReport',
  {
    uppdragId: string;
    period: string;
    status: UppdragStatus;
    kommentar: string;
    reason: string;
    organId?: string | null;
  }
>;

/** Closes the whole uppdrag, every part with it. */
export type CloseUppdrag = DomainCommand<'CloseUppdrag', { uppdragId: string; kommentar: string }>;

/** One recipient finishes its own part ("Avslutad" with a final comment); the others go on reporting. */
export type CloseUppdragPart = DomainCommand<
  'CloseUppdragPart',
  { uppdragId: string; organId: string; kommentar: string }
>;

export type WithdrawUppdrag = DomainCommand<'WithdrawUppdrag', { uppdragId: string; reason: string }>;

export type UppdragCommand =
  | RegisterUppdrag
  | ChangeUppdragAnsvarig
  | ChangeUppdragPeriodicitet
  | ExtendUppdragSlutdatum
  | ReportUppdragStatus
  | CorrectUppdragReport
  | CloseUppdrag
  | CloseUppdragPart
  | WithdrawUppdrag;

export type UppdragCommandType = UppdragCommand['type'];
