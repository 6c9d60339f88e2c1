/**
 * Historik: every change of one uppdrag or delmål, newest first — who, when (both times), what, why.
 * An uppdrag directed to several organs is shown as a whole first: each recipient's part and the joint
 * report (uppdrag-parts.tsx).
 */
import { getJson } from '../api';
import { useDirectory } from '../directory';
import { changeValue, fieldLabel } from '../change-words';
import { periodLabel, timeLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';
import { type History, type HistoryLine, type UppdragView } from '../wire';
import { genitive } from './report-target';
import { UppdragParts } from './uppdrag-parts';

const EVENT_LABELS: Record<string, string> = {
  UppdragRegistered: 'Uppdraget registrerades',
  UppdragStatusReported: 'Status rapporterad',
  UppdragReportCorrected: 'Rapport rättad',
  UppdragAnsvarigChanged: 'Ny ansvarig',
  UppdragPeriodicitetChanged: 'Periodicitet ändrad',
  UppdragSlutdatumExtended: 'Slutdatum förlängt',
  UppdragPartClosed: 'Del avslutad',
  UppdragClosed: 'Uppdraget avslutat',
  UppdragWithdrawn: 'Uppdraget återkallat',
  DelmalDefined: 'Delmålet lades i planen',
  IndikatorAdded: 'Indikator tillagd',
  IndikatorMalvardeChanged: 'Målvärde ändrat',
  IndikatorUtfallRecorded: 'Utfall registrerat',
  IndikatorUtfallCorrected: 'Utfall rättat',
  DelmalAssessed: 'Delmålet bedömt',
  DelmalAssessmentCorrected: 'Bedömning rättad',
  DelmalClosed: 'Delmålet avslutat',
};

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? type;
}

export function Historik({ kind, id, user }: { kind: 'uppdrag' | 'delmal'; id: string; user: SessionUser }) {
  const path = `/api/${kind}/${encodeURIComponent(id)}`;
  const state = useAsync(() => loadHistory(path), `${kind}/${id}`);
  const directory = useDirectory();
  const [history, item] = state.data ?? [];
  const lines = history ? [...history.lines].reverse() : [];
  return (
    <>
      <PageTitle>Historik</PageTitle>
      {item && (
        <p className="lead">
          {kind === 'uppdrag' ? 'Uppdrag' : 'Delmål'}: {item.text}
        </p>
      )}
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {item && kind === 'uppdrag' && (
        <UppdragParts uppdrag={item as UppdragView} user={user} directory={directory} />
      )}
      {history && (
        <>
          {kind === 'uppdrag' && (item as UppdragView | undefined)?.parts?.length ? <h2>Ändringar</h2> : null}
          <ol className="timeline" aria-label={`Ändringar, senaste först (${lines.length})`}>
            {lines.map((line) => (
              <li key={line.position} className="timeline-item">
                <h2 className="timeline-title">
                  {eventLabel(line.eventType)}
                  {line.period && <> · {periodLabel(line.period)}</>}
                  {line.indikatorId && <> · {indikatorName(item, line.indikatorId)}</>}
                  {kind === 'uppdrag' && partOfLine(line) && (
                    <> · {genitive(directory.organName(partOfLine(line)))} del</>
                  )}
                </h2>
                <p className="muted small">
                  {directory.personName(line.actor)} · gällande från {timeLabel(line.occurredAt)} · sparat{' '}
                  {timeLabel(line.recordedAt)}
                </p>
                {line.andradEfterFaststallande && (
                  <p>
                    <strong>Ändrad efter fastställande</strong> (fastställd{' '}
                    {line.andradEfterFaststallande.adoptedOn} §{' '}
                    {line.andradEfterFaststallande.paragraf.replace(/^§\s*/, '')})
                  </p>
                )}
                {line.reason && (
                  <p>
                    <strong>Skäl:</strong> {line.reason}
                  </p>
                )}
                {line.changes.length > 0 && (
                  <dl className="changes">
                    {line.changes
                      .filter((c) => !(c.from === null && (c.to === null || c.to === undefined)))
                      .map((c) => (
                        <div key={c.field} className="change">
                          <dt>{fieldLabel(c.field)}</dt>
                          <dd>
                            {c.from !== null && c.from !== undefined && (
                              <>
                                <del>{changeValue(c.field, c.from, directory)}</del>
                                <span aria-hidden="true"> → </span>
                                <span className="visually-hidden"> ändrat till </span>
                              </>
                            )}
                            <ins>{changeValue(c.field, c.to, directory)}</ins>
                          </dd>
                        </div>
                      ))}
                  </dl>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <Link href="/">Tillbaka</Link>
      </p>
    </>
  );
}

/**
 * The history is a read model a moment behind the log; the item itself is exact. Right after a change
 * (the usual way here, from Rapportera) the history is read again until it has caught up with it.
 */
type Item = {
  text: string;
  revision: number;
  indikatorer?: { indikatorId: string; namn: string }[];
} & Partial<UppdragView>;

async function loadHistory(path: string): Promise<[History, Item]> {
  const item = await getJson<Item>(path);
  for (let attempt = 0; ; attempt++) {
    const history = await getJson<History>(`${path}/historik`);
    const seen = Math.max(-1, ...history.lines.map((l) => l.revision));
    if (seen >= item.revision || attempt >= 20) return [history, item];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The recipient whose part a report line is for; null for the joint report and other changes. */
function partOfLine(line: HistoryLine): string | null {
  const part = line.changes.find((c) => c.field === 'organId')?.to;
  return typeof part === 'string' ? part : null;
}

/** An indikator by its name (a delmål's history); the id never shows. */
function indikatorName(item: Item | undefined, indikatorId: string): string {
  const namn = item?.indikatorer?.find((i) => i.indikatorId === indikatorId)?.namn;
  return namn ? `indikatorn ${namn}` : 'en indikator';
}
