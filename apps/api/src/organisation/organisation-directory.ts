/**
 * Every organ and person, kept in memory by following the log: what lists of master data and the
 * e-mail uniqueness check read. Master data is small (hundreds of organs, thousands of people), but
 * the log is not: the first use reads it whole, later uses only what was added since.
 *
 * The global order (readAll) may hold a new event back while any other transaction in the database is
 * open, so what this process writes is applied at once from the stream it wrote (Application.onWritten);
 * an event already applied that way is skipped when readAll reaches it (by stream revision).
 *
 * A stop-gap until the projections lib has an organisation read model; each process keeps its own
 * copy, and two registrations racing with one e-mail address can both pass the check.
 */
import { Inject, Injectable } from '@nestjs/common';
import { parseStreamName } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { type StoredEvent } from '@sparbar/event-store';
import { EVENT_STORE } from '@sparbar/runtime';
import { Application } from '@sparbar/application';
import { evolveOrganView, foldOrganView, type OrganView } from './organ/organ.view';
import { evolvePersonView, foldPersonView, type PersonView } from './person/person.view';

const PAGE = 1_000;

export interface Organisation {
  organs: ReadonlyMap<string, OrganView>;
  persons: ReadonlyMap<string, PersonView>;
}

@Injectable()
export class OrganisationDirectory {
  private position = 0;
  private readonly organs = new Map<string, OrganView>();
  private readonly persons = new Map<string, PersonView>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Application) app: Application,
  ) {
    app.onWritten((stream, events) => this.written(stream, events));
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
    // One catch-up at a time, each after the one before it, so an event is never applied twice.
    const next = this.queue.catch(() => undefined).then(() => this.readNew());
    this.queue = next;
    await next;
    return { organs: this.organs, persons: this.persons };
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ after: this.position, maxCount: PAGE });
      for (const event of events) {
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
        this.position = event.position;
      }
      if (events.length < PAGE) return;
    }
  }
}
