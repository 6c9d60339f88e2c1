/**
 * The person register as the bearer guard needs it: who a signed-in identity is, with the roles, organ,
 * activation and auditor mandate the register holds now. Provided by the organisation module (its
 * directory follows the log, so a change made through any API process is seen on the next request).
 */
import { type AuditorMandate, type Role } from '@sparbar/domain';

export const PERSON_REGISTER = 'sparbar:PersonRegister';

export interface RegisteredPerson {
  personId: string;
  namn: string;
  organId: string | null;
  roles: readonly Role[];
  active: boolean;
  auditorMandate: AuditorMandate | null;
}

export interface SignedInIdentity {
  /** The token's subject: a person id for development tokens, maybe the provider's own id for OIDC. */
  subject: string;
  /** A verified e-mail address from the provider, if any (lower case). */
  email: string | null;
}

export interface PersonRegister {
  /**
   * The person the identity names, as the register holds them after everything committed before the
   * call: by person id (the subject), else by e-mail address (an active person first). Null: not in it.
   */
  lookUp(identity: SignedInIdentity): Promise<RegisteredPerson | null>;
}
