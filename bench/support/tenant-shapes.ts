/**
 * The organisations of the tenants benchmark: Sweden's 21 regions and 290 kommuner, scaled down
 * proportionally for a smaller run (at least one region). A region gets a region's organs and ~100
 * uppdrag and ~40 delmål a year; a kommun a kommun's organs and 20–50 uppdrag a year, with delmål in the
 * same proportion and fewer indikatorer. The organs are what provisioning registers and what the
 * generated log directs uppdrag to, so the period tables of each tenant name its own organs.
 */
import { type RegisterOrganInput } from '@sparbar/application';
import { type LogShape } from '../../libs/projections/test/support/realistic-log';

export interface BenchTenant {
  tenantId: string;
  kind: 'region' | 'kommun';
  namn: string;
  host: string;
  organs: RegisterOrganInput[];
  log: LogShape;
}

const organ = (
  organId: string,
  namn: string,
  kortnamn: string,
  typ: RegisterOrganInput['typ'],
  parentOrganId: string | null,
): RegisterOrganInput => ({ organId, namn, kortnamn, typ, parentOrganId });

const REGION_ORGANS = [
  organ('regionfullmaktige', 'Regionfullmäktige', 'RF', 'regionfullmaktige', null),
  organ('rs', 'Regionstyrelsen', 'RS', 'regionstyrelse', 'regionfullmaktige'),
  organ('hsn', 'Hälso- och sjukvårdsnämnden', 'HSN', 'namnd', 'regionfullmaktige'),
  organ('run', 'Regionala utvecklingsnämnden', 'RUN', 'namnd', 'regionfullmaktige'),
  organ('folkhogskolestyrelsen', 'Folkhögskolestyrelsen', 'FHS', 'styrelse', 'regionfullmaktige'),
  organ(
    'beredning-kompetensforsorjning',
    'Beredningen för kompetensförsörjning',
    'BK',
    'beredning',
    'regionfullmaktige',
  ),
  organ('demokratiberedningen', 'Demokratiberedningen', 'DB', 'beredning', 'regionfullmaktige'),
];

export const KOMMUN_ORGANS = [
  organ('kf', 'Kommunfullmäktige', 'KF', 'kommunfullmaktige', null),
  organ('ks', 'Kommunstyrelsen', 'KS', 'kommunstyrelse', 'kf'),
  organ('bun', 'Barn- och utbildningsnämnden', 'BUN', 'namnd', 'kf'),
  organ('son', 'Socialnämnden', 'SN', 'namnd', 'kf'),
  organ('tekn', 'Tekniska nämnden', 'TN', 'namnd', 'kf'),
  organ('kfn', 'Kultur- och fritidsnämnden', 'KFN', 'namnd', 'kf'),
  organ('bostader', 'Kommunens bostadsbolag', 'BB', 'bolag', 'kf'),
];

/** `count` tenants, regions first, in Sweden's proportion of 21 regions to 290 kommuner. */
export function benchTenants(count: number, years: number, firstYear: number): BenchTenant[] {
  const regions = Math.max(1, Math.round((count * 21) / 311));
  return Array.from({ length: count }, (_, i) => {
    const region = i < regions;
    const n = region ? i + 1 : i - regions + 1;
    const tenantId = region ? `region-${String(n).padStart(2, '0')}` : `kommun-${String(n).padStart(3, '0')}`;
    const organs = region ? REGION_ORGANS : KOMMUN_ORGANS;
    // Kommuner from 20 to 50 uppdrag a year, spread evenly over the range.
    const uppdragPerYear = region ? 100 : 20 + ((n * 13) % 31);
    return {
      tenantId,
      kind: region ? 'region' : 'kommun',
      namn: region ? `Region ${n}` : `Kommun ${n}`,
      host: `${tenantId}.sparbar.bench`,
      organs,
      log: {
        firstYear,
        years,
        uppdragPerYear,
        delmalPerYear: region ? 40 : Math.round(uppdragPerYear * 0.4),
        indikatorerPerDelmal: region ? 5 : 3,
        seed: 1000 + i,
        // The organisation's own organs, not fullmäktige itself: uppdrag go from fullmäktige to them.
        organs: organs.slice(1).map((o) => o.organId),
        fullmaktige: organs[0].organId,
      },
    } satisfies BenchTenant;
  });
}
