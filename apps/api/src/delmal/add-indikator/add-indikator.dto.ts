import { RIKTNINGAR, type Riktning, TEXT_LIMITS } from '@sparbar/domain';
import {
  EnumField,
  IdField,
  NestedField,
  NumberField,
  PlanYearField,
  TextField,
} from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class BaselineDto {
  @PlanYearField({ example: 2021 }) year!: number;
  @NumberField({ example: 1061 }) value!: number;
}

export class AddIndikatorDto extends WriteDto {
  @IdField({ presence: 'optional', description: 'Indikatorns id. Utelämnat: servern skapar ett.' })
  indikatorId?: string | null;

  @TextField(TEXT_LIMITS.indikatorNamn, { example: 'Klimatutsläpp från tjänsteresor' }) namn!: string;
  @TextField(TEXT_LIMITS.enhet, { presence: 'optional', example: 'ton CO2e' }) enhet?: string | null;
  @NestedField(() => BaselineDto, { presence: 'optional', description: 'Utfall ett tidigare år.' })
  baseline?: BaselineDto | null;
  @NumberField({ presence: 'optional', description: 'Utelämnat eller null: svar saknas.' }) malvarde?:
    number | null;
  @EnumField(RIKTNINGAR) riktning!: Riktning;
}
