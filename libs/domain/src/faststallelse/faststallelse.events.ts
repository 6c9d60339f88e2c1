/**
 * What happens to a nämnd's report for a period once it is written: the nämnd adopts it at a meeting
 * (and may adopt it again, corrected, at a later one), regionstyrelsen and fullmäktige receive and
 * handle it. Stored forever: never rename.
 */
import { type DomainEvent } from '../shared/decider';

export const HANDLING_BODIES = ['regionstyrelsen', 'fullmaktige'] as const;
export type HandlingBody = (typeof HANDLING_BODIES)[number];

export const HANDLING_KINDS = ['received', 'handled'] as const;
export type HandlingKind = (typeof HANDLING_KINDS)[number];

export const HANDLING_BODY_LABELS: Record<HandlingBody, string> = {
  regionstyrelsen: 'Regionstyrelsen',
  fullmaktige: 'Regionfullmäktige',
};

export const HANDLING_KIND_LABELS: Record<HandlingKind, string> = {
  received: 'anmäld',
  handled: 'behandlad',
};

/** A meeting's decision: the date and the § of the protokoll. */
export type Beslut = { meetingDate: string; paragraf: string };

export type PeriodReportAdopted = DomainEvent<
  'PeriodReportAdopted',
  {
    organId: string;
    period: string;
    meetingDate: string;
    paragraf: string;
    diarienummer: string | null;
    /** The adoption this one replaces (a re-adoption at a later meeting); null the first time. */
    previous: Beslut | null;
  }
>;

export type PeriodReportHandlingRecorded = DomainEvent<
  'PeriodReportHandlingRecorded',
  {
    organId: string;
    period: string;
    by: HandlingBody;
    byOrganId: string;
    kind: HandlingKind;
    date: string;
    paragraf: string;
  }
>;

export type FaststallelseEvent = PeriodReportAdopted | PeriodReportHandlingRecorded;

export type FaststallelseEventType = FaststallelseEvent['type'];

export const FASTSTALLELSE_EVENT_TYPES = [
  'PeriodReportAdopted',
  'PeriodReportHandlingRecorded',
] as const satisfies readonly FaststallelseEventType[];

/**
 * What a report or assessment written after its period was adopted carries, so every reader can show
 * "ändrad efter fastställande" without reading the adoption stream: the adoption it departs from and
 * why. Absent on everything written before adoption.
 */
export type AfterAdoption = { adoptedOn: string; paragraf: string; reason: string };

/** Present only on a report, utfall or assessment of a period its organ had already adopted. */
export type MadeAfterAdoption = { afterAdoption?: AfterAdoption };
