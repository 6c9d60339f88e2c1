/**
 * Validates a whole import before anything is written: every command is decided by its own decider on
 * a scratch fold — the streams as they stand in the store, then the file's own earlier commands folded
 * in, in file order — so a report after a registration in the same file is judged as it will be when
 * written. The checks the deciders cannot make (named organs and people exist and are active,
 * fullmäktige's uppdrag given by regionfullmäktige; libs/domain/README.md) run on the same scratch
 * world. Every refusal is collected; nothing stops at the first.
 *
 * Each command is decided with its actor's roles and organ from the person's stream, plus the
 * `importer` capability of the person running the import (which is what allows the earlier business
 * time, libs/domain access/command-guard.ts): the actor's own rights still decide what they may do.
 */
import {
  type Actor,
  type CommandMetadata,
  type Decider,
  DomainError,
  delmalDecider,
  delmalStream,
  evolvePerson,
  initialPersonState,
  isDomainError,
  organStream,
  type PersonEvent,
  type PersonState,
  personStream,
  uppdragDecider,
  uppdragStream,
} from '@sparbar/domain';
import { IMPORTABLE_COMMANDS } from './commands/command-file';
import { type ImportError } from './import-error';
import { type PlannedCommand } from './planned-command';

type AnyEvent = { type: string; data: unknown; metadata?: { occurredAt?: string } };
type AnyCommand = { type: string; data: unknown; metadata: CommandMetadata };
export type AnyDecider = Decider<AnyCommand, AnyEvent, unknown>;

/** The part of the event store the validation reads. */
export interface StreamReader {
  readStream(
    stream: string,
  ): Promise<
    readonly { type: string; data: unknown; revision: number; metadata?: { occurredAt?: string } }[]
  >;
}

/** A command that passed, ready to be written with the revision its stream will have before it. */
export interface CheckedCommand {
  row: number;
  type: string;
  stream: string;
  decider: AnyDecider;
  actor: Actor;
  data: Record<string, unknown>;
  occurredAt: string | undefined;
  /** The stream's revision when this command is written (-1: new), if the store is unchanged. */
  expectedRevision: number;
  events: number;
}

export interface ValidationResult {
  errors: ImportError[];
  checked: CheckedCommand[];
}

type OrganFacts = { namn: string; typ: string; active: boolean } | null;

const UPPDRAG = new Set<string>(IMPORTABLE_COMMANDS.uppdrag);
const DELMAL = new Set<string>(IMPORTABLE_COMMANDS.delmal);

function route(command: PlannedCommand): { stream: string; decider: AnyDecider } | null {
  const { uppdragId, delmalId } = command.data;
  if (UPPDRAG.has(command.type) && typeof uppdragId === 'string') {
    return { stream: uppdragStream(uppdragId), decider: uppdragDecider as unknown as AnyDecider };
  }
  if (DELMAL.has(command.type) && typeof delmalId === 'string') {
    return { stream: delmalStream(delmalId), decider: delmalDecider as unknown as AnyDecider };
  }
  return null;
}

/** A command file names fields as the API does; an actor's problem is the `actor` field. */
function defaultFieldName(field: string | null): string {
  if (field === null || field.startsWith('metadata.actor')) return 'actor';
  if (field === 'metadata.now') return 'occurredAt';
  return field;
}

export async function validateImport(
  planned: readonly PlannedCommand[],
  store: StreamReader,
  now: string,
): Promise<ValidationResult> {
  const streams = new Map<string, { state: unknown; revision: number }>();
  const organs = new Map<string, OrganFacts>();
  const persons = new Map<string, PersonState>();

  const stream = async (name: string, decider: AnyDecider) => {
    if (!streams.has(name)) {
      const stored = await store.readStream(name);
      streams.set(name, {
        // With each event's business time, as the CommandHandler folds: the deciders' time rule reads it.
        state: stored.reduce(
          (s, e) =>
            decider.evolve(s, {
              type: e.type,
              data: e.data,
              metadata: { occurredAt: e.metadata?.occurredAt },
            }),
          decider.initialState(),
        ),
        revision: stored.length ? stored[stored.length - 1].revision : -1,
      });
    }
    return streams.get(name)!;
  };
  const organ = async (id: string): Promise<OrganFacts> => {
    if (!organs.has(id)) organs.set(id, foldOrgan(await store.readStream(organStream(id))));
    return organs.get(id)!;
  };
  const person = async (id: string): Promise<PersonState> => {
    if (!persons.has(id)) {
      const events = await store.readStream(personStream(id));
      persons.set(
        id,
        events.reduce((s, e) => evolvePerson(s, e as PersonEvent), initialPersonState()),
      );
    }
    return persons.get(id)!;
  };

  const errors: ImportError[] = [];
  const checked: CheckedCommand[] = [];
  for (const command of planned) {
    const name = command.fieldName ?? defaultFieldName;
    const refuse = (field: string | null, reason: string, code?: string) =>
      errors.push({ row: command.row, field: name(field), reason, ...(code ? { code } : {}) });

    const target = route(command);
    if (!target) {
      refuse('data', 'Kommandot saknar id för uppdraget eller delmålet, eller har en okänd typ.');
      continue;
    }
    const actingPerson = await person(command.actor);
    if (!actingPerson.exists || !actingPerson.active) {
      refuse(
        'metadata.actor',
        actingPerson.exists
          ? `${actingPerson.namn} är inaktiverad.`
          : `Personen "${command.actor}" finns inte.`,
        actingPerson.exists ? 'PERSON_DEACTIVATED' : 'PERSON_NOT_FOUND',
      );
      continue;
    }
    const actor: Actor = {
      personId: actingPerson.personId,
      roles: [...new Set([...actingPerson.roles, 'importer' as const])],
      organId: actingPerson.organId,
    };
    // Everything a cross-stream check below may ask about, read before deciding (the check is sync).
    await Promise.all([...organIdsOf(command.data).map(organ), ...personIdsOf(command.data).map(person)]);

    const current = await stream(target.stream, target.decider);
    try {
      const occurredAt = command.occurredAt ?? now;
      const events = target.decider.decide(
        { type: command.type, data: command.data, metadata: { actor, now: occurredAt, recordedAt: now } },
        current.state,
      );
      for (const event of events) checkReferences(event, organs, persons);
      checked.push({
        row: command.row,
        type: command.type,
        stream: target.stream,
        decider: target.decider,
        actor,
        data: command.data,
        occurredAt: command.occurredAt,
        expectedRevision: current.revision,
        events: events.length,
      });
      current.state = events.reduce(
        (s, e) => target.decider.evolve(s, { ...e, metadata: { occurredAt } }),
        current.state,
      );
      current.revision += events.length;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      refuse(error.field, error.message, error.code);
    }
  }
  return { errors, checked };
}

function organIdsOf(data: Record<string, unknown>): string[] {
  const origin = (data.origin ?? {}) as Record<string, unknown>;
  const ids = [...(Array.isArray(data.riktasTill) ? data.riktasTill : []), origin.givenBy, data.organId];
  return ids.filter((id): id is string => typeof id === 'string');
}

function personIdsOf(data: Record<string, unknown>): string[] {
  return typeof data.ansvarigPersonId === 'string' ? [data.ansvarigPersonId] : [];
}

/** The same checks as the API's controllers (apps/api/src/commands/references.ts and its callers). */
function checkReferences(
  event: AnyEvent,
  organs: ReadonlyMap<string, OrganFacts>,
  persons: ReadonlyMap<string, PersonState>,
): void {
  const activeOrgan = (id: string, field: string) => {
    const found = organs.get(id) ?? null;
    if (!found) throw new DomainError('ORGAN_NOT_FOUND', `Organet "${id}" finns inte.`, field);
    if (!found.active)
      throw new DomainError('ORGAN_DEACTIVATED', `Organet "${found.namn}" är avvecklat.`, field);
    return found;
  };
  const activePerson = (id: string, field: string) => {
    const found = persons.get(id);
    if (!found?.exists) throw new DomainError('PERSON_NOT_FOUND', `Personen "${id}" finns inte.`, field);
    if (!found.active) throw new DomainError('PERSON_DEACTIVATED', `${found.namn} är inaktiverad.`, field);
  };
  const data: unknown = event.data;
  if (event.type === 'UppdragRegistered') {
    const { riktasTill, origin, ansvarigPersonId } = data as {
      riktasTill: string[];
      origin: { givenBy: string; kind: string };
      ansvarigPersonId: string;
    };
    riktasTill.forEach((id, i) => activeOrgan(id, `data.riktasTill[${i}]`));
    const givenBy = activeOrgan(origin.givenBy, 'data.origin.givenBy');
    if (origin.kind === 'fullmaktige' && givenBy.typ !== 'regionfullmaktige') {
      throw new DomainError(
        'INVALID_VALUE',
        'Ett uppdrag från fullmäktige ska ges av regionfullmäktige; välj ursprunget "namnd" för en nämnds uppdrag.',
        'data.origin.givenBy',
      );
    }
    activePerson(ansvarigPersonId, 'data.ansvarigPersonId');
  } else if (event.type === 'UppdragAnsvarigChanged') {
    activePerson((data as { to: string }).to, 'data.ansvarigPersonId');
  } else if (event.type === 'DelmalDefined') {
    activeOrgan((data as { organId: string }).organId, 'data.organId');
  }
}

function foldOrgan(events: readonly { type: string; data: unknown }[]): OrganFacts {
  let facts = null as OrganFacts;
  for (const { type, data } of events) {
    const d = data as { namn?: string; typ?: string; to?: { namn: string } };
    if (type === 'OrganRegistered') facts = { namn: d.namn!, typ: d.typ!, active: true };
    else if (facts && type === 'OrganRenamed') facts = { ...facts, namn: d.to!.namn };
    else if (facts && type === 'OrganDeactivated') facts = { ...facts, active: false };
  }
  return facts;
}
