/**
 * The checks a decider cannot make alone because they need other streams (libs/domain/README.md):
 * named organs and people exist and are active, an organ does not end up under itself. Each item is
 * read from its own stream through the same StreamStore the write uses, so a live write sees every
 * committed change and a dry run (an import's validation) also sees what the run itself wrote.
 */
import {
  DomainError,
  evolvePerson,
  initialPersonState,
  type OrganEvent,
  type OrganTyp,
  organStream,
  type Person,
  type PersonEvent,
  personStream,
} from '@sparbar/domain';
import { type StreamStore } from './command-handler';

/** Deeper than any real hierarchy (fullmäktige → nämnd → beredning); a longer chain is a cycle or damage. */
const MAX_DEPTH = 50;

/** Ids as the API accepts them; anything else is left to the decider to refuse. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** What the cross-stream rules need of an organ. */
export interface OrganFacts {
  organId: string;
  namn: string;
  typ: OrganTyp;
  parentOrganId: string | null;
  active: boolean;
}

/** The named organs and people, read before deciding (a decider's checks are synchronous). */
export class Known {
  constructor(
    private readonly organs: ReadonlyMap<string, OrganFacts | null>,
    private readonly persons: ReadonlyMap<string, Person | null>,
  ) {}

  activeOrgan(organId: string, field: string): OrganFacts {
    const organ = this.organs.get(organId) ?? null;
    if (!organ) throw new DomainError('ORGAN_NOT_FOUND', `Organet "${organId}" finns inte.`, field);
    if (!organ.active) {
      throw new DomainError('ORGAN_DEACTIVATED', `Organet "${organ.namn}" är avvecklat.`, field);
    }
    return organ;
  }

  activePerson(personId: string, field: string): Person {
    const person = this.persons.get(personId) ?? null;
    if (!person) throw new DomainError('PERSON_NOT_FOUND', `Personen "${personId}" finns inte.`, field);
    if (!person.active) {
      throw new DomainError('PERSON_DEACTIVATED', `${person.namn} är inaktiverad.`, field);
    }
    return person;
  }
}

export class References {
  constructor(private readonly store: Pick<StreamStore, 'readStream'>) {}

  /** Reads the named organs and people. */
  async load(ids: { organs?: readonly unknown[]; persons?: readonly unknown[] }): Promise<Known> {
    const organs = new Map<string, OrganFacts | null>();
    const persons = new Map<string, Person | null>();
    await Promise.all([
      ...validIds(ids.organs).map(async (id) => organs.set(id, await this.organ(id))),
      ...validIds(ids.persons).map(async (id) => persons.set(id, await this.person(id))),
    ]);
    return new Known(organs, persons);
  }

  async organ(organId: string): Promise<OrganFacts | null> {
    return foldOrganFacts(await this.store.readStream(organStream(organId)));
  }

  async person(personId: string): Promise<Person | null> {
    const events = await this.store.readStream(personStream(personId));
    const state = events.reduce(
      (s, e) => evolvePerson(s, { type: e.type, data: e.data } as PersonEvent),
      initialPersonState(),
    );
    return state.exists ? state : null;
  }

  /** The organs above this one, nearest first, as far as they go (or MAX_DEPTH). */
  async ancestors(organId: string): Promise<string[]> {
    const chain: string[] = [];
    let current: string | null = organId;
    while (current !== null && chain.length < MAX_DEPTH && !chain.includes(current)) {
      chain.push(current);
      current = (await this.organ(current))?.parentOrganId ?? null;
    }
    return chain;
  }
}

function foldOrganFacts(events: readonly { type: string; data: unknown }[]): OrganFacts | null {
  let facts: OrganFacts | null = null;
  for (const stored of events) {
    const event = { type: stored.type, data: stored.data } as OrganEvent;
    if (event.type === 'OrganRegistered') {
      const { organId, namn, typ, parentOrganId } = event.data;
      facts = { organId, namn, typ, parentOrganId, active: true };
    } else if (facts !== null) {
      const current: OrganFacts = facts;
      if (event.type === 'OrganRenamed') facts = { ...current, namn: event.data.to.namn };
      else if (event.type === 'OrganParentChanged') facts = { ...current, parentOrganId: event.data.to };
      else if (event.type === 'OrganDeactivated') facts = { ...current, active: false };
    }
  }
  return facts;
}

function validIds(values: readonly unknown[] = []): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && ID.test(v)))];
}
