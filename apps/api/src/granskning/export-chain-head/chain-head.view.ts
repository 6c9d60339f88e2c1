/** The chain head as exported for the auditor to keep outside the system (audit lib's `ChainHead`). */
import { ApiProperty } from '@nestjs/swagger';

export class ChainHeadView {
  @ApiProperty({ description: 'Den sista kedjade händelsens position (0: tom logg).' }) position!: number;
  @ApiProperty({ description: 'Kedjans hash där (sha256, 64 hexadecimala tecken).' }) hash!: string;
  @ApiProperty({ description: 'Kedjade händelser till och med positionen.' }) eventCount!: number;
  @ApiProperty({ example: '2023-05-03T07:30:00.000Z' }) exportedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Händelsen vid positionen.' })
  eventId!: string | null;
  @ApiProperty({ example: 'sparbar:event-chain:v1', description: 'Vilken kedjedefinition hashen följer.' })
  chain!: string;
}
