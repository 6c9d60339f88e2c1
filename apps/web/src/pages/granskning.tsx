/**
 * Granskning: the audit trail searched in words and exported, the auditors' package downloaded, the
 * hash chain verified, and the period table as it
 * stood on a business date (asOf) or as the system showed it at a moment (recordedAt). Nothing here
 * changes anything.
 */
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, getJson } from '../api';
import { may } from '../access';
import { useDirectory } from '../directory';
import { defaultOrgan } from '../organisation-words';
import { periodLabel, timeLabel } from '../format';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, Loading, PageTitle } from '../ui';
import { type PeriodTable, type Verification } from '../wire';
import { Granskningspaket } from './granskning-paket';
import { AuditSearch } from './granskning-sok';
import { OrganSelect, PeriodSelect } from './period-picker';
import { TableStatusBadge } from './table-status';

export function Granskning({ user }: { user: SessionUser }) {
  return (
    <>
      <PageTitle>Granskning</PageTitle>
      <p className="lead">Vem som ändrade vad, när och varför – och bevis för att loggen är orörd.</p>
      {may.readLog(user) && <AuditSearch />}
      {may.readLog(user) && <Granskningspaket />}
      {may.verifyChain(user) && <ChainCheck />}
      <TableAsOf />
    </>
  );
}

function ChainCheck() {
  const ids = useId();
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await getJson<Verification>('/api/granskning/kedja/verifiering'));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${ids}-h`} className="card">
      <h2 id={`${ids}-h`}>Kontrollera händelsekedjan</h2>
      <p>Varje händelse är kedjad till den före med en hash. Kontrollen räknar om hela kedjan.</p>
      <button type="button" className="button primary" onClick={() => void verify()} disabled={busy}>
        Kontrollera kedjan
      </button>
      <ErrorMessage error={error} />
      {busy && <Loading what="Kontrollerar" />}
      {result && (
        <div className={`alert ${result.ok ? 'alert-success' : 'alert-error'}`} role="status">
          <p>
            <strong>{result.ok ? 'Kedjan är obruten.' : 'Kedjan är bruten!'}</strong> {result.checked}{' '}
            händelser kontrollerade
            {result.pending > 0 ? `, ${result.pending} väntar på att kedjas` : ''}.
          </p>
          {result.head && (
            <p className="small">
              Huvud: position {result.head.position}, hash <code className="hash">{result.head.hash}</code>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function TableAsOf() {
  const directory = useDirectory();
  const ids = useId();
  const [chosen, setQuery] = useState({ period: '2023-T1', organ: '', asOf: '', recordedAt: '' });
  const query = { ...chosen, organ: chosen.organ || defaultOrgan(null, directory.organs) };
  const [table, setTable] = useState<PeriodTable | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const recordedAt = query.recordedAt ? new Date(query.recordedAt).toISOString() : undefined;
      setTable(
        await getJson<PeriodTable>(`/api/perioder/${query.period}/uppdrag`, {
          organ: query.organ,
          asOf: query.asOf,
          recordedAt,
        }),
      );
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${ids}-h`} className="card">
      <h2 id={`${ids}-h`}>Periodtabellen vid en tidpunkt</h2>
      <p>
        <em>Per datum</em> visar tabellen som den stod det datumet; <em>som sparat</em> visar vad systemet
        visade vid en tidpunkt, före senare rättelser.
      </p>
      <form className="filters" onSubmit={(e) => void submit(e)}>
        <PeriodSelect value={query.period} onChange={(period) => setQuery({ ...query, period })} />
        <OrganSelect
          directory={directory}
          value={query.organ}
          onChange={(organ) => setQuery({ ...query, organ })}
        />
        <div className="field">
          <label htmlFor={`${ids}-asof`}>Per datum</label>
          <input
            id={`${ids}-asof`}
            type="date"
            value={query.asOf}
            onChange={(e) => setQuery({ ...query, asOf: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-rec`}>Som sparat vid</label>
          <input
            id={`${ids}-rec`}
            type="datetime-local"
            value={query.recordedAt}
            onChange={(e) => setQuery({ ...query, recordedAt: e.target.value })}
          />
        </div>
        <div className="field field-button">
          <button type="submit" className="button primary" disabled={busy}>
            Visa tabellen
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {table && (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label="Tabell (rullas i sidled på smal skärm)"
        >
          <table>
            <caption>
              {directory.organName(table.organ)}, {periodLabel(table.period)}
              {table.asOf ? `, per ${table.asOf}` : ''}
              {table.recordedAt ? `, som sparat ${timeLabel(table.recordedAt)}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Uppdrag</th>
                <th scope="col">Status</th>
                <th scope="col">Kommentar</th>
                <th scope="col">Rapporterad</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.uppdragId}>
                  <td>{row.text}</td>
                  <td>
                    <TableStatusBadge status={row.tableStatus} deadline={row.deadline} />
                    {row.corrected && <div className="muted small">rättad</div>}
                  </td>
                  <td className="kommentar-cell">{row.kommentar ?? '–'}</td>
                  <td className="small">
                    {row.reportedBy
                      ? `${directory.personName(row.reportedBy)}, ${timeLabel(row.reportedAt)}`
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
