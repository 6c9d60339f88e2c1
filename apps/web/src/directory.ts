/** Organs and people, read once per page load, to show names instead of ids. */
import { systemActorName } from '@sparbar/domain/shared-with-web';
import { useEffect, useState } from 'react';
import { getJson } from './api';
import { type Organ, type Person } from './wire';

export interface Directory {
  organs: Organ[];
  persons: Person[];
  organName(id: string | null | undefined): string;
  personName(id: string | null | undefined): string;
}

let cached: Promise<{ organs: Organ[]; persons: Person[] }> | null = null;

export function forgetDirectory(): void {
  cached = null;
}

function load() {
  cached ??= Promise.all([getJson<Organ[]>('/api/organs'), getJson<Person[]>('/api/persons')]).then(
    ([organs, persons]) => ({ organs, persons }),
  );
  cached.catch(() => (cached = null));
  return cached;
}

export function makeDirectory(organs: Organ[], persons: Person[]): Directory {
  const organById = new Map(organs.map((o) => [o.organId, o]));
  const personById = new Map(persons.map((p) => [p.personId, p]));
  return {
    organs,
    persons,
    organName: (id) => (id ? (organById.get(id)?.namn ?? id) : '–'),
    // Reminders and the demo data act as Spårbar itself: named so, never by their actor id.
    personName: (id) => (id ? (personById.get(id)?.namn ?? systemActorName(id) ?? id) : '–'),
  };
}

export function useDirectory(): Directory {
  const [directory, setDirectory] = useState<Directory>(() => makeDirectory([], []));
  useEffect(() => {
    let live = true;
    load()
      .then(({ organs, persons }) => live && setDirectory(makeDirectory(organs, persons)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return directory;
}
