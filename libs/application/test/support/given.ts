/**
 * Given/when/then for use cases: the given events are stored in an in-memory log (ScratchStreams over
 * an empty store), the use case runs on a live Application over it, and `then` reads what it appended.
 */
import { type OrganTyp, organStream, type PersonEvent, personStream, type Role } from '@sparbar/domain';
import { type JsonValue, type StoredEvent } from '@sparbar/event-store';
import { Application } from '../../src/write/application';
import { ScratchStreams } from '../../src/write/scratch-streams';

export type GivenEvent = { stream: string; type: string; data: unknown };

export const clock = () => new Date('2023-01-16T09:00:00Z');

export interface Given {
  app: Application;
  /** What the use case appended to `stream` (only events after the given ones). */
  appended(stream: string): Promise<{ type: string; data: unknown }[]>;
}

export async function given(...events: GivenEvent[]): Promise<Given> {
  const log = new ScratchStreams({ readStream: async () => [] }, clock);
  const before = new Map<string, number>();
  for (const { stream, type, data } of events) {
    await log.appendToStream(stream, [
      { type, data: data as JsonValue, metadata: { actor: 'seed', occurredAt: '2022-12-01T09:00:00Z' } },
    ]);
  }
  for (const { stream } of events) before.set(stream, (await log.readStream(stream)).length);
  return {
    app: Application.live(log, clock),
    appended: async (stream) =>
      (await log.readStream(stream))
        .slice(before.get(stream) ?? 0)
        .map(({ type, data }: StoredEvent) => ({ type, data })),
  };
}

export function organ(organId: string, typ: OrganTyp, active = true): GivenEvent[] {
  const stream = organStream(organId);
  return [
    {
      stream,
      type: 'OrganRegistered',
      data: { organId, namn: `Organet ${organId}`, kortnamn: organId, typ, parentOrganId: null },
    },
    ...(active ? [] : [{ stream, type: 'OrganDeactivated', data: { organId, reason: 'Avvecklad' } }]),
  ];
}

export function person(personId: string, roles: Role[], organId: string | null, active = true): GivenEvent[] {
  const stream = personStream(personId);
  const registered: PersonEvent = {
    type: 'PersonRegistered',
    data: { personId, namn: `Person ${personId}`, epost: `${personId}@example.se`, organId, roles },
  };
  return [
    { stream, ...registered },
    ...(active ? [] : [{ stream, type: 'PersonDeactivated', data: { personId, reason: 'Slutat' } }]),
  ];
}
