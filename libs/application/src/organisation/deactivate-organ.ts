/** Wind up an organ, with a reason. The organ's decider decides alone. */
import { type DeactivateOrgan, organDecider, type OrganState, organStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type DeactivateOrganInput = DeactivateOrgan['data'];

export function deactivateOrgan(
  app: Application,
  input: DeactivateOrganInput,
  write: WriteContext,
): Promise<Written<OrganState>> {
  return app.execute(
    organDecider,
    organStream(input.organId),
    { type: 'DeactivateOrgan', data: input },
    write,
  );
}
