/**
 * The pieces of Mina uppdrag's report of several periods (mina-uppdrag-report.tsx): the status and
 * kommentar for one period or for all, the periods to choose, and what a try came to (saved, refused,
 * or what is missing). Each says its problem beside its field and in the list at the top.
 */
import { type Ref } from 'react';
import { periodLabel, statusColour, statusLabel, UPPDRAG_STATUSES } from '../format';
import { StatusBadge } from '../ui';

export interface Entry {
  status: string;
  kommentar: string;
}

export const EMPTY: Entry = { status: '', kommentar: '' };

export interface Problem {
  field: string;
  reason: string;
}

/** Status and kommentar under one legend; `entryKey` is "alla" or the period, as the problems name it. */
export function EntryFields({
  idPrefix,
  entryKey,
  entry,
  onChange,
  legend,
  problemOf,
}: {
  idPrefix: string;
  entryKey: string;
  entry: Entry;
  onChange: (entry: Entry) => void;
  legend: string;
  problemOf: (field: string) => string | undefined;
}) {
  const statusProblem = problemOf(`status-${entryKey}`);
  const kommentarProblem = problemOf(`kommentar-${entryKey}`);
  const kommentarId = `${idPrefix}-kommentar-${entryKey}`;
  return (
    <fieldset className="field bulk-entry">
      <legend>{legend}</legend>
      <fieldset className="field" aria-invalid={!!statusProblem}>
        <legend>Status</legend>
        {UPPDRAG_STATUSES.map((s) => (
          <label key={s} className="radio">
            <input
              type="radio"
              name={`${idPrefix}-status-${entryKey}`}
              value={s}
              checked={entry.status === s}
              onChange={() => onChange({ ...entry, status: s })}
            />
            <StatusBadge colour={statusColour(s)}>{statusLabel(s)}</StatusBadge>
          </label>
        ))}
        {statusProblem && <p className="field-error">{statusProblem}</p>}
      </fieldset>
      <div className="field">
        <label htmlFor={kommentarId}>Kommentar</label>
        <textarea
          id={kommentarId}
          rows={4}
          value={entry.kommentar}
          onChange={(e) => onChange({ ...entry, kommentar: e.target.value })}
          aria-invalid={!!kommentarProblem}
        />
        {kommentarProblem && <p className="field-error">{kommentarProblem}</p>}
      </div>
    </fieldset>
  );
}

/** The card's open periods as checkboxes; one the API refused says so. */
export function PeriodChoice({
  open,
  chosen,
  failed,
  problem,
  onToggle,
}: {
  open: readonly string[];
  chosen: ReadonlySet<string>;
  failed: Readonly<Record<string, string>>;
  problem: string | undefined;
  onToggle: (period: string, on: boolean) => void;
}) {
  return (
    <fieldset className="field" aria-invalid={!!problem}>
      <legend>Perioder att rapportera</legend>
      {open.map((p) => (
        <label key={p} className="radio">
          <input type="checkbox" checked={chosen.has(p)} onChange={(e) => onToggle(p, e.target.checked)} />
          {periodLabel(p)}
          {failed[p] && <span className="field-error"> (sparades inte)</span>}
        </label>
      ))}
      {problem && <p className="field-error">{problem}</p>}
    </fieldset>
  );
}

/** What was saved and what was not, after a send; the focus comes here. */
export function SendOutcome({
  saved,
  failures,
  ref,
}: {
  saved: readonly string[];
  failures: readonly (readonly [period: string, message: string])[];
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className={failures.length > 0 ? 'alert alert-warning' : 'alert alert-success'}
    >
      {saved.length > 0 && <p>Sparade: {saved.map(periodLabel).join(', ')}.</p>}
      {failures.length > 0 && (
        <>
          <p>Sparades inte (det du skrev finns kvar nedan):</p>
          <ul>
            {failures.map(([period, message]) => (
              <li key={period}>
                {periodLabel(period)}: {message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What is missing before anything is sent; the focus comes here. */
export function MissingList({ problems, ref }: { problems: readonly Problem[]; ref: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-error" role="alert">
      <p>Rapporten är inte komplett:</p>
      <ul>
        {problems.map((p) => (
          <li key={p.field}>{p.reason}</li>
        ))}
      </ul>
    </div>
  );
}
