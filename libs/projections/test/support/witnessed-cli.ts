/** The CLI as spawned by the runner tests: its catalogue with the witness (see witnessed.ts) added. */
import { PROJECTIONS } from '../../src/catalogue';
import { type Projection } from '../../src/projection';
import { eventsSeenProjection } from './events-seen';

(PROJECTIONS as Projection[]).push(eventsSeenProjection());
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../src/cli');
