/**
 * Pages of the audit trail, kept per request and per state of the `audit_log` read model: see
 * ReadModelAnswers. A page is a pure function of the search and of the trail up to its checkpoint
 * (the cursor is a position, so a later page is a request of its own).
 */
import { Inject, Injectable } from '@nestjs/common';
import { auditLogProjection } from '@sparbar/audit';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { HeardAppends } from '../../http/heard-appends';
import { ReadModelAnswers } from '../../http/read-model-answers';

@Injectable()
export class AuditAnswers extends ReadModelAnswers {
  constructor(@Inject(SQL_DATABASE) sql: SqlDriver, @Inject(EVENT_STORE) store: EventStore) {
    super(sql, auditLogProjection.name, 32 * 1024 * 1024, { appends: new HeardAppends(store) });
  }
}
