/**
 * Register an organisation's organ structure as a whole: the path by which provisioning, the demo loader
 * and the development seed all write organs, so none of them can give a kommun a region's organs. The
 * structure (with the organs the organisation has already, when there are some) is checked first as a
 * whole (`checkOrganStructure`: its kind's types, one fullmäktige at the top, parents before children);
 * then each organ is registered as its kind's (`data.organisation`), so the organ decider refuses a type
 * the kind does not have as well.
 */
import { checkOrganStructure, type OrganisationSlag, type PlannedOrgan } from '@sparbar/domain';
import { type Application, type WriteContext } from '../write/application';
import { registerOrgan, type RegisterOrganInput } from './register-organ';

export interface RegisterOrganStructureInput {
  organisation: OrganisationSlag;
  /** Parents before children. */
  organs: readonly Omit<RegisterOrganInput, 'organisation'>[];
  /** The organs the organisation has already (none at provisioning): checked together with `organs`. */
  existing?: readonly PlannedOrgan[];
}

/**
 * Registers the organs in order; returns the ids of those written. `skip` decides, for a refusal of one
 * organ (e.g. ORGAN_ALREADY_REGISTERED on a second start), whether to go on without it; by default
 * every refusal ends the registration.
 */
export async function registerOrganStructure(
  app: Application,
  input: RegisterOrganStructureInput,
  write: WriteContext,
  skip: (error: unknown, organId: string) => boolean = () => false,
): Promise<string[]> {
  const existing = input.existing ?? [];
  const known = new Set(existing.map((o) => o.organId));
  checkOrganStructure(input.organisation, [
    ...existing,
    ...input.organs.filter((o) => !known.has(o.organId)),
  ]);
  const written: string[] = [];
  for (const organ of input.organs) {
    try {
      await registerOrgan(app, { ...organ, organisation: input.organisation }, write);
      written.push(organ.organId);
    } catch (error) {
      if (!skip(error, organ.organId)) throw error;
    }
  }
  return written;
}
