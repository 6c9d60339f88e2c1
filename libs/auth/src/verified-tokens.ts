/**
 * Tokens this process has verified, kept until they expire, so a person's every request does not pay
 * for the signature check again (bench:queries: about 5 % of the API's CPU on every read). Only the
 * verification is kept: who the person is and may do is still looked up in the person register on
 * every request (a deactivation counts from the next request, as before).
 *
 * A kept token is verified again after at most a minute: a provider that withdraws a signing key is
 * then heard no later than jose's own key cache (ten minutes) would hear it without this.
 */
interface Verified<T> {
  /** What the verification gave (the token's actor), frozen. */
  actor: T;
  /** Epoch milliseconds from which the token is verified again (its `exp`, or sooner). */
  until: number;
}

export class VerifiedTokens<T extends object> {
  private readonly tokens = new Map<string, Verified<T>>();

  constructor(
    private readonly maxTokens = 10_000,
    private readonly maxAgeMs = 60_000,
  ) {}

  /** The actor of a token verified before and not yet expired at `now` (epoch ms). */
  get(token: string, now: number): T | undefined {
    const kept = this.tokens.get(token);
    if (kept === undefined) return undefined;
    if (now < kept.until) return kept.actor;
    this.tokens.delete(token);
    return undefined;
  }

  /**
   * `exp`: the token's expiry in epoch seconds, if it has one. jose refuses a token from the second
   * its `exp` names (exp <= now), so it is kept only while now < exp·1000. Returns it frozen (the
   * caller freezes what it holds inside): every later request with the token gets the same object.
   */
  keep(token: string, claimed: T, exp: number | undefined, now: number): T {
    const actor = Object.freeze(claimed);
    const until = Math.min(now + this.maxAgeMs, exp === undefined ? Infinity : exp * 1000);
    if (until <= now) return actor;
    // Oldest first in a Map: a full cache forgets the token verified longest ago.
    if (this.tokens.size >= this.maxTokens) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
    this.tokens.set(token, { actor, until });
    return actor;
  }
}
