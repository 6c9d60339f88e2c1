/**
 * The stored chain: one row per event, in global order, with the hash that covers it and everything
 * before it (see hash.ts). A projection like any other, so each batch of hashes commits in the same
 * transaction as the runner's checkpoint: after a crash the chain resumes exactly after the last
 * committed hash, never with a gap or a hash computed twice.
 *
 * The previous hash is read back from the table inside the batch's transaction rather than kept in
 * memory, so a second worker, a rebuild or a restart all continue from what is committed.
 */
import { type Projection } from '@sparbar/projections/projection';
import { type ProjectionTx } from '@sparbar/projections/db/projection-db';
import { chainHash, GENESIS_HASH } from './hash';

export const EVENT_CHAIN = 'event_chain';

export const eventChainProjection: Projection = {
  name: EVENT_CHAIN,
  tables: [
    {
      name: 'event_chain',
      columns: `
        position  bigint PRIMARY KEY,
        event_id  uuid NOT NULL,
        hash      char(64) NOT NULL`,
      orderBy: 'position',
      indexes: [],
    },
  ],

  async applyBatch(tx, events, tables) {
    const table = tables.event_chain;
    let previous = await lastHash(tx, table);
    const rows = events.map((event) => {
      previous = chainHash(previous, event);
      return [event.position, event.id, previous];
    });
    await tx.bulkInsert(table, ['position', 'event_id', 'hash'], rows);
  },
};

async function lastHash(tx: ProjectionTx, table: string): Promise<string> {
  const [row] = await tx.query<{ hash: string }>(`SELECT hash FROM ${table} ORDER BY position DESC LIMIT 1`);
  return row?.hash ?? GENESIS_HASH;
}
