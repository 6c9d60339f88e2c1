/**
 * The chain head for the auditor to keep outside the system; posted back to
 * POST /api/granskning/kedja/verifiering later, it also catches a rewrite of both the events and the
 * chain. Exported only from a chain that verifies: a head of a broken chain would vouch for the
 * tampering, so that is a 409 naming the first mismatch.
 */
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChainBrokenError, exportHead } from '@sparbar/audit';
import { type Clock } from '@sparbar/config';
import { type Actor } from '@sparbar/domain';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { CLOCK, EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { CurrentActor } from '../../auth/authenticated';
import { problem, ProblemError } from '../../http/problem';
import { AuditEndpoint } from '../audit-endpoint';
import { fromAuditTables } from '../audit-tables';
import { requireVerifyChain } from '../granskning.access';
import { ChainHeadView } from './chain-head.view';

@ApiTags('granskning')
@Controller('api/granskning/kedja')
export class ExportChainHeadHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('huvud')
  @AuditEndpoint({
    summary: 'Kedjans huvud, att förvara utanför systemet',
    description:
      'Kontrollerar hela kedjan och ger sedan position och hash för den sista kedjade händelsen. Spara svaret ' +
      'som det är och skicka det senare till POST /api/granskning/kedja/verifiering.',
    response: ChainHeadView,
    problems: { 409: 'Kedjan stämmer inte; `firstMismatch` namnger den första händelsen som avviker.' },
  })
  async head(@CurrentActor() actor: Actor): Promise<ChainHeadView> {
    requireVerifyChain(actor);
    try {
      return await fromAuditTables(() => exportHead(this.sql, this.store, this.clock()));
    } catch (error) {
      if (!(error instanceof ChainBrokenError)) throw error;
      throw new ProblemError(
        problem(
          409,
          'AUDIT_CHAIN_BROKEN',
          `${error.message} Inget huvud exporteras från en kedja som inte stämmer.`,
          {
            firstMismatch: error.report.firstMismatch,
            checked: error.report.checked,
          },
        ),
      );
    }
  }
}
