/**
 * Signing in locally is only useful with someone to be: in development mode (no OIDC provider), the
 * demo organisation and the development users (libs/auth DEV_USERS) are registered at start-up, through
 * the deciders like any other master data, by a system administrator. What exists is left alone, so a
 * restart adds nothing. Turned off with DEV_SEED=false.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DEV_USERS } from '@sparbar/auth';
import {
  type Actor,
  isDomainError,
  organDecider,
  organStream,
  type OrganTyp,
  personDecider,
  personStream,
} from '@sparbar/domain';
import { Commands } from '../commands/commands';
import { type WriteContext } from '../commands/write-context';

export const DEV_SEED_ENABLED = 'sparbar:DevSeedEnabled';

const SEEDER: Actor = { personId: 'system-dev-seed', roles: ['admin'], organId: null };

/** Region Västerbotten's bodies as the seeds name them; parents before children. */
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

/** Registered before, or by another API process starting at the same time: nothing to do. */
function alreadyThere(error: unknown): null {
  if (isDomainError(error) && /_ALREADY_REGISTERED$/.test(error.code)) return null;
  throw error;
}

@Injectable()
export class DevSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Utvecklingsdata');

  constructor(
    @Inject(DEV_SEED_ENABLED) private readonly enabled: boolean,
    @Inject(Commands) private readonly commands: Commands,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const write: WriteContext = { actor: SEEDER, expectedRevision: undefined, requestId: 'dev-seed' };
    let added = 0;
    for (const { organId, namn, kortnamn, typ, parent } of DEV_ORGANS) {
      const registered = await this.commands
        .execute(
          organDecider,
          organStream(organId),
          { type: 'RegisterOrgan', data: { organId, namn, kortnamn, typ, parentOrganId: parent } },
          write,
          { create: true },
        )
        .catch(alreadyThere);
      if (registered) added++;
    }
    for (const user of DEV_USERS) {
      const epost = `${user.personId.replace(/^person-/, '')}@example.se`;
      const registered = await this.commands
        .execute(
          personDecider,
          personStream(user.personId),
          {
            type: 'RegisterPerson',
            data: {
              personId: user.personId,
              namn: user.name,
              epost,
              organId: user.organId,
              roles: [...user.roles],
            },
          },
          write,
          { create: true },
        )
        .catch(alreadyThere);
      if (registered) added++;
    }
    if (added > 0) this.logger.log(`Utvecklingsorganisationen registrerad (${added} organ och personer)`);
  }
}
