/**
 * The catalogue the runner tests run: the lib's projections plus the witness with a row per event
 * (events-seen.ts), which shows an event applied twice or skipped whatever the digests say.
 */
import { PROJECTIONS as CATALOGUE } from '../../src/catalogue';
import { type Projection } from '../../src/projection';
import { eventsSeenProjection } from './events-seen';

export const PROJECTIONS: readonly Projection[] = [...CATALOGUE, eventsSeenProjection()];
