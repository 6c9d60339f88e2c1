/**
 * The auditor's package built from the log itself up to the cutoff (the log never changes below a
 * chained position), so the same cutoff gives the same package however much has happened since.
 * Pure: the events in position order in, plain data out. Each event goes to the fold of its subject,
 * told by its stream's name; the reminders are filed last, once every item they may be about is known.
 */
import {
  FASTSTALLELSE_STREAM_PREFIX,
  type FaststallelseEvent,
  internkontrollplanStream,
  type InternkontrollEvent,
  type OrganEvent,
  PAMINNELSE_STREAM_PREFIX,
  type PaminnelseEvent,
  type PersonEvent,
  STREAM_PREFIXES,
  type UppdragEvent,
  type UppsiktEvent,
} from '@sparbar/domain';
import { type ReportCutoff } from '../uppdrag-table';
import { FaststallelserFold } from './faststallelser.fold';
import { InternkontrollplanFold } from './internkontrollplan.fold';
import { loggedAs, type PaketEvent, upTo } from './logged-event';
import {
  type Granskningspaket,
  type PaketAndringEfterFaststallande,
  type PaketItems,
  type PaketUppdrag,
} from './model';
import { NamesFold } from './names';
import { PaminnelserFold } from './paminnelser';
import { svarstider } from './svarstider';
import { UppdragFold } from './uppdrag.fold';
import { UppsiktsarendenFold } from './uppsiktsarenden.fold';

export interface PaketScope {
  organId: string;
  year: number;
  cutoff: ReportCutoff;
}

/**
 * What the package reads of the log: every stream under `prefixes` and the named `streams` (the
 * organ's own and its plan for the year). A reader may hand over more; the package leaves out the rest.
 */
export function granskningspaketStreams(
  organId: string,
  year: number,
): { prefixes: string[]; streams: string[] } {
  return {
    prefixes: [
      STREAM_PREFIXES.uppdrag,
      STREAM_PREFIXES.uppsiktsarende,
      PAMINNELSE_STREAM_PREFIX,
      STREAM_PREFIXES.person,
      STREAM_PREFIXES.organ,
      FASTSTALLELSE_STREAM_PREFIX,
    ],
    streams: [internkontrollplanStream(organId, year)],
  };
}

export function buildGranskningspaket(events: readonly PaketEvent[], scope: PaketScope): Granskningspaket {
  const { organId, year, cutoff } = scope;
  const names = new NamesFold(organId);
  const paminnelser = new PaminnelserFold(organId, year);
  const uppdrag = new UppdragFold(organId, year);
  const arenden = new UppsiktsarendenFold(organId, year);
  const internkontroll = new InternkontrollplanFold();
  const faststallelser = new FaststallelserFold(organId, year);
  const plansStream = internkontrollplanStream(organId, year);

  for (const e of upTo(events, cutoff.position)) {
    if (e.stream.startsWith(STREAM_PREFIXES.person)) names.applyPerson(loggedAs<PersonEvent>(e));
    else if (e.stream.startsWith(PAMINNELSE_STREAM_PREFIX)) paminnelser.apply(loggedAs<PaminnelseEvent>(e));
    else if (e.stream.startsWith(STREAM_PREFIXES.organ)) names.applyOrgan(loggedAs<OrganEvent>(e));
    else if (e.stream.startsWith(STREAM_PREFIXES.uppdrag)) uppdrag.apply(loggedAs<UppdragEvent>(e));
    else if (e.stream.startsWith(STREAM_PREFIXES.uppsiktsarende)) arenden.apply(loggedAs<UppsiktEvent>(e));
    else if (e.stream === plansStream) internkontroll.apply(loggedAs<InternkontrollEvent>(e));
    else if (e.stream.startsWith(FASTSTALLELSE_STREAM_PREFIX))
      faststallelser.apply(loggedAs<FaststallelseEvent>(e));
  }

  const items: PaketItems = {
    uppdrag: uppdrag.byId,
    arenden: arenden.byId,
    moments: internkontroll.moments,
    atgarder: internkontroll.atgarder,
  };
  paminnelser.fileUnder(items);
  for (const u of uppdrag.byId.values()) u.svarstider = svarstider(u);
  const adoptions = faststallelser.result();

  return {
    organId,
    organNamn: names.organNamn,
    year,
    cutoff: {
      position: cutoff.position,
      hash: cutoff.hash,
      ...(cutoff.date !== undefined ? { date: cutoff.date } : {}),
      ...(cutoff.witness !== undefined ? { witness: cutoff.witness } : {}),
    },
    uppdrag: uppdrag.inPlanOrder(),
    uppsiktsarenden: arenden.result(),
    internkontrollplan: internkontroll.plan,
    faststallelser: adoptions,
    andringarEfterFaststallande: changesAfterAdoption(uppdrag.inPlanOrder()),
    personer: names.personer(
      items,
      adoptions.map((a) => a.recordedBy),
    ),
    organer: names.organer(items),
  };
}

/** Every report made after its period's adoption, in log order. */
function changesAfterAdoption(uppdrag: readonly PaketUppdrag[]): PaketAndringEfterFaststallande[] {
  return uppdrag
    .flatMap((u) =>
      u.rapporter.flatMap((r) =>
        r.afterAdoption
          ? [
              {
                uppdragId: u.uppdragId,
                period: r.period,
                event: r.event,
                statusText: r.statusText,
                ...r.afterAdoption,
                by: r.by,
                recordedAt: r.recordedAt,
                position: r.position,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.position - b.position);
}
