/**
 * Move an organ under another (or to the top). Besides the decider's own rules: the new parent exists
 * and is active, and the organ does not end up under itself through the organs above the new parent.
 */
import {
  type ChangeOrganParent,
  DomainError,
  organDecider,
  type OrganEvent,
  type OrganState,
  organStream,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type Known } from '../write/references';

export type ChangeOrganParentInput = ChangeOrganParent['data'];

export async function changeOrganParent(
  app: Application,
  input: ChangeOrganParentInput,
  write: WriteContext,
): Promise<Written<OrganState>> {
  const parent = input.parentOrganId;
  const known = await app.references.load({ organs: [parent] });
  // The chain from the new parent upwards; meeting this organ there would put it under itself.
  const above = parent ? await app.references.ancestors(parent) : [];
  return app.execute(
    organDecider,
    organStream(input.organId),
    { type: 'ChangeOrganParent', data: input },
    write,
    { check: (events) => checkParentChanged(events, known, above) },
  );
}

function checkParentChanged(events: OrganEvent[], known: Known, above: readonly string[]): void {
  for (const event of events) {
    if (event.type !== 'OrganParentChanged' || event.data.to === null) continue;
    known.activeOrgan(event.data.to, 'data.parentOrganId');
    if (above.includes(event.data.organId)) {
      throw new DomainError(
        'ORGAN_CANNOT_BE_OWN_PARENT',
        'Organet skulle hamna under sig självt, via organen ovanför det nya överordnade organet.',
        'data.parentOrganId',
      );
    }
  }
}
