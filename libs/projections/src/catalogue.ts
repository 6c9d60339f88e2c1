/** Every projection by name: what the worker runs and the CLI can rebuild. */
import { faststallelserProjection } from './faststallelser/faststallelser.projection';
import { historyProjection } from './history/history.projection';
import { periodsProjection } from './periods/periods.projection';
import { uppdragPartsProjection } from './periods/uppdrag-parts.projection';
import { type Projection } from './projection';
import { uppdragNowProjection } from './uppdrag-now/uppdrag-now.projection';

export const PROJECTIONS: readonly Projection[] = [
  uppdragNowProjection,
  historyProjection,
  periodsProjection,
  uppdragPartsProjection,
  faststallelserProjection,
];

/** `all` or one name; throws naming the known ones otherwise. */
export function projectionsNamed(name: string): Projection[] {
  if (name === 'all') return [...PROJECTIONS];
  const found = PROJECTIONS.find((p) => p.name === name);
  if (!found)
    throw new Error(
      `Unknown projection "${name}" (known: ${PROJECTIONS.map((p) => p.name).join(', ')}, all)`,
    );
  return [found];
}
