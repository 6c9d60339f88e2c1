/** Historik: every change of one uppdrag or delmål, newest first — who, when (both times), what, why. */
import { getJson } from '../api';
import { useDirectory } from '../directory';
import { FIELD_LABELS, periodLabel, timeLabel, valueLabel } from '../format';
import { Link } from '../router';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';

interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

interface Line {
  position: number;
  revision: number;
  eventType: string;
  actor: string;
  occurredAt: string;
  recordedAt: string;
  period: string | null;
  indikatorId: string | null;
  reason: string | null;
  changes: Change[];
}

interface History {
  kind: 'uppdrag' | 'delmal';
  id: string;
  lines: Line[];
}

const EVENT_LABELS: Record<string, string> = {
  UppdragRegistered: 'Uppdraget registrerades',
  UppdragStatusReported: 'Status rapporterad',
  UppdragReportCorrected: 'Rapport rättad',
  UppdragAnsvarigChanged: 'Ny ansvarig',
  UppdragPeriodicitetChanged: 'Periodicitet ändrad',
  UppdragSlutdatumExtended: 'Slutdatum förlängt',
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

export function Historik({ kind, id }: { kind: 'uppdrag' | 'delmal'; id: string }) {
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
      {history && (
        <ol className="timeline" aria-label={`Ändringar, senaste först (${lines.length})`}>
          {lines.map((line) => (
            <li key={line.position} className="timeline-item">
              <h2 className="timeline-title">
                {eventLabel(line.eventType)}
                {line.period && <> · {periodLabel(line.period)}</>}
                {line.indikatorId && <> · indikator {line.indikatorId}</>}
              </h2>
              <p className="muted small">
                {directory.personName(line.actor)} · gällande från {timeLabel(line.occurredAt)} · sparat{' '}
                {timeLabel(line.recordedAt)}
              </p>
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
                        <dt>{FIELD_LABELS[c.field] ?? c.field}</dt>
                        <dd>
                          {c.from !== null && c.from !== undefined && (
                            <>
                              <del>{display(c.field, c.from, directory.personName)}</del>
                              <span aria-hidden="true"> → </span>
                              <span className="visually-hidden"> ändrat till </span>
                            </>
                          )}
                          <ins>{display(c.field, c.to, directory.personName)}</ins>
                        </dd>
                      </div>
                    ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
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
async function loadHistory(path: string): Promise<[History, { text: string; revision: number }]> {
  const item = await getJson<{ text: string; revision: number }>(path);
  for (let attempt = 0; ; attempt++) {
    const history = await getJson<History>(`${path}/historik`);
    const seen = Math.max(-1, ...history.lines.map((l) => l.revision));
    if (seen >= item.revision || attempt >= 20) return [history, item];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function display(field: string, value: unknown, personName: (id: string) => string): string {
  if (field === 'ansvarigPersonId' && typeof value === 'string') return personName(value);
  return valueLabel(field, value);
}
