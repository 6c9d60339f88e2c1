import { ApiProperty } from '@nestjs/swagger';
import { IdField } from '../../http/dto-fields';

export class DevSignInDto {
  @IdField({ description: 'En av utvecklingsanvändarna (GET /api/auth/dev-users).', example: 'person-johan' })
  personId!: string;
}

export class DevUserDto {
  @ApiProperty({ example: 'person-johan' }) personId!: string;
  @ApiProperty({ example: 'Johan Lindström' }) name!: string;
  @ApiProperty({ type: [String], example: ['officer'] }) roles!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'rs' }) organId!: string | null;
}

export class DevTokenDto {
  @ApiProperty({ description: 'Skickas som "Authorization: Bearer <token>".' }) token!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Giltighetstid i sekunder.', example: 28800 }) expiresIn!: number;
  @ApiProperty({ type: DevUserDto }) user!: DevUserDto;
}
