import { type Actor } from '../access/roles';

/**
 * Who asks, and the two times of a command. The domain never reads a clock: the edge passes the server's
 * time as `recordedAt`, and `now` is the business time — when it happened in the world. They are equal
 * except when history is migrated (a report written in May 2023, imported in 2025); whether that is
 * allowed is decided by `checkCommandMetadata` in access/command-guard.ts.
 */
export type CommandMetadata = {
  actor: Actor;
  /** Business time, ISO 8601 with a time zone. */
  now: string;
  /** Server time when the command is handled, ISO 8601 with a time zone. */
  recordedAt: string;
};
