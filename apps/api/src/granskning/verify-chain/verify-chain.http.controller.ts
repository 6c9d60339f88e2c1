/**
 * Verify the hash chain: recompute every link from the log (through the event store) and compare it with
 * the stored chain, and check that the log still extends a head kept outside the database: the one the
 * auditor sends (POST), or by default the one the worker last witnessed (GET), which is what catches a
 * tail cut off both the log and the chain. A broken chain is a finding, not a failed request: 200 with
 * `ok: false` and the first event that does not match.
 */
import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  InvalidHeadError,
  type KeptHeadInput,
  parseKeptHead,
  verifyAgainstWitness,
  verifyChain,
  type WitnessFolder,
} from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { EVENT_STORE, SQL_DATABASE, WITNESS } from '@sparbar/runtime';
import { CurrentActor } from '../../auth/authenticated';
import { invalid } from '../../http/validation';
import { AuditEndpoint } from '../audit-endpoint';
import { fromAuditTables } from '../audit-tables';
import { requireVerifyChain } from '../granskning.access';
import { KeptHeadDto, VerifyReportView } from './verify-chain.dto';

const VERIFY =
  'Räknar om hela kedjan från händelseloggen och jämför med den lagrade. 200 även när kedjan inte stämmer: ' +
  '`ok` är då false och `firstMismatch` namnger den första händelsen som avviker.';

@ApiTags('granskning')
@Controller('api/granskning/kedja')
export class VerifyChainHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WITNESS) private readonly witness: WitnessFolder,
  ) {}

  @Get('verifiering')
  @AuditEndpoint({
    summary: 'Kontrollera händelsekedjan (revisorer, regiondirektören, administratörer)',
    description:
      `${VERIFY} Jämför också med det senaste huvudet som arbetaren bevittnat utanför databasen ` +
      '(`witness`): har loggen kortats eller skrivits om bakom det, är `ok` false och `against` namnger det.',
    response: VerifyReportView,
    problems: {},
  })
  async verify(@CurrentActor() actor: Actor): Promise<VerifyReportView> {
    requireVerifyChain(actor);
    return fromAuditTables(() => verifyAgainstWitness(this.sql, this.store, this.witness));
  }

  @Post('verifiering')
  @AuditEndpoint({
    summary: 'Kontrollera händelsekedjan mot ett sparat huvud',
    description:
      `${VERIFY} Kroppen är huvudet som GET /api/granskning/kedja/huvud gav och som förvarats utanför ` +
      'systemet; `against` säger om loggen fortfarande bygger vidare på det. Det upptäcker även en ' +
      'omskrivning av både händelserna och kedjan.',
    response: VerifyReportView,
    body: KeptHeadDto,
    problems: { 400: 'Inget giltigt huvud; `errors` namnger fältet.' },
  })
  async verifyAgainst(@Body() body: KeptHeadDto, @CurrentActor() actor: Actor): Promise<VerifyReportView> {
    requireVerifyChain(actor);
    const against = keptHead(body);
    return fromAuditTables(() => verifyChain(this.sql, this.store, { against }));
  }
}

/** The lib reads the head (the DTO has checked each field already); absent and null mean the same. */
function keptHead(body: KeptHeadDto): KeptHeadInput {
  try {
    return parseKeptHead({
      position: body.position,
      hash: body.hash,
      ...(body.eventCount != null ? { eventCount: body.eventCount } : {}),
      ...(body.chain != null ? { chain: body.chain } : {}),
    });
  } catch (error) {
    if (error instanceof InvalidHeadError) throw invalid([{ field: 'body', reason: error.message }]);
    throw error;
  }
}
