/**
 * The witness as an auditor checks it on their own: the public key the worker signs chain heads with,
 * and the last head it witnessed outside the database (exactly the file's JSON, signature included).
 */
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type Witness, type WitnessFolder } from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { WITNESS } from '@sparbar/runtime';
import { CurrentActor } from '../../auth/authenticated';
import { AuditEndpoint } from '../audit-endpoint';
import { requireVerifyChain } from '../granskning.access';

export class WitnessView {
  @ApiProperty({ example: 'sparbar:event-chain:v1' }) chain!: string;
  @ApiProperty() position!: number;
  @ApiProperty() eventCount!: number;
  @ApiProperty() hash!: string;
  @ApiProperty({ type: String, nullable: true }) eventId!: string | null;
  @ApiProperty({ example: '2023-05-03T07:30:00.000Z' }) recordedAt!: string;
  @ApiProperty({ description: 'Ed25519 över de övriga fältens kanoniska JSON, base64.' }) signature!: string;
}

export class WitnessInfoView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Vittnesnyckelns publika del (Ed25519, SPKI PEM); null innan arbetaren bevittnat något.',
  })
  publicKey!: string | null;
  @ApiPropertyOptional({ type: WitnessView, nullable: true, description: 'Det senast bevittnade huvudet.' })
  latest!: Witness | null;
}

@ApiTags('granskning')
@Controller('api/granskning/kedja')
export class GetWitnessHttpController {
  constructor(@Inject(WITNESS) private readonly witness: WitnessFolder) {}

  @Get('vittne')
  @AuditEndpoint({
    summary: 'Vittnesnyckeln och det senast bevittnade huvudet',
    description:
      'Arbetaren signerar kedjans huvud och skriver det utanför databasen. Här finns den publika nyckeln ' +
      'att kontrollera signaturen med, och det senaste huvudet, som GET /api/granskning/kedja/verifiering ' +
      'jämför loggen med.',
    response: WitnessInfoView,
    problems: {},
  })
  get(@CurrentActor() actor: Actor): WitnessInfoView {
    requireVerifyChain(actor);
    return { publicKey: this.witness.publicKeyPem() ?? null, latest: this.witness.latest() ?? null };
  }
}
