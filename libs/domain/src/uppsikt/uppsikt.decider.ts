/**
 * An uppsiktsärende: regionstyrelsen records an observation, a request for information or a request
 * for an action plan on an organ (or one of its uppdrag or delmål) with a date the answer is due; the
 * organ answers, once or more; regionstyrelsen closes it with its conclusion. That sequence, with who
 * and when, is the evidence auditors ask for when they examine the uppsiktsplikt.
 *
 * Order of checks as in the other deciders: command shape and times, existence, permission, still
 * open, then the command's own rules.
 */
import { authorize, mayActOnUppsiktsarende, type UppsiktAction } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { type Actor } from '../access/roles';
import { businessDateOf } from '../shared/dates';
import { NO_CORRECTIONS, withBusinessTime } from '../shared/business-time';
import { type Decider } from '../shared/decider';
import {
  requireDate,
  requireId,
  requireObject,
  requireOneOf,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import { type RecordUppsiktsarende, type UppsiktCommand } from './uppsikt.commands';
import { uppsiktErrors } from './uppsikt.errors';
import {
  UPPSIKT_ITEM_KINDS,
  type UppsiktEvent,
  type UppsiktItem,
  UPPSIKTSARENDE_KINDS,
} from './uppsikt.events';
import { evolveUppsikt, initialUppsiktState, type Uppsiktsarende, type UppsiktState } from './uppsikt.state';

export function decideUppsikt(command: UppsiktCommand, state: UppsiktState): UppsiktEvent[] {
  checkCommand(command);
  if (command.type === 'RecordUppsiktsarende') return record(command, state);
  if (!state.exists) throw uppsiktErrors.notFound();
  const { actor, now } = command.metadata;
  switch (command.type) {
    case 'AnswerUppsiktsarende': {
      const arende = open(state, actor, 'answer', 'besvara ett uppsiktsärende som gäller ett annat organ');
      const text = requireText(command.data.text, 'data.text', 'Svaret', TEXT_LIMITS.kommentar);
      return [
        {
          type: 'UppsiktsarendeAnswered',
          data: { arendeId: arende.arendeId, organId: arende.organId, text, answeredOn: businessDateOf(now) },
        },
      ];
    }
    case 'CloseUppsiktsarende': {
      const arende = open(state, actor, 'close', 'avsluta uppsiktsärenden');
      const conclusion = requireText(
        command.data.conclusion,
        'data.conclusion',
        'Slutsatsen',
        TEXT_LIMITS.kommentar,
      );
      return [
        {
          type: 'UppsiktsarendeClosed',
          data: { arendeId: arende.arendeId, conclusion, closedOn: businessDateOf(now) },
        },
      ];
    }
  }
}

function open(arende: Uppsiktsarende, actor: Actor, action: UppsiktAction, what: string): Uppsiktsarende {
  authorize(mayActOnUppsiktsarende(actor, action, arende), what);
  if (arende.closed) throw uppsiktErrors.closed();
  return arende;
}

function record({ data, metadata }: RecordUppsiktsarende, state: UppsiktState): UppsiktEvent[] {
  if (state.exists) throw uppsiktErrors.alreadyRecorded();
  const recordedOn = businessDateOf(metadata.now);
  // The fields the permission depends on first; the rest only for someone who may record.
  const regionstyrelsenId = requireId(data.regionstyrelsenId, 'data.regionstyrelsenId', 'Regionstyrelsen');
  const organId = requireId(data.organId, 'data.organId', 'Organet');
  authorize(
    mayActOnUppsiktsarende(metadata.actor, 'record', { regionstyrelsenId, organId }),
    'registrera uppsiktsärenden; det gör regionstyrelsen',
  );
  if (organId === regionstyrelsenId) throw uppsiktErrors.overRegionstyrelsen();
  const dueDate = requireDate(data.dueDate, 'data.dueDate', 'Svarsdatum');
  if (dueDate < recordedOn) throw uppsiktErrors.dueDateBeforeRecorded(dueDate, recordedOn);
  return [
    {
      type: 'UppsiktsarendeRecorded',
      data: {
        arendeId: requireId(data.arendeId, 'data.arendeId', 'Uppsiktsärendet'),
        regionstyrelsenId,
        organId,
        item: optionalItem(data.item),
        kind: requireOneOf(data.kind, UPPSIKTSARENDE_KINDS, 'data.kind', 'Typ av ärende'),
        text: requireText(data.text, 'data.text', 'Ärendets text', TEXT_LIMITS.kommentar),
        dueDate,
        recordedOn,
      },
    },
  ];
}

function optionalItem(value: unknown): UppsiktItem | null {
  if (value === null || value === undefined) return null;
  const item = requireObject(value, 'data.item', 'Ärendets uppdrag eller delmål');
  return {
    kind: requireOneOf(item.kind, UPPSIKT_ITEM_KINDS, 'data.item.kind', 'Typ av post'),
    id: requireId(item.id, 'data.item.id', 'Posten'),
  };
}

/** Business time never runs backwards (shared/business-time.ts); nothing here is dated back. */
export const uppsiktDecider = withBusinessTime(
  { initialState: initialUppsiktState, evolve: evolveUppsikt, decide: decideUppsikt } satisfies Decider<
    UppsiktCommand,
    UppsiktEvent,
    UppsiktState
  >,
  NO_CORRECTIONS,
);
