/**
 * Signing in locally is only useful with someone to be: in development mode (no OIDC provider), the
 * demo organisation and the development users (libs/auth DEV_USERS) are registered at start-up, through
 * the same use cases as any other master data, by a system administrator. What exists is left alone, so
 * a restart adds nothing. Turned off with DEV_SEED=false.
 *
 * The organisation is of its kind: a kommun (a tenant provisioned as one, or an installation whose organs
 * are a kommun's) gets the demo kommun's organs and people (libs/demo), a region Region Västerbotten's.
 * The organs go through `registerOrganStructure`, as provisioning's do: the structure with what is there
 * already is checked as a whole and each organ registered as its kind's, so a kommun never gets a
 * region's organs (a structure that would not hold is left alone, with a warning).
 *
 * An auditor's access holds only within a mandate, so the development auditor is given one, once,
 * covering the demo's years: from three years before the clock's year to the end of the next.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  Application,
  giveAuditorMandate,
  registerOrganStructure,
  registerPerson,
} from '@sparbar/application';
import { DEV_USERS } from '@sparbar/auth';
import { type AppConfig, type Clock } from '@sparbar/config';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from '@sparbar/demo';
import {
  type Actor,
  businessDateOf,
  isDomainError,
  type OrganisationSlag,
  organisationSlagOf,
  type OrganTyp,
} from '@sparbar/domain';
import { APP_CONFIG, CLOCK } from '@sparbar/runtime';
import { type WriteContext } from '../application/write-context';
import { OrganisationDirectory } from './organisation-directory';

export const DEV_SEED_ENABLED = 'sparbar:DevSeedEnabled';

const SEEDER: Actor = { personId: 'system-dev-seed', roles: ['admin'], organId: null };

/** Region Västerbotten's bodies as the seeds name them; parents before children. A kommun's: libs/demo. */
export const DEV_ORGANS: readonly {
  organId: string;
  namn: string;
  kortnamn: string;
  typ: OrganTyp;
  parent: string | null;
}[] = [
  {
    organId: 'regionfullmaktige',
    namn: 'Regionfullmäktige',
    kortnamn: 'RF',
    typ: 'regionfullmaktige',
    parent: null,
  },
  {
    organId: 'rs',
    namn: 'Regionstyrelsen',
    kortnamn: 'RS',
    typ: 'regionstyrelse',
    parent: 'regionfullmaktige',
  },
  {
    organId: 'hsn',
    namn: 'Hälso- och sjukvårdsnämnden',
    kortnamn: 'HSN',
    typ: 'namnd',
    parent: 'regionfullmaktige',
  },
  {
    organId: 'run',
    namn: 'Regionala utvecklingsnämnden',
    kortnamn: 'RUN',
    typ: 'namnd',
    parent: 'regionfullmaktige',
  },
  {
    organId: 'folkhogskolestyrelsen',
    namn: 'Folkhögskolestyrelsen',
    kortnamn: 'FHS',
    typ: 'styrelse',
    parent: 'regionfullmaktige',
  },
  {
    organId: 'beredning-folkhalsa',
    namn: 'Beredningen för folkhälsa',
    kortnamn: 'Folkhälsa',
    typ: 'beredning',
    parent: 'regionfullmaktige',
  },
];

/** The development organisation of each kind: its organs, and the development users as its people. */
const DEV_ORGANISATION: Record<OrganisationSlag, DemoOrganisation> = {
  region: {
    organs: DEV_ORGANS.map(({ parent, ...organ }) => ({ ...organ, parentOrganId: parent })),
    people: DEV_USERS.map((u) => ({
      personId: u.personId,
      namn: u.name,
      roles: [...u.roles],
      organId: u.organId,
    })),
  },
  kommun: DEMO_ORGANISATIONS.kommun,
};

/**
 * What the checks may refuse on a database an administrator has changed since: across streams, or the
 * organ structure as a whole (INVALID_VALUE: e.g. a kommun provisioned with its fullmäktige under another id).
 */
const REFUSED_BY_OTHERS = new Set([
  'ORGAN_DEACTIVATED',
  'ORGAN_NOT_FOUND',
  'DUPLICATE_VALUE',
  'INVALID_VALUE',
]);

@Injectable()
export class DevSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Utvecklingsdata');

  constructor(
    @Inject(DEV_SEED_ENABLED) private readonly enabled: boolean,
    @Inject(Application) private readonly app: Application,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const write: WriteContext = { actor: SEEDER, expectedRevision: undefined, requestId: 'dev-seed' };
    const existing = [...(await this.directory.current()).organs.values()];
    const kind = this.config.organisationKind ?? organisationSlagOf(existing.map((o) => o.typ));
    const { organs, people } = DEV_ORGANISATION[kind];
    const structure = { organisation: kind, organs, existing };
    let added = 0;
    try {
      const skip = (e: unknown, organId: string) => this.skipped(organId, e) === null;
      added += (await registerOrganStructure(this.app, structure, write, skip)).length;
    } catch (error) {
      this.skipped('Organstrukturen', error);
    }
    for (const person of people) {
      const input = { ...person, epost: `${person.personId.replace(/^person-/, '')}@example.se` };
      const registered = await registerPerson(this.app, this.directory, input, write).catch((e) =>
        this.skipped(person.personId, e),
      );
      if (registered) added++;
    }
    added += await this.giveAuditorsAMandate(write);
    if (added > 0) this.logger.log(`Utvecklingsorganisationen registrerad (${added} organ och personer)`);
  }

  private async giveAuditorsAMandate(write: WriteContext): Promise<number> {
    const year = Number(businessDateOf(this.clock().toISOString()).slice(0, 4));
    const mandate = { validFrom: `${year - 3}-01-01`, validTo: `${year + 1}-12-31` };
    let given = 0;
    for (const user of DEV_USERS.filter((u) => u.roles.includes('auditor'))) {
      const person = await this.directory.lookUp({ subject: user.personId, email: null });
      if (!person?.active || !person.roles.includes('auditor') || person.auditorMandate) continue;
      const input = { personId: user.personId, ...mandate };
      const written = await giveAuditorMandate(this.app, input, write).catch((e) =>
        this.skipped(user.personId, e),
      );
      if (written) given++;
    }
    return given;
  }

  /**
   * Registered before, or by another API process starting at the same time: nothing to do. Refused
   * by a check across streams (its organ wound up, its e-mail address taken): say so and start
   * anyway, it is only development data.
   */
  private skipped(id: string, error: unknown): null {
    if (!isDomainError(error)) throw error;
    if (/_ALREADY_REGISTERED$/.test(error.code)) return null;
    if (!REFUSED_BY_OTHERS.has(error.code)) throw error;
    this.logger.warn(`${id} registrerades inte: ${error.message}`);
    return null;
  }
}
