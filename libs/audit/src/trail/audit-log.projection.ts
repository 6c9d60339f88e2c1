/**
 * The audit trail as a read model: one row per event of the log, in human terms (who, both times, the
 * item and its organs, a Swedish description, the fields changed old → new, the reason). Keyed by
 * global position, so an event applied twice would be a primary-key violation, not a silent duplicate.
 *
 * It also serves each uppdrag's and delmål's history (item-history.queries.ts): `item_revision` (the
 * item's revision after its own events, null for events filed under it from another stream) and the
 * `indikator_id` a delmål event concerns are kept for it.
 *
 * Names and item organs live in two state tables beside it. Per batch the projection loads the organs
 * of the items it touches, describes the events in order with the names it cannot know yet left as
 * placeholders, reads exactly those names and fills them in, and writes back what changed: a few
 * set-based statements per batch whatever its size, and the same rows whatever the batch boundaries,
 * so rebuilds give the same digest.
 */
import { parseStreamName } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type BulkValue, type ProjectionTx } from '@sparbar/projections/db/projection-db';
import { type Projection, type TableNames } from '@sparbar/projections/projection';
import { describeEvent } from './describe';
import { DeferredNames } from './names';
import { type AuditState, emptyAuditState, evolveAuditState, organsConcerned, organStreamOf } from './state';

export const AUDIT_LOG = 'audit_log';

const COLUMNS = [
  'position',
  'event_id',
  'event_type',
  'item_kind',
  'item_id',
  'actor',
  'actor_name',
  'occurred_at',
  'recorded_at',
  'organs',
  'period',
  'description',
  'changes',
  'reason',
  'item_revision',
  'indikator_id',
] as const;

export const auditLogProjection: Projection = {
  name: AUDIT_LOG,
  tables: [
    {
      name: 'audit_log',
      columns: `
        position     bigint PRIMARY KEY,
        event_id     uuid NOT NULL,
        event_type   text NOT NULL,
        item_kind    text NOT NULL,
        item_id      text NOT NULL,
        actor        text NOT NULL,
        actor_name   text,
        occurred_at  timestamptz NOT NULL,
        recorded_at  timestamptz NOT NULL,
        organs       jsonb NOT NULL,
        period       text,
        description  text NOT NULL,
        changes      json NOT NULL,
        reason       text,
        item_revision bigint,
        indikator_id text`,
      orderBy: 'position',
      // Newest first by either time, optionally narrowed to a person, an item or an organ.
      indexes: [
        'CREATE INDEX IF NOT EXISTS {table}_occurred ON {table} (occurred_at, position)',
        'CREATE INDEX IF NOT EXISTS {table}_recorded ON {table} (recorded_at, position)',
        'CREATE INDEX IF NOT EXISTS {table}_actor ON {table} (actor, occurred_at, position)',
        'CREATE INDEX IF NOT EXISTS {table}_item ON {table} (item_kind, item_id, position)',
        'CREATE INDEX IF NOT EXISTS {table}_organs ON {table} USING gin (organs jsonb_path_ops)',
      ],
    },
    { name: 'audit_names', columns: 'key text PRIMARY KEY, name text NOT NULL', orderBy: 'key', indexes: [] },
    {
      name: 'audit_item_organs',
      columns: 'stream text PRIMARY KEY, organs jsonb NOT NULL',
      orderBy: 'stream',
      indexes: [],
    },
  ],

  async applyBatch(tx, events, tables) {
    const state = emptyAuditState();
    await loadOrgans(tx, tables, events, state);
    // One pass in log order: names set by an earlier event of the batch are known at once; the rest
    // are read afterwards, all in one statement, and put in place (see DeferredNames).
    const names = new DeferredNames(state.names);
    const rows = events.map((event) => {
      const actor = event.metadata.actor;
      const described = describeEvent(event, names);
      const data = (event.data ?? {}) as Record<string, unknown>;
      const actorName = state.names.get(`person:${actor}`);
      evolveAuditState(state, event);
      return {
        row: [
          event.position,
          event.id,
          event.type,
          described.itemKind,
          described.itemId,
          actor,
          actorName ?? null,
          event.metadata.occurredAt ?? event.recordedAt,
          event.recordedAt,
          organsConcerned(state, event),
          described.period,
          described.description,
          described.changes,
          described.reason,
          onItemStream(event, described) ? event.revision : null,
          typeof data.indikatorId === 'string' ? data.indikatorId : null,
        ] as BulkValue[],
        // The actor's name as stored before the batch, when no earlier event of it named them.
        actorKey: actorName === undefined ? `person:${actor}` : undefined,
      };
    });
    const asked = names.asked();
    for (const { actorKey } of rows) if (actorKey) asked.push(actorKey);
    const stored = await storedNames(tx, tables, asked);
    for (const { row, actorKey } of rows) {
      row[DESCRIPTION] = names.resolve(row[DESCRIPTION] as string, stored);
      if (actorKey) row[ACTOR_NAME] = stored.get(actorKey) ?? null;
    }
    await tx.bulkInsert(
      tables.audit_log,
      COLUMNS,
      rows.map((r) => r.row),
    );
    await saveState(tx, tables, state);
  },
};

/**
 * Whether the event is one of the item's own (on its stream), not filed under it from elsewhere (a
 * reminder's delivery): the item's history is its own events, and `item_revision` is null for the rest.
 */
function onItemStream(event: StoredEvent, described: { itemKind: string; itemId: string }): boolean {
  const own = parseStreamName(event.stream);
  return own !== null && own.category === described.itemKind && own.id === described.itemId;
}

const DESCRIPTION = COLUMNS.indexOf('description');
const ACTOR_NAME = COLUMNS.indexOf('actor_name');

/** The organs each item of the batch concerned before it, into `state`. */
async function loadOrgans(
  tx: ProjectionTx,
  tables: TableNames,
  events: readonly StoredEvent[],
  state: AuditState,
): Promise<void> {
  const organs = await tx.query<{ stream: string; organs: string[] }>(
    `SELECT stream, organs FROM ${tables.audit_item_organs} WHERE stream = ANY($1::text[])`,
    [streamsOf(events)],
  );
  for (const row of organs) state.organs.set(row.stream, row.organs);
}

/** The streams whose organs the batch's events concern: their own and, for a delivery, its item's. */
function streamsOf(events: readonly StoredEvent[]): string[] {
  const streams = new Set<string>();
  for (const event of events) {
    streams.add(event.stream);
    streams.add(organStreamOf(event));
  }
  return [...streams];
}

/** The names stored before the batch, for the keys asked. */
async function storedNames(
  tx: ProjectionTx,
  tables: TableNames,
  keys: readonly string[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.query<{ key: string; name: string }>(
    `SELECT key, name FROM ${tables.audit_names} WHERE key = ANY($1::text[])`,
    [[...new Set(keys)]],
  );
  return new Map(rows.map((r) => [r.key, r.name]));
}

async function saveState(tx: ProjectionTx, tables: TableNames, state: AuditState): Promise<void> {
  if (state.dirtyNames.size > 0) {
    const keys = [...state.dirtyNames];
    await tx.query(
      `INSERT INTO ${tables.audit_names} (key, name) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name`,
      [keys, keys.map((k) => state.names.get(k))],
    );
  }
  if (state.dirtyOrgans.size > 0) {
    const streams = [...state.dirtyOrgans];
    await tx.query(
      `INSERT INTO ${tables.audit_item_organs} (stream, organs)
       SELECT s, o::jsonb FROM unnest($1::text[], $2::text[]) AS u(s, o)
       ON CONFLICT (stream) DO UPDATE SET organs = EXCLUDED.organs`,
      [streams, streams.map((s) => JSON.stringify(state.organs.get(s)))],
    );
  }
}
