import { UPPDRAG_TABLE_STATUSES } from '@sparbar/domain';
import { EnumField, IdField, QueryIntField, TablePeriodField } from '../http/dto-fields';

export class OpenDataQueryDto {
  @IdField({ presence: 'optional', description: 'Nämnden som fastställt rapporten.', example: 'hsn' })
  namnd?: string;

  @QueryIntField(1900, 2200, { description: 'År för den fastställda perioden.', example: 2023 })
  ar?: number;

  @EnumField(UPPDRAG_TABLE_STATUSES, { presence: 'optional', description: 'Fastställd status.' })
  status?: string;
}

export class OpenUppdragParams {
  @IdField({ description: 'Uppdragets id.' }) id!: string;
}

export class OpenPeriodParams {
  @TablePeriodField() period!: string;
}

export class AtomPageQueryDto {
  @QueryIntField(1, 1_000_000, {
    description: 'Ett arkivblad (RFC 5005), numrerat från det äldsta; utan: flödet med de nyaste posterna.',
    example: 1,
  })
  arkiv?: number;
}
