/**
 * The history of one uppdrag or delmål, kept per request and per state of the `audit_log` read model:
 * see ReadModelAnswers. An answer is a pure function of the trail up to its checkpoint: its lines are
 * the trail's rows, and what the item's stream adds to them (a change's adoption lock) belongs to
 * events already stored, which never change. Without it every request read the trail and the stream
 * (bench:queries: a third of the throughput of the kept answers beside it).
 *
 * An installation from before the history moved serves it from `item_history` (projection `history`)
 * until its worker has rebuilt the trail: that read model's state is part of the key too, so an answer
 * is not kept past a change of it (once it is retired it has no live version and counts as "0.0").
 */
import { Inject, Injectable } from '@nestjs/common';
import { auditLogProjection } from '@sparbar/audit';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { RETIRED_PROJECTIONS } from '@sparbar/projections';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { HeardAppends } from '../http/heard-appends';
import { ReadModelAnswers } from '../http/read-model-answers';

/** The retired read model the history is read from until the trail has the history's columns. */
const BEFORE_THE_TRAIL = RETIRED_PROJECTIONS.filter((r) =>
  r.replacedBy.includes(auditLogProjection.name),
).map((r) => r.name);

@Injectable()
export class HistoryAnswers extends ReadModelAnswers {
  constructor(@Inject(SQL_DATABASE) sql: SqlDriver, @Inject(EVENT_STORE) store: EventStore) {
    super(sql, auditLogProjection.name, 16 * 1024 * 1024, {
      besides: BEFORE_THE_TRAIL,
      appends: new HeardAppends(store),
    });
  }
}
