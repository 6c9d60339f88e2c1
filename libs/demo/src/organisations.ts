/**
 * The demo's organisation of each kind: its organs (parents first) and its people. A region is Region
 * Västerbotten as the seeds name it; a kommun has kommunfullmäktige, kommunstyrelsen, the nämnder most
 * kommuner have, a fullmäktigeberedning and a bostadsbolag. The development users (libs/auth DEV_USERS)
 * are people of both, under the same ids (so signing in locally offers them in either), placed in the
 * kommun's counterpart of their region organ.
 */
import { type RegisterOrganInput } from '@sparbar/application';
import { DEV_USERS } from '@sparbar/auth';
import { type OrganisationSlag, type Role } from '@sparbar/domain';

export type DemoOrgan = Omit<RegisterOrganInput, 'organisation' | 'parentOrganId'> & {
  parentOrganId: string | null;
};

export interface DemoPerson {
  personId: string;
  namn: string;
  roles: Role[];
  organId: string | null;
}

export interface DemoOrganisation {
  organs: readonly DemoOrgan[];
  people: readonly DemoPerson[];
}

const organ = (
  organId: string,
  namn: string,
  kortnamn: string,
  typ: DemoOrgan['typ'],
  parentOrganId: string | null,
): DemoOrgan => ({ organId, namn, kortnamn, typ, parentOrganId });

const RF = 'regionfullmaktige';
const REGION_ORGANS: readonly DemoOrgan[] = [
  organ(RF, 'Regionfullmäktige', 'RF', 'regionfullmaktige', null),
  organ('rs', 'Regionstyrelsen', 'RS', 'regionstyrelse', RF),
  organ('hsn', 'Hälso- och sjukvårdsnämnden', 'HSN', 'namnd', RF),
  organ('run', 'Regionala utvecklingsnämnden', 'RUN', 'namnd', RF),
  organ('folkhogskolestyrelsen', 'Folkhögskolestyrelsen', 'FHS', 'styrelse', RF),
  organ('beredning-folkhalsa', 'Beredningen för folkhälsa', 'Folkhälsa', 'beredning', RF),
  organ(
    'beredning-kompetensforsorjning',
    'Beredningen för kompetensförsörjning',
    'Kompetens',
    'beredning',
    RF,
  ),
  organ('demokratiberedningen', 'Demokratiberedningen', 'Demokrati', 'beredning', RF),
];

const KOMMUN_ORGANS: readonly DemoOrgan[] = [
  organ('kf', 'Kommunfullmäktige', 'KF', 'kommunfullmaktige', null),
  organ('ks', 'Kommunstyrelsen', 'KS', 'kommunstyrelse', 'kf'),
  organ('bun', 'Barn- och utbildningsnämnden', 'BUN', 'namnd', 'kf'),
  organ('son', 'Socialnämnden', 'SN', 'namnd', 'kf'),
  organ('tekn', 'Tekniska nämnden', 'TN', 'namnd', 'kf'),
  organ('mbn', 'Miljö- och byggnadsnämnden', 'MBN', 'namnd', 'kf'),
  organ('kfn', 'Kultur- och fritidsnämnden', 'KFN', 'namnd', 'kf'),
  organ('demokratiberedningen', 'Demokratiberedningen', 'Demokrati', 'beredning', 'kf'),
  organ('bostader', 'Bostadsbolaget AB', 'Bostäder', 'bolag', 'kf'),
];

/** Where a development user of the region sits in the kommun. */
const IN_KOMMUN: Record<string, string> = { [RF]: 'kf', rs: 'ks', hsn: 'son' };
const KOMMUN_NAMES: Record<string, string> = { 'person-regiondirektor': 'Kommundirektören' };

const devUsers = (kind: OrganisationSlag): DemoPerson[] =>
  DEV_USERS.map((u) => ({
    personId: u.personId,
    namn: (kind === 'kommun' && KOMMUN_NAMES[u.personId]) || u.name,
    roles: [...u.roles],
    organId: kind === 'kommun' && u.organId ? (IN_KOMMUN[u.organId] ?? u.organId) : u.organId,
  }));

const person = (personId: string, namn: string, role: Role, organId: string): DemoPerson => ({
  personId,
  namn,
  roles: [role],
  organId,
});

export const DEMO_ORGANISATIONS: Record<OrganisationSlag, DemoOrganisation> = {
  region: {
    organs: REGION_ORGANS,
    people: [
      ...devUsers('region'),
      // The officers of the two beredningar the April report names.
      person('person-kompetens', 'Lina Marklund', 'officer', 'beredning-kompetensforsorjning'),
      person('person-demokrati', 'Erik Sandström', 'officer', 'demokratiberedningen'),
      // The secretaries who record their nämnd's and styrelse's adoptions.
      person('person-run-sekreterare', 'Elin Forsberg', 'secretary', 'run'),
      person('person-fhs-sekreterare', 'Jonas Lundqvist', 'secretary', 'folkhogskolestyrelsen'),
    ],
  },
  kommun: {
    organs: KOMMUN_ORGANS,
    people: [
      ...devUsers('kommun'),
      // Each nämnd's officer (kommun-plan.ts), and the secretary who records BUN's adoptions.
      person('person-bun-handlaggare', 'Emma Johansson', 'officer', 'bun'),
      person('person-tekn-handlaggare', 'Mikael Berg', 'officer', 'tekn'),
      person('person-mbn-handlaggare', 'Sofia Lund', 'officer', 'mbn'),
      person('person-kfn-handlaggare', 'Anders Nyström', 'officer', 'kfn'),
      person('person-bun-sekreterare', 'Helena Ek', 'secretary', 'bun'),
    ],
  },
};
