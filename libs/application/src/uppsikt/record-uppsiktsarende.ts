/**
 * Record an uppsiktsärende on an organ, or on one of its uppdrag or delmål. Besides the decider's own
 * rules, it reads other streams: the ärende is regionstyrelsen's (the one active regionstyrelse, found
 * in the master data), the organ exists and is active, and a named uppdrag or delmål exists and belongs
 * to that organ (an uppdrag directed to it, a delmål of its own).
 */
import {
  delmalStream,
  DomainError,
  isOrganisationensStyrelse,
  type RecordUppsiktsarende,
  type UppsiktItem,
  uppdragStream,
  uppsiktDecider,
  uppsiktsarendeStream,
  type UppsiktState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type MasterData } from '../organisation/master-data';

export type RecordUppsiktsarendeInput = Omit<RecordUppsiktsarende['data'], 'regionstyrelsenId'>;

export async function recordUppsiktsarende(
  app: Application,
  masterData: MasterData,
  input: RecordUppsiktsarendeInput,
  write: WriteContext,
): Promise<Written<UppsiktState>> {
  const regionstyrelsen = [...(await masterData.current()).organs.values()].find(
    // Regionstyrelsen, or in a kommun kommunstyrelsen: the same role (kommunallagen 6 kap. 1 §).
    (organ) => isOrganisationensStyrelse(organ.typ) && organ.active,
  );
  if (!regionstyrelsen) {
    throw new DomainError(
      'ORGAN_NOT_FOUND',
      'Det finns ingen regionstyrelse eller kommunstyrelse registrerad.',
    );
  }
  const known = await app.references.load({ organs: [input.organId] });
  const item = input.item ?? null;
  const itemOrgans = item ? await organsOfItem(app, item) : null;
  return app.execute(
    uppsiktDecider,
    uppsiktsarendeStream(input.arendeId),
    { type: 'RecordUppsiktsarende', data: { ...input, regionstyrelsenId: regionstyrelsen.organId } },
    write,
    {
      create: true,
      check: (events) => {
        for (const event of events) {
          if (event.type !== 'UppsiktsarendeRecorded') continue;
          known.activeOrgan(event.data.organId, 'data.organId');
          if (item) checkItem(item, itemOrgans, event.data.organId);
        }
      },
    },
  );
}

function checkItem(item: UppsiktItem, itemOrgans: readonly string[] | null, organId: string): void {
  if (itemOrgans === null) {
    const what = item.kind === 'uppdrag' ? 'Uppdraget' : 'Delmålet';
    throw new DomainError(
      item.kind === 'uppdrag' ? 'UPPDRAG_NOT_FOUND' : 'DELMAL_NOT_FOUND',
      `${what} "${item.id}" finns inte.`,
      'data.item.id',
    );
  }
  if (!itemOrgans.includes(organId)) {
    throw new DomainError(
      'INVALID_VALUE',
      'Posten hör inte till organet som ärendet gäller.',
      'data.item.id',
    );
  }
}

/** The organs an uppdrag is directed to, or a delmål's nämnd; null when the item does not exist. */
async function organsOfItem(app: Application, item: UppsiktItem): Promise<string[] | null> {
  const events = await app.streams.readStream(
    item.kind === 'uppdrag' ? uppdragStream(item.id) : delmalStream(item.id),
  );
  const first = events[0]?.data as { riktasTill?: string[]; organId?: string } | undefined;
  if (!first) return null;
  return item.kind === 'uppdrag' ? [...(first.riktasTill ?? [])] : first.organId ? [first.organId] : [];
}
