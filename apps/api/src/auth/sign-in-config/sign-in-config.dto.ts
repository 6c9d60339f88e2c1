import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SignInConfigDto {
  @ApiProperty({ enum: ['oidc', 'development'] })
  mode!: 'oidc' | 'development';

  @ApiPropertyOptional({ description: 'OIDC-leverantörens issuer (bara i läget oidc)' })
  issuer?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Webbappens klient-id (AUTH_CLIENT_ID); null när det inte är satt',
  })
  clientId?: string | null;

  @ApiPropertyOptional({ example: 'openid profile' })
  scopes?: string;
}

export class SignedInDto {
  @ApiProperty({ example: 'person-johan' }) personId!: string;
  @ApiProperty({ example: 'Johan Lindström' }) name!: string;
  @ApiProperty({ type: [String], example: ['officer'] }) roles!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'rs' }) organId!: string | null;
}
