import { TEXT_LIMITS, UPPDRAG_STATUSES, type UppdragStatus } from '@sparbar/domain';
import { EnumField, IdField, PeriodField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ReportStatusDto extends WriteDto {
  @PeriodField() period!: string;
  @EnumField(UPPDRAG_STATUSES) status!: UppdragStatus;
  @TextField(TEXT_LIMITS.kommentar) kommentar!: string;
  @IdField({
    presence: 'optional',
    description:
      'Mottagande organ vars egen del rapporteras (ett av riktasTill). Utelämnat: den samlade rapporten (samordnarens, eller uppdragets enda när det riktas till ett organ).',
    example: 'hsn',
  })
  organId?: string | null;
  @TextField(TEXT_LIMITS.reason, {
    presence: 'optional',
    description: 'Skäl till ändringen; krävs när organet redan har fastställt sin rapport för perioden.',
  })
  reason?: string | null;
}
