import { TEXT_LIMITS } from '@sparbar/domain';
import { DateField, IdField, TablePeriodField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AddAtgardDto extends WriteDto {
  @IdField({ presence: 'optional', description: 'Åtgärdens id. Utelämnat: servern skapar ett.' })
  atgardId?: string | null;
  @IdField({ description: 'Kontrollmomentet vars avvikelse åtgärden gäller.' }) kontrollmomentId!: string;
  @TablePeriodField({ description: 'Perioden avvikelsen rapporterades för.' }) period!: string;
  @TextField(TEXT_LIMITS.uppdragText) text!: string;
  @IdField({ example: 'person-sara' }) ansvarigPersonId!: string;
  @DateField() dueDate!: string;
}
