/**
 * Brings the live versions up to date once, in this process, without a lease: for tools and tests that
 * need the read models current right now ("read your own write": pass the position of the append as
 * `until`). The checkpoint fence keeps it safe beside a running worker: whichever commits a batch first
 * wins, the other re-reads where the version stands and applies nothing twice.
 */
import { type Projection } from '../projection';
import { type ProjectionEnvironment } from '../environment';
import { pumpUntil } from './pump';
import { ensureLive, isCurrent, type Target } from './versions';

export interface CatchUpOptions {
  batchSize?: number;
  /** A position the read models must have applied before this returns. */
  until?: number;
  timeoutMs?: number;
}

export async function catchUpLive(
  env: Pick<ProjectionEnvironment, 'store' | 'db'>,
  projections: readonly Projection[],
  /** The options, or (as first published) only the batch size. */
  optionsOrBatchSize: CatchUpOptions | number = {},
): Promise<Target[]> {
  const options =
    typeof optionsOrBatchSize === 'number' ? { batchSize: optionsOrBatchSize } : optionsOrBatchSize;
  for (let attempt = 0; ; attempt++) {
    const targets: Target[] = [];
    for (const projection of projections) {
      const target = await ensureLive(env.db, projection);
      // This code's fold on tables of another shape would fail, or worse, mix two folds in one version.
      if (!isCurrent(target)) {
        throw new Error(
          `Version ${target.version} of ${projection.name} was built by code of another shape: a worker rebuilds it (or run rebuild)`,
        );
      }
      targets.push(target);
    }
    const result = await pumpUntil(env.store, env.db, targets, {
      ...options,
      batchSize: options.batchSize ?? 2_000,
    });
    if (result.outcome === 'caught-up') return targets;
    if (attempt >= 10) throw new Error('Could not catch up: the checkpoint keeps moving under us');
  }
}
