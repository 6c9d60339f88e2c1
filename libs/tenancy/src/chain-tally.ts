/**
 * The audit chain (libs/audit hash.ts: the export's and the database's chain) computed as events go
 * by, a batch at a time: a move keeps one for what it read from the old server and one for what the
 * new server gives back, so at the switch only the last events remain to be hashed, not the whole log.
 */
import { type ExportedChainHead } from '@sparbar/audit/chain/export-file';
import { chainHash, GENESIS_HASH, GENESIS_TEXT } from '@sparbar/audit/chain/hash';
import { type StoredEvent } from '@sparbar/event-store';

export class ChainTally {
  private hash = GENESIS_HASH;
  private position = 0;
  private eventCount = 0;

  add(event: StoredEvent): void {
    this.hash = chainHash(this.hash, event);
    this.position = event.position;
    this.eventCount++;
  }

  get head(): ExportedChainHead {
    return { chain: GENESIS_TEXT, hash: this.hash, position: this.position, eventCount: this.eventCount };
  }

  sameAs(other: ChainTally): boolean {
    const [a, b] = [this.head, other.head];
    return a.hash === b.hash && a.position === b.position && a.eventCount === b.eventCount;
  }
}
