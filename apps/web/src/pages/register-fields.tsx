/**
 * What the Register forms share: a field with its error (aria-invalid, aria-describedby; Intern
 * kontroll's forms use it too), the API's reason for a field, a number as typed in Swedish, and editing
 * one item at its revision — every write sends the ETag it read as If-Match, and when someone else
 * wrote meanwhile (409) the page says so and offers to read the item again, leaving what the person
 * typed in the forms.
 */
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { type ApiError, getWithEtag, postJson, type WithEtag } from '../api';
import { asApiError, ErrorMessage, useAsync } from '../ui';

/** A number as typed in Swedish (decimal comma); empty is null; anything else goes as typed, for the API to refuse by field. */
export function numberOrText(value: string): number | string | null {
  const trimmed = value.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : value;
}

/** The reason the API gave for a field (or one of its parts), if any. */
export function errorFor(error: ApiError | null, ...fields: string[]): string | undefined {
  return error?.errors.find((e) =>
    fields.some((f) => e.field === f || e.field.startsWith(`${f}.`) || e.field.startsWith(`${f}[`)),
  )?.reason;
}

export function Field({
  id,
  label,
  error,
  children,
  wide,
}: {
  id: string;
  label: string;
  error: string | undefined;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-fel`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** aria attributes of an input whose field may carry an error. */
export const invalid = (id: string, error: string | undefined) => ({
  'aria-invalid': !!error,
  'aria-describedby': error ? `${id}-fel` : undefined,
});

/** What a write came to: saved, refused (shown by the form), or overtaken by someone else's write. */
export type Outcome = 'saved' | 'conflict' | ApiError;

export interface Editable<T> {
  current: WithEtag<T> | undefined;
  loadError: ApiError | null;
  notice: string | null;
  conflict: boolean;
  /** POST to the item's path + `subpath` with its ETag as If-Match; `message` confirms a save. */
  send(subpath: string, body: unknown, message: string): Promise<Outcome>;
  reload(): void;
}

export function useEditable<T>(path: string): Editable<T> {
  const loaded = useAsync(() => getWithEtag<T>(path), path);
  const [written, setWritten] = useState<WithEtag<T> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  useEffect(() => setWritten(null), [loaded.data]);
  const current = written ?? loaded.data;

  const send = async (subpath: string, body: unknown, message: string): Promise<Outcome> => {
    try {
      const answer = await postJson<T>(`${path}${subpath}`, body, current?.etag);
      setWritten(answer);
      setConflict(false);
      setNotice(message);
      return 'saved';
    } catch (e) {
      const problem = asApiError(e);
      if (problem.status !== 409 || problem.code !== 'WRONG_EXPECTED_REVISION') return problem;
      setNotice(null);
      setConflict(true);
      return 'conflict';
    }
  };
  const reload = () => {
    setConflict(false);
    setNotice(null);
    loaded.reload();
  };
  return { current, loadError: current ? null : loaded.error, notice, conflict, send, reload };
}

/** A form's own refusal and busy state around one send. */
export function useSubmit() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (write: () => Promise<Outcome>, onSaved?: () => void) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const outcome = await write();
      if (outcome === 'saved') onSaved?.();
      else if (outcome !== 'conflict') setError(outcome);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

/** Saved, or overtaken: said where the page starts, the conflict with focus so that it is not missed. */
export function EditNotices<T>({ item, what }: { item: Editable<T>; what: string }) {
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (item.conflict) conflictRef.current?.focus();
  }, [item.conflict]);
  return (
    <>
      {item.notice && (
        <div className="alert alert-success" role="status">
          <p>{item.notice}</p>
        </div>
      )}
      {item.conflict && (
        <div className="alert alert-warning" role="alert" tabIndex={-1} ref={conflictRef}>
          <p>
            Någon annan har ändrat {what} sedan du läste det, så din ändring är inte sparad. Läs in {what} på
            nytt och se vad som ändrats; det du skrivit i formulären finns kvar.
          </p>
          <button type="button" className="button" onClick={item.reload}>
            Läs in på nytt
          </button>
        </div>
      )}
    </>
  );
}

/** One change as a card: its heading names the form, the API's refusal above the fields. */
export function EditForm({
  ids,
  title,
  submitLabel = title,
  label,
  level = 2,
  error,
  busy,
  onSubmit,
  children,
}: {
  ids: string;
  title: string;
  submitLabel?: string;
  /** The form's name when the heading alone does not tell it apart (one per indikator). */
  label?: string;
  level?: 2 | 3;
  error: ApiError | null;
  busy: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <form
      className={level === 3 ? 'form-grid' : 'card form-grid'}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={label}
      aria-labelledby={label ? undefined : `${ids}-rubrik`}
    >
      <Heading id={`${ids}-rubrik`} className="wide">
        {title}
      </Heading>
      <ErrorMessage error={error} />
      {children}
      <div className="wide">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
