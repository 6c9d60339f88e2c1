/** The projections lib: runner, rebuild, checksum and the read models with their queries. */
export { type Projection, type ProjectionTable, type TableNames } from './projection';
export { type ProjectionDb, type ProjectionTx, EmbeddedProjectionDb } from './db/projection-db';
export { PgProjectionDb, type PgConnectionSettings } from './db/pg-projection-db';
export { PgServerPools } from './db/pg-server-pools';
export { type Lease, type LeaseProvider, LocalLeaseProvider } from './lease/lease';
export { AdvisoryLeaseProvider } from './lease/advisory-lease';
export { migrateProjections } from './schema/migrate-projections';
export { openProjectionEnvironment, type ProjectionEnvironment } from './environment';
export { ProjectionWorker, type WorkerOptions } from './runner/projection-worker';
export { rebuild, RebuildInProgressError, type RebuildOptions, type RebuildResult } from './runner/rebuild';
export { pump, type PumpOptions, type PumpResult } from './runner/pump';
export { catchUpLive, type CatchUpOptions } from './runner/catch-up';
export { pumpUntil } from './runner/pump';
export { fingerprintOf } from './runner/fingerprint';
export {
  ensureLive,
  isCurrent,
  liveCheckpoint,
  versionStatus,
  type Target,
  type VersionStatus,
} from './runner/versions';
export { checksum, type Checksum } from './checksum';
export { PROJECTIONS, projectionsNamed, RETIRED_PROJECTIONS } from './catalogue';
export { uppdragNowProjection } from './uppdrag-now/uppdrag-now.projection';
export {
  findUppdragNow,
  getUppdragNow,
  type UppdragNow,
  type UppdragNowFilter,
} from './uppdrag-now/uppdrag-now.queries';
export { type UppdragNowStatus, UPPDRAG_NOW_STATUSES } from './uppdrag-now/uppdrag-now.row';
export { type FieldChange } from './history/field-changes';
export { type RetiredProjection } from './runner/retired';
export { periodsProjection } from './periods/periods.projection';
export { uppdragPartsProjection } from './periods/uppdrag-parts.projection';
export { organsOfUppdrag } from './periods/uppdrag-organs.queries';
export { ReadModelQueryError, type TimePoint } from './periods/time-point';
export {
  periodTable,
  type PeriodTable,
  type PeriodTableQuery,
  type PeriodTableRow,
  type Rapportering,
} from './periods/period-table.queries';
export {
  maluppfyllelse,
  type Maluppfyllelse,
  type MaluppfyllelseQuery,
  type BedomningCounts,
  type UppdragCounts,
} from './periods/maluppfyllelse.queries';
export { uppdragAsOf, type UppdragAsOf } from './periods/uppdrag-as-of.queries';
export {
  aging,
  type Aging,
  type AgingQuery,
  type AgingUppdrag,
  type Extension,
} from './periods/aging.queries';
export { uppsikt, type Uppsikt, type UppsiktOrgan, type UppsiktQuery } from './periods/uppsikt.queries';
export { faststallelserProjection } from './faststallelser/faststallelser.projection';
export {
  adoptionsCaughtUp,
  adoptionsUpTo,
  type AdoptionFact,
  faststallelseFacts,
  type FaststallelseFact,
  type FaststallelseFactsQuery,
  ReadModelBehindError,
} from './faststallelser/faststallelser.queries';
