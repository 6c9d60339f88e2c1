/**
 * What survives `JSON.parse(JSON.stringify(x))` unchanged. Event data must be of this shape, because
 * what a decider returns is stored as JSON and later folded again: anything JSON would drop (undefined,
 * Dates, class instances) would make the state after a reload differ from the state before it.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
