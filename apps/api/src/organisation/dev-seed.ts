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
    for (const organ of DEV_ORGANS) {
      if ((await this.commands.read(organStream(organ.organId))).length > 0) continue;
      const { organId, namn, kortnamn, typ, parent } = organ;
      await this.commands.execute(
        organDecider,
        organStream(organId),
        { type: 'RegisterOrgan', data: { organId, namn, kortnamn, typ, parentOrganId: parent } },
        write,
        { create: true },
      );
      added++;
    }
    for (const user of DEV_USERS) {
      if ((await this.commands.read(personStream(user.personId))).length > 0) continue;
      const epost = `${user.personId.replace(/^person-/, '')}@example.se`;
      await this.commands.execute(
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
      );
      added++;
    }
    if (added > 0) this.logger.log(`Utvecklingsorganisationen registrerad (${added} organ och personer)`);
  }
}
