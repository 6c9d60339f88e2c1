import { DateField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class GiveAuditorMandateDto extends WriteDto {
  @DateField({ description: 'Första dagen revisorn har behörighet.', example: '2023-01-01' })
  validFrom!: string;
  @DateField({
    description: 'Sista dagen; dagen efter upphör behörigheten av sig själv.',
    example: '2024-04-30',
  })
  validTo!: string;
}
