/**
 * The audit trail searched the way an auditor asks: between two dates, about an organ, by a person
 * (both chosen by name), with words from the kommentarer and texts; the hits a page at a time, or all
 * of them as CSV or Excel for the auditor's own work.
 */
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, getFile, getJson } from '../api';
import { type Directory, useDirectory } from '../directory';
import { changeValue, fieldLabel } from '../change-words';
import { timeLabel } from '../format';
import { Link } from '../router';
import { asApiError, ErrorMessage } from '../ui';
import { type AuditEntry, type AuditPage } from '../wire';
import { OrganSelect } from './period-picker';

/** A file the API answered with, saved by the browser under the name the server gave it. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const KIND_LABELS: Record<string, string> = {
  uppdrag: 'Uppdrag',
  delmal: 'Delmål',
  organ: 'Organ',
  person: 'Person',
  uppsiktsarende: 'Uppsiktsärende',
  internkontrollplan: 'Internkontrollplan',
  other: 'Övrigt',
};

export function AuditSearch() {
  const directory = useDirectory();
  const ids = useId();
  const [filter, setFilter] = useState({ from: '', to: '', organ: '', person: '', q: '', time: 'business' });
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const search = async (from: string | null) => {
    setBusy(true);
    setError(null);
    setExported(null);
    try {
      const page = await getJson<AuditPage>('/api/granskning/handelser', {
        ...filter,
        limit: 25,
        cursor: from,
      });
      setEntries((prev) => (from && prev ? [...prev, ...page.entries] : page.entries));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    setExported(null);
    try {
      const { blob, fileName } = await getFile('/api/granskning/handelser/export', { ...filter, format });
      saveFile(blob, fileName);
      setExported(fileName);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search(null);
  };
  const set = (key: keyof typeof filter) => (value: string) => setFilter({ ...filter, [key]: value });

  return (
    <section aria-labelledby={`${ids}-h`} className="card">
      <h2 id={`${ids}-h`}>Sök i granskningsspåret</h2>
      <form className="filters" onSubmit={submit} aria-labelledby={`${ids}-h`}>
        <div className="field">
          <label htmlFor={`${ids}-from`}>Från och med</label>
          <input
            id={`${ids}-from`}
            type="date"
            value={filter.from}
            onChange={(e) => set('from')(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>Till och med</label>
          <input id={`${ids}-to`} type="date" value={filter.to} onChange={(e) => set('to')(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-time`}>Tid</label>
          <select id={`${ids}-time`} value={filter.time} onChange={(e) => set('time')(e.target.value)}>
            <option value="business">När det hände</option>
            <option value="recorded">När det sparades</option>
          </select>
        </div>
        <OrganSelect
          directory={directory}
          value={filter.organ}
          onChange={set('organ')}
          allowAll="Alla organ"
        />
        <div className="field">
          <label htmlFor={`${ids}-person`}>Person</label>
          <select id={`${ids}-person`} value={filter.person} onChange={(e) => set('person')(e.target.value)}>
            <option value="">Alla personer</option>
            {directory.persons.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.namn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-q`}>Ord i kommentarer och texter</label>
          <input
            id={`${ids}-q`}
            type="text"
            enterKeyHint="search"
            value={filter.q}
            maxLength={200}
            aria-describedby={`${ids}-q-hint`}
            onChange={(e) => set('q')(e.target.value)}
          />
          <p id={`${ids}-q-hint`} className="muted small">
            Alla orden ska finnas, t.ex. ”avtal inköp”.
          </p>
        </div>
        <div className="field field-button">
          <button type="submit" className="button primary" disabled={busy}>
            Sök
          </button>
        </div>
      </form>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          Exportera CSV
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('xlsx')}>
          Exportera Excel
        </button>
      </div>
      <ErrorMessage error={error} />
      {exported && (
        <div className="alert alert-success" role="status">
          Hämtad: {exported}
        </div>
      )}
      {entries && (
        <>
          <p role="status">
            {entries.length === 0
              ? 'Inga händelser matchar.'
              : `${entries.length} ${entries.length === 1 ? 'händelse' : 'händelser'} visas.`}
          </p>
          <ol className="timeline audit">
            {entries.map((e) => (
              <AuditItem key={e.position} entry={e} directory={directory} />
            ))}
          </ol>
          {cursor && (
            <button type="button" className="button" disabled={busy} onClick={() => void search(cursor)}>
              Visa fler
            </button>
          )}
        </>
      )}
    </section>
  );
}

function AuditItem({ entry: e, directory }: { entry: AuditEntry; directory: Directory }) {
  const kind = KIND_LABELS[e.item.kind] ?? e.item.kind;
  return (
    <li className="timeline-item">
      <h3 className="timeline-title">{e.description}</h3>
      <p className="muted small">
        {e.actor.name ?? directory.personName(e.actor.personId)} · hände {timeLabel(e.occurredAt)} · sparades{' '}
        {timeLabel(e.recordedAt)} · {kind}
        {e.item.kind === 'uppdrag' || e.item.kind === 'delmal' ? (
          <>
            {' '}
            <Link href={`/${e.item.kind}/${encodeURIComponent(e.item.id)}/historik`}>visa historiken</Link>
          </>
        ) : e.item.kind === 'organ' ? (
          ` ${directory.organName(e.item.id)}`
        ) : e.item.kind === 'person' ? (
          ` ${directory.personName(e.item.id)}`
        ) : null}
      </p>
      {e.reason && (
        <p>
          <strong>Skäl:</strong> {e.reason}
        </p>
      )}
      {e.changes.length > 0 && (
        <dl className="changes">
          {e.changes.slice(0, 6).map((c) => (
            <div key={c.field} className="change">
              <dt>{fieldLabel(c.field)}</dt>
              <dd>
                {c.from !== null && c.from !== undefined && (
                  <>
                    <del>{changeValue(c.field, c.from, directory)}</del> <span aria-hidden="true">→</span>{' '}
                    <span className="visually-hidden">ändrat till</span>{' '}
                  </>
                )}
                <ins>{changeValue(c.field, c.to, directory)}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
