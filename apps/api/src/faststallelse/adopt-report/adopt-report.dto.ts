import { TEXT_LIMITS } from '@sparbar/domain';
import { DateField, IdField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AdoptReportDto extends WriteDto {
  @IdField({ description: 'Nämnden eller styrelsen som fastställde sin rapport.', example: 'hsn' })
  organId!: string;
  @DateField({ description: 'Dagen för sammanträdet där rapporten fastställdes.' }) meetingDate!: string;
  @TextField(TEXT_LIMITS.paragraf, { example: '45', description: 'Paragraf i protokollet.' })
  paragraf!: string;
  @TextField(TEXT_LIMITS.diarienummer, { presence: 'optional', example: 'HSN 2023/123' })
  diarienummer?: string | null;
}
