/**
 * Reminders stop for an organ's adopted period: what the nämnd adopted is its report, so nobody is
 * asked to report that period any more — a report still missing then is a gap the uppsikt view shows,
 * not a task to chase. On a joint uppdrag only the adopted organs drop out; the others are still owed.
 */

/**
 * The organs still owing a period's report once adoptions count: `owing` are the organs the report is
 * owed by (a joint uppdrag's missing parts, or the organs whose joint report it is). Empty: the
 * reminder stops.
 */
export function owingAfterAdoption(owing: readonly string[], adopted: ReadonlySet<string>): string[] {
  return owing.filter((organId) => !adopted.has(organId));
}
