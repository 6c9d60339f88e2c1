/**
 * The organs as they stood at a report's cutoff: each organ's stream folded up to that position, so a
 * renamed nämnd or one registered later does not change a document made from an earlier cutoff.
 */
import { Inject, Injectable } from '@nestjs/common';
import { organStream } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { type ReportOrgan } from '@sparbar/reports';
import { EVENT_STORE } from '@sparbar/runtime';
import { evolveOrganView, type OrganView } from '../organisation/organ/organ.view';
import { OrganisationDirectory } from '../organisation/organisation-directory';

@Injectable()
export class ReportOrgans {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  async at(position: number): Promise<ReportOrgan[]> {
    const { organs } = await this.directory.current();
    const asOf = await Promise.all(
      [...organs.keys()].sort().map(async (organId) => {
        let view: OrganView | null = null;
        for (const event of await this.store.readStream(organStream(organId))) {
          if (event.position > position) break;
          view = evolveOrganView(view, event);
        }
        return view;
      }),
    );
    return asOf
      .filter((view): view is OrganView => view !== null)
      .map(({ organId, namn, kortnamn, typ }) => ({ organId, namn, kortnamn, typ }));
  }
}
