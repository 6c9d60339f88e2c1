/** Organs and persons through the real deciders, as an administrator registers them. */
import { ACTOR } from '@sparbar/domain/testing/fixtures';
import {
  type OrganCommand,
  organDecider,
  organStream,
  type PersonCommand,
  personDecider,
  personStream,
} from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { CommandHandler } from '@sparbar/application';

export class MasterData {
  private readonly handler: CommandHandler;
  private now = new Date('2023-01-02T08:00:00Z');

  constructor(store: EventStore) {
    this.handler = new CommandHandler(store, () => this.now);
  }

  at(iso: string): this {
    this.now = new Date(iso);
    return this;
  }

  async organ<T extends OrganCommand['type']>(type: T, data: Extract<OrganCommand, { type: T }>['data']) {
    const stream = organStream((data as { organId: string }).organId);
    await this.handler.handle(organDecider, stream, {
      type,
      data,
      metadata: { actor: ACTOR.admin },
    } as never);
  }

  async person<T extends PersonCommand['type']>(type: T, data: Extract<PersonCommand, { type: T }>['data']) {
    const stream = personStream((data as { personId: string }).personId);
    await this.handler.handle(personDecider, stream, {
      type,
      data,
      metadata: { actor: ACTOR.admin },
    } as never);
  }
}
