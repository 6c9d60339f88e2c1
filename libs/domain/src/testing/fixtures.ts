/**
 * Test data shaped like Region Västerbotten's reports (see shared/seeds): the organs, a handful of
 * people and a metadata builder. Ids are readable so failing specs read like the reports.
 */
import { type Actor } from '../access/roles';
import { type CommandMetadata } from '../shared/command-metadata';

export const ORGAN = {
  RF: 'regionfullmaktige',
  RS: 'rs',
  HSN: 'hsn',
  RUN: 'run',
  FHS: 'folkhogskolestyrelsen',
  KOMPETENS: 'beredning-kompetensforsorjning',
  DEMOKRATI: 'demokratiberedningen',
} as const;

export const PERSON = {
  johan: 'person-johan',
  sara: 'person-sara',
  elisabeth: 'person-elisabeth',
  ida: 'person-ida',
  maria: 'person-maria',
  direktor: 'person-regiondirektor',
  revisor: 'person-revisor',
  admin: 'person-admin',
  migrering: 'person-migrering',
} as const;

/** Who acts in the specs: an officer per organ, secretaries, and the roles without an organ. */
export const ACTOR = {
  johanRs: { personId: PERSON.johan, roles: ['officer'], organId: ORGAN.RS },
  saraHsn: { personId: PERSON.sara, roles: ['officer'], organId: ORGAN.HSN },
  elisabethRun: { personId: PERSON.elisabeth, roles: ['officer'], organId: ORGAN.RUN },
  idaSekreterareRs: { personId: PERSON.ida, roles: ['secretary'], organId: ORGAN.RS },
  mariaSekreterareHsn: { personId: PERSON.maria, roles: ['secretary'], organId: ORGAN.HSN },
  sekreterareRun: { personId: 'person-run-sekreterare', roles: ['secretary'], organId: ORGAN.RUN },
  sekreterareRf: { personId: 'person-rf-sekreterare', roles: ['secretary'], organId: ORGAN.RF },
  direktor: { personId: PERSON.direktor, roles: ['regiondirektor'], organId: null },
  revisor: { personId: PERSON.revisor, roles: ['auditor'], organId: null },
  admin: { personId: PERSON.admin, roles: ['admin'], organId: null },
  migrering: { personId: PERSON.migrering, roles: ['regiondirektor', 'importer'], organId: null },
  onlyImporter: { personId: 'person-bara-import', roles: ['importer'], organId: null },
} as const satisfies Record<string, Actor>;

/** A business time in the delårsrapport season, early May 2023 (Swedish summer time). */
export const MAY_2023 = '2023-05-03T09:30:00+02:00';

/** Metadata of a live command: business time equals the server's time unless told otherwise. */
export function meta(actor: Actor, now: string = MAY_2023, recordedAt: string = now): CommandMetadata {
  return { actor: { ...actor, roles: [...actor.roles] }, now, recordedAt };
}
