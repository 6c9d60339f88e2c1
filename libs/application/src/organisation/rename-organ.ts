/** Give an organ a new namn and kortnamn. The organ's decider decides alone. */
import { organDecider, type OrganState, organStream, type RenameOrgan } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RenameOrganInput = RenameOrgan['data'];

export function renameOrgan(
  app: Application,
  input: RenameOrganInput,
  write: WriteContext,
): Promise<Written<OrganState>> {
  return app.execute(organDecider, organStream(input.organId), { type: 'RenameOrgan', data: input }, write);
}
