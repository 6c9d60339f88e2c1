/** Writes the events a scenario needs straight into the store, as the deciders would have. */
import { type EventStore, type JsonValue } from '@sparbar/event-store';

const meta = (occurredAt = '2023-01-10T09:00:00Z') => ({ actor: 'person-admin', occurredAt });

export async function append(store: EventStore, stream: string, type: string, data: object): Promise<void> {
  await store.appendToStream(stream, [{ type, data: data as JsonValue, metadata: meta() }]);
}

export async function person(
  store: EventStore,
  personId: string,
  roles: string[],
  organId: string | null,
  epost = `${personId}@region.example`,
): Promise<void> {
  await append(store, `person-${personId}`, 'PersonRegistered', {
    personId,
    namn: personId.replace(/^person-/, '').replace(/^./, (c) => c.toUpperCase()),
    epost,
    organId,
    roles,
  });
}

export async function uppdrag(
  store: EventStore,
  uppdragId: string,
  facts: {
    ansvarig: string;
    riktasTill?: string[];
    samordnare?: string | null;
    periodicitet?: 'tertial' | 'manad';
    slutdatum?: string;
  },
): Promise<void> {
  await append(store, `uppdrag-${uppdragId}`, 'UppdragRegistered', {
    uppdragId,
    text: 'Införa styrd inköpsprocess och standardsortiment',
    beskrivning: null,
    riktasTill: facts.riktasTill ?? ['rs'],
    samordnare: facts.samordnare ?? null,
    periodicitet: facts.periodicitet ?? 'tertial',
    slutdatum: facts.slutdatum ?? '2023-12-31',
    ansvarigPersonId: facts.ansvarig,
    origin: {
      givenBy: 'rf',
      kind: 'fullmaktige',
      beslutsdatum: null,
      diarienummer: null,
      paragraf: null,
      planYear: 2023,
    },
    registeredOn: '2023-01-10',
  });
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
