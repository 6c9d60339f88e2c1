import { IdField } from '../http/dto-fields';

export class OrganParams {
  @IdField({ example: 'hsn' }) organId!: string;
}

export class PersonParams {
  @IdField({ example: 'person-johan' }) personId!: string;
}
