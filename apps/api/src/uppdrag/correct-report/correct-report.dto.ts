import { TEXT_LIMITS, UPPDRAG_STATUSES, type UppdragStatus } from '@sparbar/domain';
import { EnumField, IdField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class CorrectReportDto extends WriteDto {
  @EnumField(UPPDRAG_STATUSES) status!: UppdragStatus;
  @TextField(TEXT_LIMITS.kommentar) kommentar!: string;
  @TextField(TEXT_LIMITS.reason) reason!: string;
  @IdField({
    presence: 'optional',
    description:
      'Mottagande organ vars egen del rättas (ett av riktasTill). Utelämnat: den samlade rapporten (samordnarens, eller uppdragets enda när det riktas till ett organ).',
    example: 'hsn',
  })
  organId?: string | null;
}
