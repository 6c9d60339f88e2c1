/**
 * What happens to an uppsiktsärende: regionstyrelsen records it, the organ answers (as often as it
 * has something to say), regionstyrelsen closes it with a conclusion. Stored forever: never rename.
 */
import { type DomainEvent } from '../shared/decider';

export const UPPSIKTSARENDE_KINDS = ['observation', 'begaran_om_information', 'atgardsplan'] as const;
export type UppsiktsarendeKind = (typeof UPPSIKTSARENDE_KINDS)[number];

export const UPPSIKTSARENDE_KIND_LABELS: Record<UppsiktsarendeKind, string> = {
  observation: 'Iakttagelse',
  begaran_om_information: 'Begäran om information',
  atgardsplan: 'Begäran om åtgärdsplan',
};

export const UPPSIKT_ITEM_KINDS = ['uppdrag', 'delmal'] as const;
export type UppsiktItemKind = (typeof UPPSIKT_ITEM_KINDS)[number];

/** The uppdrag or delmål the ärende is about; null when it concerns the organ as a whole. */
export type UppsiktItem = { kind: UppsiktItemKind; id: string };

export type UppsiktsarendeRecorded = DomainEvent<
  'UppsiktsarendeRecorded',
  {
    arendeId: string;
    /** The organ exercising uppsikt: regionstyrelsen. */
    regionstyrelsenId: string;
    /** The nämnd or beredning the ärende concerns, and which must answer. */
    organId: string;
    item: UppsiktItem | null;
    kind: UppsiktsarendeKind;
    text: string;
    /** When the organ's answer is due. */
    dueDate: string;
    /** The business date it was recorded on. */
    recordedOn: string;
  }
>;

export type UppsiktsarendeAnswered = DomainEvent<
  'UppsiktsarendeAnswered',
  { arendeId: string; organId: string; text: string; answeredOn: string }
>;

export type UppsiktsarendeClosed = DomainEvent<
  'UppsiktsarendeClosed',
  { arendeId: string; conclusion: string; closedOn: string }
>;

export type UppsiktEvent = UppsiktsarendeRecorded | UppsiktsarendeAnswered | UppsiktsarendeClosed;

export type UppsiktEventType = UppsiktEvent['type'];

export const UPPSIKT_EVENT_TYPES = [
  'UppsiktsarendeRecorded',
  'UppsiktsarendeAnswered',
  'UppsiktsarendeClosed',
] as const satisfies readonly UppsiktEventType[];
