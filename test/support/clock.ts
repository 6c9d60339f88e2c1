/**
 * The day every test application lives on. No test depends on the day it runs: the API under test starts
 * its clock at TEST_NOW (CLOCK_START) and the browser tests show the pages the same day, so "this month",
 * "this tertial", the deadlines and the reminders due are the same on any date the suite is run.
 *
 * A Wednesday in the middle of a month and of tertial 2, in summer time: far from month, tertial and
 * year ends, so an uppdrag registered "today" has begun periods to report on and a year ahead of it.
 */
import { clockStartingAt } from '../../libs/config/src/clock';

export const TEST_NOW = '2025-06-18T10:00:00+02:00';

/** Runs on from TEST_NOW like the applications' clocks do: for business times a test writes itself. */
export const testClock = clockStartingAt(new Date(TEST_NOW));
