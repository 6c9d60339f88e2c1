/**
 * Brings the live versions up to the end of the log once, in this process, without a lease: for tools
 * and tests that need the read models current right now. The checkpoint fence keeps it safe beside a
 * running worker (whichever commits a batch first wins; the other re-reads and applies nothing twice).
 */
import { type Projection } from '../projection';
import { type ProjectionEnvironment } from '../environment';
import { pump } from './pump';
import { ensureLive, type Target } from './versions';

export async function catchUpLive(
  env: Pick<ProjectionEnvironment, 'store' | 'db'>,
  projections: readonly Projection[],
  batchSize = 2_000,
): Promise<Target[]> {
  for (let attempt = 0; ; attempt++) {
    const targets: Target[] = [];
    for (const projection of projections) targets.push(await ensureLive(env.db, projection));
    const result = await pump(env.store, env.db, targets, { batchSize });
    if (result.outcome === 'caught-up') return targets;
    if (attempt >= 10) throw new Error('Could not catch up: the checkpoint keeps moving under us');
  }
}
