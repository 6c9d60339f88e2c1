/** The audit projections, for the runner (worker catalogue, rebuild, checksum) to run beside the others. */
import { type Projection } from '@sparbar/projections/projection';
import { eventChainProjection } from './chain/event-chain.projection';
import { auditLogProjection } from './trail/audit-log.projection';

export const AUDIT_PROJECTIONS: readonly Projection[] = [eventChainProjection, auditLogProjection];
