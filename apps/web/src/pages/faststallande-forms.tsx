/**
 * The two records of Fastställande: a nämnd's secretary records that the nämnd adopted its report for a
 * period (meeting date, §, diarienummer), and region- or kommunstyrelsen's or fullmäktige's secretary that their
 * body received or handled an adopted report. Refusals show as the API words them, by field.
 */
import { type FormEvent, useId, useState } from 'react';
import { HANDLING_KIND_LABELS, isFullmaktige } from '@sparbar/domain/shared-with-web';
import { type ApiError, postJson } from '../api';
import { type Directory } from '../directory';
import { organisationWords } from '../organisation-words';
import { periodLabel } from '../format';
import { asApiError, ErrorMessage, RadioGroup } from '../ui';
import { type Faststallelse } from '../wire';
import { errorFor, Field } from './register-fields';

type Errors = (field: string) => string | undefined;

/** The meeting that decided: its date (under `dateField`, as the API names it) and its §. */
function MeetingFields(props: {
  ids: string;
  dateField: string;
  date: string;
  paragraf: string;
  fieldError: Errors;
  onDate: (e: { target: { value: string } }) => void;
  onParagraf: (e: { target: { value: string } }) => void;
}) {
  const { ids, dateField, fieldError } = props;
  return (
    <>
      <Field id={`${ids}-date`} label="Sammanträdesdag" error={fieldError(dateField)}>
        <input
          id={`${ids}-date`}
          type="date"
          value={props.date}
          onChange={props.onDate}
          aria-invalid={!!fieldError(dateField)}
        />
      </Field>
      <Field id={`${ids}-par`} label="Paragraf (§)" error={fieldError('paragraf')}>
        <input
          id={`${ids}-par`}
          type="text"
          inputMode="numeric"
          value={props.paragraf}
          onChange={props.onParagraf}
          aria-invalid={!!fieldError('paragraf')}
        />
      </Field>
    </>
  );
}

/** Posts `body` to `path`; on success hands the answer on and clears the form. */
function useCommand(path: string, onDone: (view: Faststallelse) => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (event: FormEvent, body: Record<string, unknown>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { body: view } = await postJson<Faststallelse>(path, body);
      onDone(view);
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, send, fieldError: (field: string) => errorFor(error, field) };
}

export function AdoptForm(props: { organId: string; period: string; onDone: (v: Faststallelse) => void }) {
  const ids = useId();
  const empty = { meetingDate: '', paragraf: '', diarienummer: '' };
  const [form, setForm] = useState(empty);
  const path = `/api/perioder/${encodeURIComponent(props.period)}/faststallelser`;
  const { error, busy, send, fieldError } = useCommand(path, props.onDone);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = async (event: FormEvent) => {
    const body = { organId: props.organId, ...form, diarienummer: form.diarienummer.trim() || null };
    if (await send(event, body)) setForm(empty);
  };
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="faststall">
      <ErrorMessage error={error} />
      <MeetingFields
        ids={ids}
        dateField="meetingDate"
        date={form.meetingDate}
        paragraf={form.paragraf}
        fieldError={fieldError}
        onDate={set('meetingDate')}
        onParagraf={set('paragraf')}
      />
      <Field id={`${ids}-dnr`} label="Diarienummer (frivilligt)" error={fieldError('diarienummer')}>
        <input
          id={`${ids}-dnr`}
          type="text"
          value={form.diarienummer}
          onChange={set('diarienummer')}
          aria-invalid={!!fieldError('diarienummer')}
        />
      </Field>
      <div className="field wide">
        <button type="submit" className="button primary" disabled={busy}>
          Fastställ rapporten för {periodLabel(props.period)}
        </button>
      </div>
    </form>
  );
}

/** Organs that adopt reports of their own; fullmäktige receives them. */
export function adoptingOrgans(directory: Directory) {
  return directory.organs.filter((o) => o.active && !isFullmaktige(o.typ));
}

export function HandlingForm(props: {
  byOrganId: string;
  by: 'regionstyrelsen' | 'fullmaktige';
  period: string;
  directory: Directory;
  onDone: (v: Faststallelse) => void;
}) {
  const ids = useId();
  const words = organisationWords(props.directory);
  const empty = { organId: '', kind: 'received', date: '', paragraf: '' };
  const [form, setForm] = useState(empty);
  const path = `/api/perioder/${encodeURIComponent(props.period)}/faststallelser/${encodeURIComponent(form.organId || '-')}/behandling`;
  const { error, busy, send, fieldError } = useCommand(path, props.onDone);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = async (event: FormEvent) => {
    const { organId: _, ...rest } = form;
    if (await send(event, { by: props.by, byOrganId: props.byOrganId, ...rest })) setForm(empty);
  };
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="behandla">
      <ErrorMessage error={error} />
      <Field id={`${ids}-organ`} label="Nämndens rapport" error={fieldError('organId')}>
        <select id={`${ids}-organ`} value={form.organId} onChange={set('organId')}>
          <option value="">Välj organ</option>
          {adoptingOrgans(props.directory).map((o) => (
            <option key={o.organId} value={o.organId}>
              {o.namn}
            </option>
          ))}
        </select>
      </Field>
      <RadioGroup
        legend={`${props.by === 'regionstyrelsen' ? words.styrelsen : words.fullmaktige} har`}
        name={`${ids}-kind`}
        options={Object.entries(HANDLING_KIND_LABELS).map(([k, label]) => [k, `${label} rapporten`] as const)}
        value={form.kind}
        onChange={(kind) => setForm((f) => ({ ...f, kind }))}
      />
      <MeetingFields
        ids={ids}
        dateField="date"
        date={form.date}
        paragraf={form.paragraf}
        fieldError={fieldError}
        onDate={set('date')}
        onParagraf={set('paragraf')}
      />
      <div className="field wide">
        <button type="submit" className="button primary" disabled={busy || !form.organId}>
          Registrera behandlingen
        </button>
      </div>
    </form>
  );
}
