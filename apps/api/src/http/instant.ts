/**
 * One form for every instant the API answers with: UTC, `2023-05-03T08:00:00.000Z`. Events keep the
 * business time as it was written (`2023-05-03T10:00:00+02:00` from a client in Sweden); read models built
 * in SQL give it back in UTC. Without this, the same report's time came in two forms from two answers.
 * Business dates (`2023-05-03`) are not instants and stay as they are.
 */
export function utcInstant(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString();
}
