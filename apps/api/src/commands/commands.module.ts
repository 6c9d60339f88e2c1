import { Global, Module } from '@nestjs/common';
import { Application, References } from '@sparbar/application';
import { type Clock } from '@sparbar/config';
import { type EventStore } from '@sparbar/event-store';
import { CLOCK, EVENT_STORE } from '@sparbar/runtime';
import { Commands } from './commands';

/** The application layer (one per process: its write listeners keep in-memory copies current). */
@Global()
@Module({
  providers: [
    {
      provide: Application,
      inject: [EVENT_STORE, CLOCK],
      useFactory: (store: EventStore, clock: Clock) => Application.live(store, clock),
    },
    { provide: References, inject: [Application], useFactory: (app: Application) => app.references },
    Commands,
  ],
  exports: [Application, References, Commands],
})
export class CommandsModule {}
