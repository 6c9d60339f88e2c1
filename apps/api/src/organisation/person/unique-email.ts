import { DomainError } from '@sparbar/domain';
import { type OrganisationDirectory } from '../organisation-directory';

/**
 * A check that the address (as the decider cleaned it: trimmed, lower case) belongs to no other active
 * person. People sign in and get reminders by it, so two with one address would be mixed up.
 */
export async function uniqueEmail(
  directory: OrganisationDirectory,
  personId: string,
): Promise<(epost: string) => void> {
  const { persons } = await directory.current();
  return (epost) => {
    for (const other of persons.values()) {
      if (other.active && other.personId !== personId && other.epost === epost) {
        throw new DomainError(
          'DUPLICATE_VALUE',
          'E-postadressen används redan av en annan person.',
          'data.epost',
        );
      }
    }
  };
}
