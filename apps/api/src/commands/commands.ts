/**
 * TRANSITION (issue 17): the HTTP app's old entry to writes, now a thin shim over the application
 * layer's `Application` (libs/application). Controllers move to calling use cases directly; this file
 * goes when the last one has.
 */
import { Inject, Injectable } from '@nestjs/common';
import { Application, type Written } from '@sparbar/application';
import { type CommandMetadata, type Decider } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type WriteContext } from './write-context';

type AnyCommand = { type: string; data: unknown; metadata: CommandMetadata };

export interface ExecuteOptions<E> {
  occurredAt?: string;
  create?: boolean;
  check?: (events: E[]) => void;
}

@Injectable()
export class Commands {
  constructor(@Inject(Application) private readonly app: Application) {}

  execute<C extends AnyCommand, E extends { type: string; data: unknown }, S>(
    decider: Decider<C, E, S>,
    stream: string,
    command: Omit<C, 'metadata'>,
    write: WriteContext,
    options: ExecuteOptions<E> = {},
  ): Promise<Written<S>> {
    return this.app.execute(decider, stream, command, { ...write, occurredAt: options.occurredAt }, options);
  }

  read(stream: string): Promise<StoredEvent[]> {
    return this.app.streams.readStream(stream);
  }
}
