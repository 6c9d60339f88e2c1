/**
 * The uppdrag and delmål of Region Västerbotten's 2023 reports (seeds 002/003), driven through the real
 * CommandHandler and deciders, so the read-model tests see exactly the events production writes.
 */
import {
  type Actor,
  type DelmalCommand,
  delmalDecider,
  delmalStream,
  type UppdragCommand,
  uppdragDecider,
  uppdragStream,
} from '@sparbar/domain';
import { ACTOR, ORGAN, PERSON } from '@sparbar/domain/testing/fixtures';
import { INKOP, INKOP_TEXT, SAMVERKAN } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { KLIMAT, TJANSTERESOR } from '@sparbar/domain/delmal/delmal.spec-fixtures';
import { type EventStore } from '@sparbar/event-store';
import { CommandHandler } from '../../../application/src';

export { INKOP, SAMVERKAN, KLIMAT, TJANSTERESOR, ORGAN, PERSON };
export const UTBILDNING = 'uppdrag-2023-utbildning';
export const LOKALER = 'uppdrag-2023-lokaler';

export class Scenario {
  private now = new Date('2023-01-16T09:00:00Z');
  private readonly handler: CommandHandler;

  constructor(store: EventStore) {
    this.handler = new CommandHandler(store, () => this.now);
  }

  /**
   * Moves business time. The store stamps recorded time from its own clock at millisecond precision,
   * so the next command waits a couple of milliseconds: commands on different business times are then
   * always recorded at different instants, and "as recorded at" tests can fall between them.
   */
  at(iso: string): this {
    this.now = new Date(iso);
    this.pause = true;
    return this;
  }

  private pause = false;

  private async settle(): Promise<void> {
    if (!this.pause) return;
    this.pause = false;
    await new Promise((resolve) => setTimeout(resolve, 3));
  }

  async uppdrag<T extends UppdragCommand['type']>(
    type: T,
    data: Extract<UppdragCommand, { type: T }>['data'],
    actor: Actor,
  ): Promise<void> {
    await this.settle();
    const stream = uppdragStream((data as { uppdragId: string }).uppdragId);
    await this.handler.handle(uppdragDecider, stream, { type, data, metadata: { actor } } as never);
  }

  async delmal<T extends DelmalCommand['type']>(
    type: T,
    data: Extract<DelmalCommand, { type: T }>['data'],
    actor: Actor,
  ): Promise<void> {
    await this.settle();
    const stream = delmalStream((data as { delmalId: string }).delmalId);
    await this.handler.handle(delmalDecider, stream, { type, data, metadata: { actor } } as never);
  }
}

const regionplan2023 = {
  givenBy: ORGAN.RF,
  kind: 'fullmaktige' as const,
  beslutsdatum: '2022-11-22',
  diarienummer: 'RS 2022/1234',
  paragraf: '§ 145',
  planYear: 2023,
};

/**
 * Four uppdrag through a year: inköp (monthly; reported, a late earlier month, corrected, ansvarig
 * changed, slutdatum extended), samverkan (tertial, all nämnder with RS coordinating; closed),
 * utbildning (ends in March and is never closed: overdue), lokaler (withdrawn). Plus one delmål.
 */
export async function playYear2023(s: Scenario): Promise<void> {
  const rf = ACTOR.sekreterareRf;
  s.at('2023-01-16T09:00:00Z');
  await s.uppdrag(
    'RegisterUppdrag',
    {
      uppdragId: INKOP,
      text: INKOP_TEXT,
      riktasTill: [ORGAN.HSN, ORGAN.RS],
      periodicitet: 'manad',
      slutdatum: '2023-12-31',
      ansvarigPersonId: PERSON.johan,
      origin: regionplan2023,
    },
    rf,
  );
  await s.uppdrag(
    'RegisterUppdrag',
    {
      uppdragId: SAMVERKAN,
      text: 'Kartlägga och optimera samverkans- och mötesstrukturer',
      riktasTill: [ORGAN.RS, ORGAN.HSN, ORGAN.RUN, ORGAN.FHS],
      samordnare: ORGAN.RS,
      periodicitet: 'tertial',
      slutdatum: '2023-12-31',
      ansvarigPersonId: PERSON.ida,
      origin: regionplan2023,
    },
    rf,
  );
  const ends = { periodicitet: 'manad' as const, ansvarigPersonId: PERSON.elisabeth, origin: regionplan2023 };
  await s.uppdrag(
    'RegisterUppdrag',
    {
      uppdragId: UTBILDNING,
      text: 'Utbilda chefer i arbetsmiljö',
      riktasTill: [ORGAN.RUN],
      slutdatum: '2023-03-31',
      ...ends,
    },
    rf,
  );
  await s.uppdrag(
    'RegisterUppdrag',
    {
      uppdragId: LOKALER,
      text: 'Utreda samlokalisering',
      riktasTill: [ORGAN.RUN],
      slutdatum: '2023-12-31',
      ...ends,
    },
    rf,
  );
  await s.delmal(
    'DefineDelmal',
    {
      delmalId: KLIMAT,
      organId: ORGAN.RS,
      planYear: 2023,
      regionmal: { id: 'regionmal-4', namn: 'Mål 4. Västerbotten är en ledande miljöregion' },
      text: 'Minska klimatutsläppen från regionens trafik',
    },
    ACTOR.idaSekreterareRs,
  );
  await s.delmal(
    'AddIndikator',
    {
      delmalId: KLIMAT,
      indikatorId: TJANSTERESOR,
      namn: 'Klimatutsläpp från tjänsteresor',
      enhet: 'ton CO2e',
      baseline: { year: 2021, value: 1061 },
      malvarde: 1010,
      riktning: 'lower_is_better',
    },
    ACTOR.idaSekreterareRs,
  );

  s.at('2023-05-03T07:30:00Z');
  const report = { status: 'pagaende_enligt_plan' as const, kommentar: 'Riktlinjerna är kommunicerade.' };
  await s.uppdrag('ReportUppdragStatus', { uppdragId: INKOP, period: '2023-04', ...report }, ACTOR.johanRs);
  await s.uppdrag(
    'ReportUppdragStatus',
    {
      uppdragId: SAMVERKAN,
      period: '2023-T1',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Kartläggning pågår.',
    },
    ACTOR.idaSekreterareRs,
  );
  await s.delmal(
    'RecordIndikatorUtfall',
    { delmalId: KLIMAT, indikatorId: TJANSTERESOR, period: '2023-04', utfall: 1200 },
    ACTOR.johanRs,
  );
  s.at('2023-05-04T08:00:00Z');
  await s.uppdrag(
    'ReportUppdragStatus',
    { uppdragId: INKOP, period: '2023-03', status: 'ej_paborjad', kommentar: 'Sen rapport för mars.' },
    ACTOR.johanRs,
  );
  s.at('2023-05-12T10:00:00Z');
  await s.uppdrag(
    'CorrectUppdragReport',
    {
      uppdragId: INKOP,
      period: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Upphandlingen är försenad.',
      reason: 'Fel status i första rapporten',
    },
    ACTOR.johanRs,
  );
  await s.delmal(
    'CorrectIndikatorUtfall',
    { delmalId: KLIMAT, indikatorId: TJANSTERESOR, period: '2023-04', utfall: 1100, reason: 'Felräknat' },
    ACTOR.johanRs,
  );
  s.at('2023-06-01T08:00:00Z');
  await s.uppdrag('ChangeUppdragAnsvarig', { uppdragId: INKOP, ansvarigPersonId: PERSON.sara }, rf);
  await s.uppdrag('WithdrawUppdrag', { uppdragId: LOKALER, reason: 'Inte längre aktuellt' }, rf);
  s.at('2023-12-01T08:00:00Z');
  await s.uppdrag(
    'ExtendUppdragSlutdatum',
    { uppdragId: INKOP, slutdatum: '2024-06-30', reason: 'Upphandlingen dröjer' },
    rf,
  );
  s.at('2024-01-20T09:00:00Z');
  await s.uppdrag('CloseUppdrag', { uppdragId: SAMVERKAN, kommentar: 'Strukturerna är optimerade.' }, rf);
}
