/**
 * given / when / then for deciders, in the style of Emmett's DeciderSpecification:
 *
 *   const given = deciderSpec(uppdragDecider);
 *   given([registered]).when(reportStatus).then([statusReported]);
 *   given([]).when(reportStatus).thenThrows('UPPDRAG_NOT_FOUND');
 *
 * Events, state and command are deep-frozen, so a decider that mutates its input fails loudly; produced events
 * must survive a JSON round trip unchanged and fold without error, because that is how they come back
 * from the store. The helper asserts on its own (no jest import) so it can also serve other test runners
 * and compiles in the production build.
 */
import { type ErrorCode } from '../shared/error-codes';
import { type Decider, fold } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export type ThenThrowsOptions = { field?: string | null; message?: string | RegExp };

export class DeciderSpecFailure extends Error {
  override name = 'DeciderSpecFailure';
}

export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return function given(events: readonly Event[]) {
    return {
      when(command: Command) {
        const run = (): Event[] => {
          const state = deepFreeze(fold(decider, deepFreeze(structuredClone(events)) as readonly Event[]));
          return decider.decide(deepFreeze(structuredClone(command)), state);
        };
        return {
          then(expected: readonly Event[]): Event[] {
            const actual = run();
            assertSameJson(actual, expected, 'the events differ');
            // Undefined fields vanish in JSON: the state after a reload would differ from before it.
            assertSameJson(
              JSON.parse(JSON.stringify(actual)),
              actual,
              'the events do not survive JSON',
              true,
            );
            fold(decider, [...events, ...actual]);
            return actual;
          },
          /** The command is accepted but changes nothing (e.g. setting a value it already has). */
          thenNothing(): void {
            assertSameJson(run(), [], 'expected no events');
          },
          thenThrows(code: ErrorCode, options: ThenThrowsOptions = {}): DomainError {
            let produced: Event[];
            try {
              produced = run();
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              check(error.code === code, `expected ${code}, got ${error.code}: ${error.message}`);
              if (options.field !== undefined) {
                check(error.field === options.field, `expected field ${options.field}, got ${error.field}`);
              }
              const { message } = options;
              if (message !== undefined) {
                const matches =
                  typeof message === 'string' ? error.message.includes(message) : message.test(error.message);
                check(matches, `message "${error.message}" does not match ${String(message)}`);
              }
              check(error.message.trim().length > 0, 'a refusal must explain itself');
              return error;
            }
            throw new DeciderSpecFailure(
              `expected ${code}, but the command was accepted with ${pretty(produced)}`,
            );
          },
        };
      },
    };
  };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new DeciderSpecFailure(message);
}

/** Compares as stored JSON, keys in any order; `strictUndefined` also tells a missing key from undefined. */
function assertSameJson(actual: unknown, expected: unknown, what: string, strictUndefined = false): void {
  const same = strictUndefined ? sameStrict(actual, expected) : canonical(actual) === canonical(expected);
  if (!same)
    throw new DeciderSpecFailure(`${what}\n  expected: ${pretty(expected)}\n  actual:   ${pretty(actual)}`);
}

function sameStrict(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        key in b && sameStrict((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v === undefined
        ? '«undefined»'
        : v,
  );
}

function pretty(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '«undefined»' : v), 2);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
