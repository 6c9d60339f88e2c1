/**
 * Översikt: per organ and period, the traffic lights and counts of the måluppfyllelse summary, what
 * changed since the period before, and the items themselves with their history. Of an uppdrag directed
 * to several organs, an organ's table shows its own part; the samordnare's shows the joint report with
 * "n av m nämnder klara" and each part (the period table decides which, `part`/`parts`).
 */
import { useEffect, useState } from 'react';
import { periodChangesOf } from '@sparbar/domain/shared-with-web';
import { getJson } from '../api';
import { type Directory, useDirectory } from '../directory';
import { defaultOrgan } from '../organisation-words';
import {
  BEDOMNING_COLOURS,
  BEDOMNING_LABELS,
  type Colour,
  periodLabel,
  previousPeriod,
  statusLabel,
} from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, StatusBadge, useAsync } from '../ui';
import { type Maluppfyllelse, type PeriodRow, type PeriodTable, type UppdragList } from '../wire';
import { defaultPeriod, OrganSelect, PeriodSelect } from './period-picker';
import { CarriedCounts, PeriodChangesSection } from './oversikt-changes';
import { OversiktCharts } from './oversikt-charts';
import { genitive } from './report-target';
import { TableStatusBadge } from './table-status';

type UppdragCountKey = Exclude<keyof Maluppfyllelse['counts']['uppdrag'], 'totalt'>;

/** The uppdrag counted as the period table prints them; the rows after the first five only when not 0. */
const UPPDRAG_COUNTS: [UppdragCountKey, string, Colour][] = [
  ['pagaende_enligt_plan', 'Enligt plan', 'green'],
  ['pagaende_delvis_enligt_plan', 'Delvis enligt plan', 'yellow'],
  ['pagaende_ej_enligt_plan', 'Ej enligt plan / behöver stöd', 'red'],
  ['ej_paborjad', 'Ej påbörjad', 'grey'],
  ['avslutad', 'Avslutad', 'grey'],
  ['ej_rapporterad', 'Ej rapporterad', 'grey'],
  ['ej_forfallen', 'Ej rapporterad ännu', 'grey'],
  ['aterkallad', 'Inte längre aktuellt', 'grey'],
  ['ej_aktuell', 'Ingen rapport denna period', 'grey'],
];
const ALWAYS_SHOWN = 5;

const BEDOMNING_COUNTS: [string, string, Colour][] = [
  ['helt', 'Uppfylls helt', 'green'],
  ['delvis', 'Uppfylls delvis', 'yellow'],
  ['inte', 'Uppfylls inte', 'red'],
  ['saknas', 'Saknar bedömning', 'grey'],
];

async function load(organ: string, period: string) {
  const before = previousPeriod(period);
  const [summary, table, previous] = await Promise.all([
    getJson<Maluppfyllelse>(`/api/perioder/${period}/maluppfyllelse`, { organ }),
    getJson<PeriodTable>(`/api/perioder/${period}/uppdrag`, { organ }),
    before ? getJson<PeriodTable>(`/api/perioder/${before}/uppdrag`, { organ }).catch(() => null) : null,
  ]);
  // Only rows with news this period can have changed; carried-forward statuses are counted apart.
  return { summary, table, changes: periodChangesOf(previous?.rows ?? null, table.rows), before };
}

export function Oversikt({ user }: { user: SessionUser }) {
  const directory = useDirectory();
  const [chosenOrgan, setOrgan] = useState<string | null>(null);
  const organ = chosenOrgan ?? defaultOrgan(user, directory.organs);
  const [period, setPeriod] = useState<string | null>(null);
  const latest = useAsync(() => getJson<UppdragList>('/api/uppdrag', { limit: 500 }), 'latest');
  useEffect(() => {
    if (latest.data && !period)
      setPeriod(defaultPeriod(latest.data.items.map((i) => i.latestReport?.period)));
    if (latest.error && !period) setPeriod(defaultPeriod([]));
  }, [latest.data, latest.error, period]);
  const state = useAsync(
    () => (period && organ ? load(organ, period) : new Promise<never>(() => undefined)),
    `${organ}/${period}`,
  );
  const data = state.data;

  return (
    <>
      <PageTitle>Översikt</PageTitle>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Välj organ och period">
        <OrganSelect directory={directory} value={organ} onChange={setOrgan} label="Nämnd eller styrelse" />
        {period && (
          <PeriodSelect
            value={period}
            onChange={setPeriod}
            years={latest.data?.items.flatMap((i) => [
              i.planYear,
              Number(i.latestReport?.period.slice(0, 4)),
            ])}
          />
        )}
      </form>
      <ErrorMessage error={state.error ?? latest.error} />
      {state.loading && <Loading />}
      {data && !state.loading && (
        <>
          <p className="lead">
            {directory.organName(organ)}, {periodLabel(data.summary.period)}. {data.summary.sammanfattning}
          </p>
          <div className="summary-grid">
            <section className="card" aria-labelledby="uppdrag-status">
              <h2 id="uppdrag-status">Uppdrag ({data.summary.counts.uppdrag.totalt ?? 0})</h2>
              <Counts
                counts={data.summary.counts.uppdrag}
                rows={UPPDRAG_COUNTS.filter(
                  ([key], i) => i < ALWAYS_SHOWN || (data.summary.counts.uppdrag[key] ?? 0) > 0,
                )}
              />
              <CarriedCounts changes={data.changes} />
            </section>
            <section className="card" aria-labelledby="delmal-status">
              <h2 id="delmal-status">Delmål ({data.summary.counts.delmal.totalt ?? 0})</h2>
              <Counts counts={data.summary.counts.delmal} rows={BEDOMNING_COUNTS} />
            </section>
            <section className="card" aria-labelledby="indikator-status">
              <h2 id="indikator-status">Indikatorer ({data.summary.counts.indikatorer.totalt ?? 0})</h2>
              <Counts counts={data.summary.counts.indikatorer} rows={BEDOMNING_COUNTS} />
            </section>
          </div>

          <OversiktCharts organ={organ} period={data.summary.period} directory={directory} />
          <PeriodChangesSection
            changes={data.changes}
            total={data.table.rows.length}
            period={data.table.period}
            before={data.before}
          />

          <section aria-labelledby="uppdrag-lista">
            <h2 id="uppdrag-lista">Uppdragen i {periodLabel(data.table.period)}</h2>
            <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabell: uppdragen i perioden">
              <table className="stack-table">
                <thead>
                  <tr>
                    <th scope="col">Uppdrag</th>
                    <th scope="col">Status</th>
                    <th scope="col">Kommentar</th>
                    <th scope="col">Ansvarig</th>
                  </tr>
                </thead>
                <tbody>
                  {data.table.rows.map((row) => (
                    <tr key={row.uppdragId}>
                      <td className="stack-head">
                        <Link href={`/uppdrag/${encodeURIComponent(row.uppdragId)}/historik`}>
                          {row.text}
                        </Link>
                        {row.part && (
                          <div className="muted small">{genitive(directory.organName(row.part))} del</div>
                        )}
                      </td>
                      <td data-label="Status">
                        <TableStatusBadge status={row.tableStatus} deadline={row.deadline} />
                        {row.carriedForward && row.reportPeriod && row.status && (
                          <div className="muted small">
                            Senast rapporterat {periodLabel(row.reportPeriod)}: {statusLabel(row.status)}
                          </div>
                        )}
                        {row.partsSummary && <div className="muted small">{row.partsSummary.text}</div>}
                      </td>
                      <td className="kommentar-cell" data-label="Kommentar">
                        {row.carriedForward && row.reportPeriod && row.kommentar && (
                          <span className="muted small">Från {periodLabel(row.reportPeriod)}: </span>
                        )}
                        {row.kommentar ?? '–'}
                        {row.parts && <RowParts parts={row.parts} directory={directory} />}
                      </td>
                      <td data-label="Ansvarig">{directory.personName(row.ansvarigPersonId)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="delmal-lista">
            <h2 id="delmal-lista">Delmål</h2>
            {data.summary.delmal.length === 0 ? (
              <p>Inga delmål i planen.</p>
            ) : (
              <ul className="plain-list">
                {data.summary.delmal.map((d) => (
                  <li key={d.delmalId}>
                    <StatusBadge colour={BEDOMNING_COLOURS[d.bedomning] ?? 'grey'}>
                      {BEDOMNING_LABELS[d.bedomning] ?? d.bedomning}
                    </StatusBadge>{' '}
                    <Link href={`/delmal/${encodeURIComponent(d.delmalId)}/historik`}>{d.text}</Link>
                    <span className="muted small">
                      {' '}
                      · {d.indikatorer.length} {d.indikatorer.length === 1 ? 'indikator' : 'indikatorer'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

/**
 * The joint row's parts for the period (the samordnare's table): each recipient's own status and
 * kommentar, or its final comment once it closed its part; behind a disclosure, since they are long.
 */
function RowParts({ parts, directory }: { parts: NonNullable<PeriodRow['parts']>; directory: Directory }) {
  return (
    <details className="row-parts">
      <summary>Varje nämnds del ({parts.length})</summary>
      <ul>
        {parts.map((part) => {
          const text = part.tableStatus === 'avslutad' ? (part.endComment ?? part.kommentar) : part.kommentar;
          return (
            <li key={part.organId}>
              <strong>{directory.organName(part.organId)}</strong>{' '}
              <TableStatusBadge status={part.tableStatus} deadline={part.deadline} />
              {text && <div className="kommentar small">{text}</div>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function Counts({ counts, rows }: { counts: Record<string, number>; rows: [string, string, Colour][] }) {
  return (
    <ul className="counts">
      {rows
        .filter(([key]) => counts[key] !== undefined)
        .map(([key, label, colour]) => (
          <li key={key}>
            <StatusBadge colour={colour}>{label}</StatusBadge>
            <span className="count">{counts[key]}</span>
          </li>
        ))}
    </ul>
  );
}
