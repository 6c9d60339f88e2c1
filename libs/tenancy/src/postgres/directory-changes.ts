/**
 * Word that the tenant directory changed, across processes: every change to the directory (a tenant
 * added, its state changed, removed) sends `pg_notify` on the platform schema's channel inside its own
 * transaction, so the word goes out exactly when the change commits; a process that caches lookups
 * LISTENs on a connection of its own: the event store's ChannelListener (one shared LISTEN connection,
 * opened with the first watch, opened again after a loss, waiting longer each time, up to 5 s); while it
 * is down the watches are not `complete`: a cache must then not keep anything.
 */
import { createHash } from 'node:crypto';
import { ChannelListener } from '@sparbar/event-store';
import { type Client } from 'pg';
import { type DirectoryWatch } from '../tenant-directory.port';

const MAX_CHANNEL = 63;

/** One channel per platform schema, so two installations (or test runs) on one server stay apart. */
export function directoryChannel(schema: string): string {
  const named = `sparbar_plattform_${schema}`;
  if (Buffer.byteLength(named) <= MAX_CHANNEL) return named;
  return `sparbar_plattform_${createHash('sha256').update(schema).digest('hex').slice(0, 40)}`;
}

/** Called after a change committed (any tenant), and whenever the connection was lost or came back. */
export type OnDirectoryChanged = () => void;

export class DirectoryListener {
  // Told also when the connection is lost: whatever a cache kept may be stale from then on.
  private readonly listener: ChannelListener;

  constructor(connect: () => Client, channel: string) {
    this.listener = new ChannelListener(connect, channel, true);
  }

  watch(onChanged: OnDirectoryChanged): DirectoryWatch {
    return this.listener.watch(() => onChanged());
  }

  /** This process's own changes: told at once, without waiting for the notification to come round. */
  changedHere(): void {
    this.listener.tell();
  }

  close(): Promise<void> {
    return this.listener.close();
  }
}
