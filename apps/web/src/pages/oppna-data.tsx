/**
 * Öppna data: fullmäktige's uppdrag with the status and kommentar each nämnd adopted, per period, for
 * anyone without signing in. Read from the public API without the session's token, so what it shows
 * is what everyone sees: only adopted reports, the same whether someone is signed in or not.
 */
import { useMemo, useState } from 'react';
import { ApiError } from '../api';
import { periodLabel, statusColour } from '../format';
import { ErrorMessage, Loading, PageTitle, StatusBadge, useAsync } from '../ui';
import { type OpenAdoptedEntry, type OpenUppdrag, type OpenUppdragList } from '../wire';

const BASE = '/api/oppna-data';

async function loadPublic(): Promise<OpenUppdragList> {
  let response: Response;
  try {
    response = await fetch(`${BASE}/uppdrag`, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
  }
  if (response.status === 429)
    throw new ApiError(429, 'RATE_LIMITED', 'För många förfrågningar. Vänta en stund och försök igen.');
  if (!response.ok) throw new ApiError(response.status, 'UNKNOWN', `Servern svarade ${response.status}.`);
  return (await response.json()) as OpenUppdragList;
}

interface Filter {
  namnd: string;
  ar: string;
  status: string;
}

const matches = (e: OpenAdoptedEntry, f: Filter) =>
  (f.namnd === '' || e.organId === f.namnd) &&
  (f.ar === '' || e.period.startsWith(`${f.ar}-`)) &&
  (f.status === '' || e.status === f.status);

export function OppnaData() {
  const { data, error, loading } = useAsync(loadPublic, 'oppna-data');
  const [filter, setFilter] = useState<Filter>({ namnd: '', ar: '', status: '' });
  const choices = useMemo(() => choicesOf(data?.uppdrag ?? []), [data]);
  const shown = (data?.uppdrag ?? [])
    .map((u) => ({ ...u, historik: u.historik.filter((e) => matches(e, filter)) }))
    .filter((u) => u.historik.length > 0);
  const query = new URLSearchParams(
    Object.entries({ namnd: filter.namnd, ar: filter.ar, status: filter.status }).filter(([, v]) => v !== ''),
  ).toString();
  const suffix = query ? `?${query}` : '';

  return (
    <>
      <PageTitle>Öppna data: fullmäktiges uppdrag</PageTitle>
      <p>
        Här visas uppdragen från regionfullmäktige med den status och kommentar som nämnderna har fastställt i
        sina rapporter, period för period. Bara fastställda rapporter visas; en ändring efter ett
        fastställande syns här först när nämnden fastställer perioden på nytt. Uppgifterna får användas fritt
        (CC0).
      </p>

      <section aria-labelledby="filter-rubrik">
        <h2 id="filter-rubrik">Urval</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <Select
            id="filter-namnd"
            label="Nämnd"
            value={filter.namnd}
            options={choices.namnder}
            onChange={(namnd) => setFilter({ ...filter, namnd })}
          />
          <Select
            id="filter-ar"
            label="År"
            value={filter.ar}
            options={choices.ar}
            onChange={(ar) => setFilter({ ...filter, ar })}
          />
          <Select
            id="filter-status"
            label="Status"
            value={filter.status}
            options={choices.statusar}
            onChange={(status) => setFilter({ ...filter, status })}
          />
        </form>
      </section>

      <section aria-labelledby="data-rubrik">
        <h2 id="data-rubrik">Ladda ner</h2>
        <ul className="download-links">
          <li>
            <a href={`${BASE}/uppdrag${suffix}`}>JSON (urvalet)</a>
          </li>
          <li>
            <a href={`${BASE}/uppdrag.csv${suffix}`}>CSV (urvalet)</a>
          </li>
          <li>
            <a href={`${BASE}/flode.atom`}>Atom-flöde med fastställda ändringar</a>
          </li>
          <li>
            <a href={`${BASE}/dcat.ttl`}>Datakatalog (DCAT-AP-SE)</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="uppdrag-rubrik" aria-busy={loading}>
        <h2 id="uppdrag-rubrik">Uppdrag ({shown.length})</h2>
        {loading && <Loading what="Hämtar fastställda uppgifter" />}
        <ErrorMessage error={error} />
        {data && shown.length === 0 && <p>Inga fastställda uppgifter i urvalet.</p>}
        {shown.map((u) => (
          <UppdragHistory key={u.id} uppdrag={u} />
        ))}
      </section>
    </>
  );
}

function UppdragHistory({ uppdrag }: { uppdrag: OpenUppdrag }) {
  const headingId = `uppdrag-${uppdrag.id}`;
  return (
    <article className="open-uppdrag" aria-labelledby={headingId}>
      <h3 id={headingId}>{uppdrag.text}</h3>
      <p className="muted small">
        Planår {uppdrag.planYear} ·{' '}
        <a href={uppdrag.uri}>
          Stabil adress (JSON)<span className="visually-hidden">: {uppdrag.text}</span>
        </a>
      </p>
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={`Fastställd historik: ${uppdrag.text}`}
      >
        <table className="stack-table">
          <caption className="visually-hidden">Fastställd status per period och nämnd</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Nämnd</th>
              <th scope="col">Status</th>
              <th scope="col">Kommentar</th>
              <th scope="col">Fastställd</th>
            </tr>
          </thead>
          <tbody>
            {uppdrag.historik.map((e) => (
              <tr key={`${e.period}-${e.organId}`}>
                <td className="stack-head">{periodLabel(e.period)}</td>
                <td data-label="Nämnd">{e.organ}</td>
                <td data-label="Status">
                  <StatusBadge colour={statusColour(e.status)}>{e.statusText}</StatusBadge>
                  {e.carriedForward && e.reportPeriod && (
                    <div className="muted small">Senast rapporterad {periodLabel(e.reportPeriod)}</div>
                  )}
                </td>
                <td data-label="Kommentar">{e.kommentar ?? '–'}</td>
                <td data-label="Fastställd">
                  {e.meetingDate} § {e.paragraf}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Alla</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function choicesOf(uppdrag: readonly OpenUppdrag[]) {
  const namnder = new Map<string, string>();
  const ar = new Set<string>();
  const statusar = new Map<string, string>();
  for (const e of uppdrag.flatMap((u) => u.historik)) {
    namnder.set(e.organId, e.organ);
    ar.add(e.period.slice(0, 4));
    statusar.set(e.status, e.statusText);
  }
  const sorted = (m: Map<string, string>) =>
    [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  return {
    namnder: sorted(namnder),
    ar: [...ar]
      .sort()
      .reverse()
      .map((y) => ({ value: y, label: y })),
    statusar: sorted(statusar),
  };
}
