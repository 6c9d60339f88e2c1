import { Global, Module } from '@nestjs/common';
import { Application } from '@sparbar/application';
import { type Clock } from '@sparbar/config';
import { type EventStore } from '@sparbar/event-store';
import { CLOCK, EVENT_STORE } from '@sparbar/runtime';

/**
 * The application layer for the HTTP app: one `Application` per process (its write listeners keep the
 * in-memory organisation directory current). Controllers call libs/application's use cases with it.
 */
@Global()
@Module({
  providers: [
    {
      provide: Application,
      inject: [EVENT_STORE, CLOCK],
      useFactory: (store: EventStore, clock: Clock) => Application.live(store, clock),
    },
  ],
  exports: [Application],
})
export class ApplicationModule {}
