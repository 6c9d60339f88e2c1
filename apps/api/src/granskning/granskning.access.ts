/**
 * Who may use the audit endpoints, asked of the domain's access policy: the audit trail is the log in
 * words (auditors and the regiondirektör, see `requireReadLog`); the chain's verification and head also
 * administrators.
 */
import { type Actor, authorize } from '@sparbar/domain';
// Deep import: the domain's index is being extended elsewhere; the policy file is the rule's home.
import { mayVerifyChain } from '@sparbar/domain/access/access.policy';

export function requireVerifyChain(actor: Actor): void {
  authorize(mayVerifyChain(actor), 'kontrollera händelsekedjan');
}
