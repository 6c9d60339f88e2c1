/**
 * The generated log names the organisation it is for: a kommun's log directs its uppdrag from
 * kommunfullmäktige to the kommun's own organs, and without organs given it is the region's as before.
 */
import { realisticLog } from './support/realistic-log';

const shape = { firstYear: 2023, years: 1, uppdragPerYear: 6, delmalPerYear: 2, indikatorerPerDelmal: 1 };

function named(log: ReturnType<typeof realisticLog>) {
  const organs = new Set<string>();
  const givers = new Set<string>();
  for (const { events } of log) {
    for (const { type, data } of events) {
      const d = data as { riktasTill?: string[]; organId?: string; origin?: { givenBy: string } };
      if (type === 'UppdragRegistered') {
        d.riktasTill?.forEach((o) => organs.add(o));
        if (d.origin) givers.add(d.origin.givenBy);
      }
      if (type === 'DelmalDefined' && d.organId) organs.add(d.organId);
    }
  }
  return { organs, givers };
}

describe('the realistic log of an organisation', () => {
  it("names only a kommun's organs when given them", () => {
    const kommun = named(realisticLog({ ...shape, organs: ['ks', 'son'], fullmaktige: 'kf' }));
    expect([...kommun.givers]).toEqual(['kf']);
    expect([...kommun.organs].sort()).toEqual(['ks', 'son']);
  });

  it("names the region's organs otherwise", () => {
    const region = named(realisticLog(shape));
    expect([...region.givers]).toEqual(['regionfullmaktige']);
    expect([...region.organs].every((o) => !['ks', 'son', 'kf'].includes(o))).toBe(true);
    expect(region.organs.size).toBeGreaterThan(1);
  });
});
