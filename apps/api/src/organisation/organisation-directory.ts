/**
 * Every organ and person, kept in memory by following the log: what lists of master data and the
 * e-mail uniqueness check read. Master data is small (hundreds of organs, thousands of people), but
 * the log is not: the first use reads only the organ and person streams up to where the log has
 * settled (the store filters, so a log of a million events is not sent here), later uses only what
 * was added since.
 *
 * The global order (readAll) may hold a new event back while any other transaction in the database is
 * open, so what this process writes is applied at once from the stream it wrote (Application.onWritten);
 * an event already applied that way is skipped when readAll reaches it (by stream revision).
 *
 * The bearer guard looks every signed-in person up here (PersonRegister), so a deactivation or a change
 * of roles or organ made through any process counts from the next request after this process has
 * heard of it: this process's own at once, another's when its append notification arrives
 * (milliseconds after its commit; see HeardAppends). While nothing was heard since the directory last
 * read the whole log, a lookup asks the database nothing; otherwise it first asks whether the log has
 * gained anything (the newest position, unless a notification named it) and reads what it gained, and
 * callers arriving while a catch-up waits its turn share it. While appends may go unheard (the
 * notification connection is down, or the store has none) every lookup asks, as before.
 *
 * A stop-gap until the projections lib has an organisation read model; each process keeps its own
 * copy, and two registrations racing with one e-mail address can both pass the check.
 */
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { parseStreamName, STREAM_PREFIXES } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { type StoredEvent } from '@sparbar/event-store';
import { EVENT_STORE } from '@sparbar/runtime';
import { Application } from '@sparbar/application';
import { HeardAppends, type HeardMark } from '../http/heard-appends';
import { type PersonRegister, type RegisteredPerson, type SignedInIdentity } from '../auth/person-register';
import { evolveOrganView, foldOrganView, type OrganView } from './organ/organ.view';
import { evolvePersonView, foldPersonView, type PersonRecord } from './person/person.view';

const PAGE = 1_000;

export interface Organisation {
  organs: ReadonlyMap<string, OrganView>;
  persons: ReadonlyMap<string, PersonRecord>;
}

@Injectable()
export class OrganisationDirectory implements PersonRegister, OnModuleDestroy {
  private position = 0;
  private readonly appends: HeardAppends;
  /** Set when a catch-up read the whole log with nothing heard since `mark`: nothing to read until more. */
  private caughtUp?: HeardMark;
  private firstRead = false;
  private readonly organs = new Map<string, OrganView>();
  private readonly persons = new Map<string, PersonRecord>();
  private queue: Promise<void> = Promise.resolve();
  /** A catch-up queued but not yet begun: whoever calls now may share it. */
  private waiting: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Application) app: Application,
  ) {
    app.onWritten((stream, events) => this.written(stream, events));
    this.appends = new HeardAppends(store);
  }

  async onModuleDestroy(): Promise<void> {
    await this.appends.stop();
  }

  private written(stream: string, events: readonly StoredEvent[]): void {
    const parsed = parseStreamName(stream);
    if (parsed?.category === 'organ') {
      const view = foldOrganView(events);
      if (view && view.revision > (this.organs.get(parsed.id)?.revision ?? -1))
        this.organs.set(parsed.id, view);
    } else if (parsed?.category === 'person') {
      const view = foldPersonView(events);
      if (view && view.revision > (this.persons.get(parsed.id)?.revision ?? -1))
        this.persons.set(parsed.id, view);
    }
  }

  /** Everything committed before the call, at least. */
  async current(): Promise<Organisation> {
    if (this.appends.quietSince(this.caughtUp)) return { organs: this.organs, persons: this.persons };
    // One catch-up at a time, each after the one before it, so an event is never applied twice. One
    // that has not begun reading yet will read everything committed before this call: join it.
    let next = this.waiting;
    if (!next) {
      next = this.queue
        .catch(() => undefined)
        .then(() => {
          this.waiting = null;
          return this.readNew();
        });
      this.waiting = next;
      this.queue = next;
    }
    await next;
    return { organs: this.organs, persons: this.persons };
  }

  async lookUp({ subject, email }: SignedInIdentity): Promise<RegisteredPerson | null> {
    const { persons } = await this.current();
    const byId = persons.get(subject);
    if (byId) return byId;
    if (email === null) return null;
    let inactive: PersonRecord | null = null;
    for (const person of persons.values()) {
      if (person.epost !== email) continue;
      if (person.active) return person;
      inactive ??= person;
    }
    return inactive;
  }

  private async readNew(): Promise<void> {
    this.caughtUp = undefined;
    const mark = this.appends.mark();
    if (!this.firstRead) await this.readFirst();
    // readAll reads only below a point every transaction under which has ended, so an event committed
    // since the last read lies above `position`: a head not past it says there is nothing to read. One
    // query instead of readAll's two (none when a notification named the head).
    const head = await this.appends.head();
    while (this.position < head) {
      const events = await this.store.readAll({ after: this.position, maxCount: PAGE });
      for (const event of events) {
        this.apply(event);
        this.position = event.position;
      }
      if (events.length < PAGE) break;
    }
    // Everything up to the head is read, and nothing heard since: until an append is heard, ask nothing.
    if (this.position >= head && this.appends.quietSince(mark)) this.caughtUp = mark;
  }

  /**
   * The first read: only organ and person streams, up to a position nothing can commit below any more,
   * so following on from it with readAll misses no event that was still committing.
   */
  private async readFirst(): Promise<void> {
    const upTo = await this.store.settledPosition();
    const prefixes = [STREAM_PREFIXES.organ, STREAM_PREFIXES.person];
    for await (const event of this.store.readRange({ upTo, prefixes })) this.apply(event);
    this.position = upTo;
    this.firstRead = true;
  }

  private apply(event: StoredEvent): void {
    const stream = parseStreamName(event.stream);
    if (stream?.category === 'organ') {
      const known = this.organs.get(stream.id) ?? null;
      const view = known && known.revision >= event.revision ? known : evolveOrganView(known, event);
      if (view) this.organs.set(stream.id, view);
    } else if (stream?.category === 'person') {
      const known = this.persons.get(stream.id) ?? null;
      const view = known && known.revision >= event.revision ? known : evolvePersonView(known, event);
      if (view) this.persons.set(stream.id, view);
    }
  }
}
