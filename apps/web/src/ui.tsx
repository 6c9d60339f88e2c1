/** Small pieces every page uses: loading a resource, showing an error, a status with its colour. */
import { fieldPathLabel } from '@sparbar/domain/shared-with-web';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';
import { type Colour } from './format';

export interface Async<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` when `key` changes; the latest answer wins. */
export function useAsync<T>(load: () => Promise<T>, key: string): Async<T> {
  const [state, setState] = useState<{ data?: T; error: ApiError | null; loading: boolean }>({
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    loadRef
      .current()
      .then((data) => live && setState({ data, error: null, loading: false }))
      .catch((error: unknown) => live && setState({ error: asApiError(error), loading: false }));
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));
}

export function ErrorMessage({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message}</p>
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((e) => (
            <li key={e.field + e.reason}>
              {fieldPathLabel(e.field)}: {e.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what = 'Hämtar' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what} …
    </p>
  );
}

/** A traffic light never by colour alone: the text says it too (WCAG 1.4.1). */
export function StatusBadge({ colour, children }: { colour: Colour; children: ReactNode }) {
  return (
    <span className={`badge badge-${colour}`}>
      <span className="dot" aria-hidden="true" />
      {children}
    </span>
  );
}

/** The page's heading, and the browser tab's title: "<Sidrubrik> – Spårbar" (WCAG 2.4.2). */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} – Spårbar`;
  }, [children]);
  return (
    <h1 id="sidrubrik" tabIndex={-1}>
      {children}
    </h1>
  );
}

/** One choice among a few, as radio buttons under a legend (a report file's format). */
export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  disabled,
}: {
  legend: string;
  name: string;
  options: readonly (readonly [V, ReactNode])[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="field" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option} className="radio">
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
