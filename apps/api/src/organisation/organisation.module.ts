import { type DynamicModule, Module } from '@nestjs/common';
import { type ApiSettings } from '../settings/api-settings';
import { DEV_SEED_ENABLED, DevSeed } from './dev-seed';
import { ChangeOrganParentHttpController } from './organ/change-organ-parent/change-organ-parent.http.controller';
import { DeactivateOrganHttpController } from './organ/deactivate-organ/deactivate-organ.http.controller';
import { GetOrganHttpController } from './organ/get-organ/get-organ.http.controller';
import { RegisterOrganHttpController } from './organ/register-organ/register-organ.http.controller';
import { RenameOrganHttpController } from './organ/rename-organ/rename-organ.http.controller';
import { PERSON_REGISTER } from '../auth/person-register';
import { OrganisationDirectory } from './organisation-directory';
import { ChangePersonEmailHttpController } from './person/change-person-email/change-person-email.http.controller';
import { ChangePersonOrganHttpController } from './person/change-person-organ/change-person-organ.http.controller';
import { ChangePersonRolesHttpController } from './person/change-person-roles/change-person-roles.http.controller';
import { DeactivatePersonHttpController } from './person/deactivate-person/deactivate-person.http.controller';
import { GiveAuditorMandateHttpController } from './person/give-auditor-mandate/give-auditor-mandate.http.controller';
import { GetPersonHttpController } from './person/get-person/get-person.http.controller';
import { RegisterPersonHttpController } from './person/register-person/register-person.http.controller';
import { RenamePersonHttpController } from './person/rename-person/rename-person.http.controller';

export const ORGANISATION_CONTROLLERS = [
  GetOrganHttpController,
  RegisterOrganHttpController,
  RenameOrganHttpController,
  ChangeOrganParentHttpController,
  DeactivateOrganHttpController,
  GetPersonHttpController,
  RegisterPersonHttpController,
  RenamePersonHttpController,
  ChangePersonEmailHttpController,
  ChangePersonOrganHttpController,
  ChangePersonRolesHttpController,
  GiveAuditorMandateHttpController,
  DeactivatePersonHttpController,
];

/**
 * Organs and people (master data): administrators write, everyone reads. Global for the person
 * register, which the bearer guard (AuthModule) asks on every request.
 */
@Module({})
export class OrganisationModule {
  static register(settings: ApiSettings): DynamicModule {
    return {
      module: OrganisationModule,
      global: true,
      controllers: ORGANISATION_CONTROLLERS,
      providers: [
        OrganisationDirectory,
        { provide: PERSON_REGISTER, useExisting: OrganisationDirectory },
        DevSeed,
        { provide: DEV_SEED_ENABLED, useValue: settings.devSeed },
      ],
      exports: [PERSON_REGISTER],
    };
  }
}
