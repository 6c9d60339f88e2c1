import { IdField } from '../http/dto-fields';

export class UppsiktsarendeParams {
  @IdField({ example: 'uppsikt-2023-hsn-1' }) arendeId!: string;
}
