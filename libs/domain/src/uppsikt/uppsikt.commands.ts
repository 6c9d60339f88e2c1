/** What regionstyrelsen and the organs ask of an uppsiktsärende. Each names its ärende. */
import { type DomainCommand } from '../shared/decider';
import { type UppsiktItem, type UppsiktsarendeKind } from './uppsikt.events';

export type RecordUppsiktsarende = DomainCommand<
  'RecordUppsiktsarende',
  {
    arendeId: string;
    /** Regionstyrelsen's organ id; the command handler checks that it names the regionstyrelse. */
    regionstyrelsenId: string;
    organId: string;
    item?: UppsiktItem | null;
    kind: UppsiktsarendeKind;
    text: string;
    dueDate: string;
  }
>;

export type AnswerUppsiktsarende = DomainCommand<'AnswerUppsiktsarende', { arendeId: string; text: string }>;

export type CloseUppsiktsarende = DomainCommand<
  'CloseUppsiktsarende',
  { arendeId: string; conclusion: string }
>;

export type UppsiktCommand = RecordUppsiktsarende | AnswerUppsiktsarende | CloseUppsiktsarende;
