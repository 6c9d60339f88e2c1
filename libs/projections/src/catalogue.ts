/** Every projection by name: what the worker runs and the CLI can rebuild. */
import { faststallelserProjection } from './faststallelser/faststallelser.projection';
import { periodsProjection } from './periods/periods.projection';
import { uppdragPartsProjection } from './periods/uppdrag-parts.projection';
import { type Projection } from './projection';
import { type RetiredProjection } from './runner/retired';
import { uppdragNowProjection } from './uppdrag-now/uppdrag-now.projection';

export const PROJECTIONS: readonly Projection[] = [
  uppdragNowProjection,
  periodsProjection,
  uppdragPartsProjection,
  faststallelserProjection,
];

/**
 * The read models a user waits on after reporting: the period table and Översikt read the period facts,
 * and their answers wait for the joint uppdrag's parts and the adoptions to have applied the same
 * state (apps/api's PeriodAnswerCache). A worker applies their lanes first (see `Lanes`).
 */
export const APPLIED_FIRST: readonly string[] = [
  periodsProjection.name,
  uppdragPartsProjection.name,
  faststallelserProjection.name,
];

/** Projections no longer built, whose tables a worker drops once what replaced them is live. */
export const RETIRED_PROJECTIONS: readonly RetiredProjection[] = [
  // The item history is served from the audit trail (libs/audit, item-history.queries.ts).
  { name: 'history', tables: ['item_history'], replacedBy: ['audit_log'] },
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
