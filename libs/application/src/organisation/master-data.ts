/**
 * Some rules about organs and people need all of them at once, which no single stream holds: an e-mail
 * address belongs to one active person, an uppsiktsärende is recorded by the one regionstyrelse. The
 * caller hands the use case what it keeps of the master data (in the API, the organisation directory
 * that follows the log). It is a read model, so two writes racing with one address can both pass.
 */
import { DomainError, type OrganTyp } from '@sparbar/domain';

export interface MasterDataOrgan {
  organId: string;
  typ: OrganTyp;
  active: boolean;
}

export interface MasterDataPerson {
  personId: string;
  epost: string;
  active: boolean;
}

export interface MasterData {
  /** Every organ and person, with everything committed before the call at least. */
  current(): Promise<{
    organs: ReadonlyMap<string, MasterDataOrgan>;
    persons: ReadonlyMap<string, MasterDataPerson>;
  }>;
}

/**
 * A check that the address (as the decider cleaned it: trimmed, lower case) belongs to no other active
 * person. People sign in and get reminders by it, so two with one address would be mixed up.
 */
export async function uniqueEmail(
  masterData: MasterData,
  personId: string,
): Promise<(epost: string) => void> {
  const { persons } = await masterData.current();
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
