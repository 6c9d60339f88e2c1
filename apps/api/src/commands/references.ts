/**
 * The checks a decider cannot make alone because they need other streams (libs/domain/README.md):
 * named organs and people exist and are active, an organ does not end up under itself, an e-mail
 * address belongs to one person. Each item is read from its own stream, so the check sees every
 * committed change.
 */
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, organStream, personStream } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { EVENT_STORE } from '@sparbar/runtime';
import { ID_PATTERN } from '../http/dto-fields';
import { foldOrganView, type OrganView } from '../organisation/organ/organ.view';
import { foldPersonView, type PersonView } from '../organisation/person/person.view';

/** Deeper than any real hierarchy (fullmäktige → nämnd → beredning); a longer chain is a cycle or damage. */
const MAX_DEPTH = 50;

export class Known {
  constructor(
    private readonly organs: ReadonlyMap<string, OrganView | null>,
    private readonly persons: ReadonlyMap<string, PersonView | null>,
  ) {}

  activeOrgan(organId: string, field: string): OrganView {
    const organ = this.organs.get(organId) ?? null;
    if (!organ) throw new DomainError('ORGAN_NOT_FOUND', `Organet "${organId}" finns inte.`, field);
    if (!organ.active) {
      throw new DomainError('ORGAN_DEACTIVATED', `Organet "${organ.namn}" är avvecklat.`, field);
    }
    return organ;
  }

  activePerson(personId: string, field: string): PersonView {
    const person = this.persons.get(personId) ?? null;
    if (!person) throw new DomainError('PERSON_NOT_FOUND', `Personen "${personId}" finns inte.`, field);
    if (!person.active) {
      throw new DomainError('PERSON_DEACTIVATED', `${person.namn} är inaktiverad.`, field);
    }
    return person;
  }
}

@Injectable()
export class References {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Reads the named organs and people; ids that are not ids at all are left to the decider to refuse. */
  async load(ids: { organs?: readonly unknown[]; persons?: readonly unknown[] }): Promise<Known> {
    const organs = new Map<string, OrganView | null>();
    const persons = new Map<string, PersonView | null>();
    await Promise.all([
      ...validIds(ids.organs).map(async (id) => organs.set(id, await this.organ(id))),
      ...validIds(ids.persons).map(async (id) => persons.set(id, await this.person(id))),
    ]);
    return new Known(organs, persons);
  }

  async organ(organId: string): Promise<OrganView | null> {
    return foldOrganView(await this.store.readStream(organStream(organId)));
  }

  async person(personId: string): Promise<PersonView | null> {
    return foldPersonView(await this.store.readStream(personStream(personId)));
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

function validIds(values: readonly unknown[] = []): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && ID_PATTERN.test(v)))];
}
