/**
 * The uppdrag lists (Mina uppdrag, Översikt's latest), kept per request and per state of the
 * `uppdrag_now` read model: see ReadModelAnswers. An organ's list of 500 is a third of a megabyte of
 * JSON, read and serialised on every request without it.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { uppdragNowProjection } from '@sparbar/projections';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { HeardAppends } from '../../http/heard-appends';
import { ReadModelAnswers } from '../../http/read-model-answers';

@Injectable()
export class UppdragListAnswers extends ReadModelAnswers {
  constructor(@Inject(SQL_DATABASE) sql: SqlDriver, @Inject(EVENT_STORE) store: EventStore) {
    super(sql, uppdragNowProjection.name, 32 * 1024 * 1024, { appends: new HeardAppends(store) });
  }
}
