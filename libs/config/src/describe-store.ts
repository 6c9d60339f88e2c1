import { type StoreSettings } from './load-config';
import { withoutPassword } from './urls';

/** One line for the start-up log: where the events and read models live, without passwords. */
export function describeStore(store: StoreSettings): string {
  switch (store.kind) {
    case 'embedded':
      return `inbäddad lagring i ${store.dataDir}`;
    case 'postgres':
      return `PostgreSQL ${withoutPassword(store.url)}${store.schema ? ` (schema ${store.schema})` : ''}`;
    case 'eventstoredb':
      return `EventStoreDB ${withoutPassword(store.url)}, läsmodeller i ${describeStore(store.readModels)}`;
    case 'memory':
      return `händelseloggen i minnet (bara för utveckling och test), läsmodeller i ${describeStore(store.readModels)}`;
  }
}
