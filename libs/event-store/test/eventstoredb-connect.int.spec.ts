/**
 * What can be checked without an EventStoreDB server: connecting to an address where none listens
 * fails fast, with the store's own error naming the address.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EventStoreDbEventStore,
  EventStoreUnavailableError,
  InvalidEventStoreArgumentError,
  openEventStore,
} from '../src';

describe('EventStoreDB connect', () => {
  it('rejects quickly with EventStoreUnavailableError naming the address when nothing listens', async () => {
    const url = 'esdb://127.0.0.1:1?tls=false';
    const started = Date.now();
    const error = await EventStoreDbEventStore.connect(url).catch((e: unknown) => e);
    const elapsed = Date.now() - started;

    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as EventStoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
    expect((error as Error).message).toContain(url);
    expect((error as Error).message).toMatch(/UNAVAILABLE|ECONNREFUSED/);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('does not put the password of the connection string in the message', async () => {
    const error = await EventStoreDbEventStore.connect('esdb://admin:hemligt@127.0.0.1:1?tls=false').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as Error).message).toContain('esdb://admin:***@127.0.0.1:1?tls=false');
    expect((error as Error).message).not.toContain('hemligt');
  });

  it('gives up after the connect timeout when the server does not answer at all', async () => {
    // A TCP server that accepts and then says nothing: gRPC waits for an HTTP/2 answer that never comes.
    const { createServer } = await import('node:net');
    const accepted = new Set<import('node:net').Socket>();
    const silent = createServer((socket) => void accepted.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      const error = await EventStoreDbEventStore.connect(`esdb://127.0.0.1:${port}?tls=false`, {
        connectTimeoutMs: 300,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventStoreUnavailableError);
      expect((error as Error).message).toContain(`127.0.0.1:${port}`);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('refuses a connection string it cannot parse', async () => {
    const error = await EventStoreDbEventStore.connect('kafka://nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidEventStoreArgumentError);
    expect((error as InvalidEventStoreArgumentError).field).toBe('url');
  });

  it('openEventStore fails fast on an unreachable EventStoreDB, before opening the read-model database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-esdb-open-'));
    try {
      const error = await openEventStore({
        kind: 'eventstoredb',
        url: 'esdb://127.0.0.1:1?tls=false',
        readModels: { kind: 'embedded', dataDir },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventStoreUnavailableError);
      expect((error as Error).message).toContain('esdb://127.0.0.1:1?tls=false');
      expect(existsSync(join(dataDir, 'eventstore'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
