/**
 * The writes on a nämnd's internkontrollplan, one small form each: create the plan, add a risk or a
 * kontrollmoment (with the reason the domain requires once the plan is adopted), adopt it, record a
 * result, add an åtgärd to an avvikelse and change its status. Each sends the plan's ETag as If-Match
 * and shows the API's refusal by the fields it concerns.
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type ApiError, postJson } from '../api';
import { asApiError, ErrorMessage } from '../ui';
import { FREKVENS_LABELS, FREKVENSER } from '@sparbar/domain/shared-with-web';
import { Field, invalid } from './register-fields';

/** Where a form writes: the plan's base path and the ETag it was read at. */
export interface PlanRef {
  base: string;
  etag: string | null;
  onWritten: () => void;
}

/** A form's state: busy while sending, the API's refusal, the last success message. */
export function useCommand(plan: PlanRef) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const send = async (path: string, body: unknown, done: string, ifMatch = true): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await postJson(path, body, ifMatch ? plan.etag : null);
      setMessage(done);
      plan.onWritten();
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => error?.errors.find((e) => e.field === field)?.reason;
  return { error, busy, message, send, fieldError };
}

/**
 * A command's form under its heading. `collapsed` puts it behind a disclosure (closed when true), for
 * the forms repeated per kontrollmoment that would otherwise make the page very long.
 */
export function CommandForm(props: {
  title: string;
  headingLevel?: 2 | 3 | 4 | 5;
  collapsed?: boolean;
  command: ReturnType<typeof useCommand>;
  button: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = `h${props.headingLevel ?? 3}` as 'h3';
  const body = (
    <>
      {props.command.message && (
        <div className="alert alert-success" role="status">
          <p>{props.command.message}</p>
        </div>
      )}
      <form
        className="card form-grid"
        noValidate
        aria-labelledby={`${id}-h`}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <ErrorMessage error={props.command.error} />
        {props.children}
        <div className="field wide">
          <button type="submit" className="button primary" disabled={props.command.busy}>
            {props.button}
          </button>
        </div>
      </form>
    </>
  );
  if (props.collapsed !== undefined) {
    return (
      <details className="ik-details" open={!props.collapsed}>
        <summary>
          <span id={`${id}-h`}>{props.title}</span>
        </summary>
        {body}
      </details>
    );
  }
  return (
    <section aria-labelledby={`${id}-h`} className="ik-form">
      <Heading id={`${id}-h`}>{props.title}</Heading>
      {body}
    </section>
  );
}

/** An id the API accepts, readable in the log: the text's first words and a short random tail. */
export function newId(prefix: string, text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return `${prefix}-${words || 'ny'}-${Math.random().toString(36).slice(2, 7)}`;
}

export function CreatePlanForm(props: {
  organId: string;
  organName: string;
  year: number;
  onWritten: () => void;
}) {
  const command = useCommand({ base: '', etag: null, onWritten: props.onWritten });
  return (
    <CommandForm
      title={`Upprätta internkontrollplan för ${props.year}`}
      headingLevel={2}
      command={command}
      button="Upprätta planen"
      onSubmit={() =>
        void command.send(
          '/api/internkontroll',
          { organId: props.organId, year: props.year },
          'Planen är upprättad.',
          false,
        )
      }
    >
      <p className="wide">
        Planen för {props.organName} {props.year} börjar som utkast. Lägg till risker och kontrollmoment och
        fastställ den sedan med nämndens beslutsdatum.
      </p>
    </CommandForm>
  );
}

/** After adoption every change to the plan needs a reason (the domain's rule); before it, none is asked. */
function ReasonField(props: {
  adopted: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const id = useId();
  if (!props.adopted) return null;
  return (
    <Field id={id} label="Skäl till ändringen av den fastställda planen" error={props.error} wide>
      <textarea
        id={id}
        rows={2}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...invalid(id, props.error)}
      />
    </Field>
  );
}

export const SANNOLIKHET_LABELS = ['Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik'];
export const KONSEKVENS_LABELS = ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig'];

function LevelSelect(props: {
  label: string;
  labels: string[];
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <Field id={id} label={props.label} error={props.error}>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...invalid(id, props.error)}
      >
        <option value="">Välj 1–4</option>
        {props.labels.map((label, i) => (
          <option key={label} value={i + 1}>
            {i + 1} – {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function AddRiskForm(props: { plan: PlanRef; adopted: boolean }) {
  const ids = useId();
  const command = useCommand(props.plan);
  const empty = { text: '', sannolikhet: '', konsekvens: '', reason: '' };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async () => {
    const ok = await command.send(
      `${props.plan.base}/risks`,
      {
        riskId: newId('risk', form.text),
        text: form.text,
        sannolikhet: form.sannolikhet ? Number(form.sannolikhet) : null,
        konsekvens: form.konsekvens ? Number(form.konsekvens) : null,
        ...(props.adopted ? { reason: form.reason } : {}),
      },
      'Risken är tillagd.',
    );
    if (ok) setForm(empty);
  };
  return (
    <CommandForm
      title="Lägg till en risk"
      command={command}
      button="Lägg till risken"
      onSubmit={() => void submit()}
    >
      <Field id={`${ids}-text`} label="Risk" error={command.fieldError('text')} wide>
        <textarea
          id={`${ids}-text`}
          rows={2}
          value={form.text}
          onChange={(e) => set('text')(e.target.value)}
          {...invalid(`${ids}-text`, command.fieldError('text'))}
        />
      </Field>
      <LevelSelect
        label="Sannolikhet"
        labels={SANNOLIKHET_LABELS}
        value={form.sannolikhet}
        onChange={set('sannolikhet')}
        error={command.fieldError('sannolikhet')}
      />
      <LevelSelect
        label="Konsekvens"
        labels={KONSEKVENS_LABELS}
        value={form.konsekvens}
        onChange={set('konsekvens')}
        error={command.fieldError('konsekvens')}
      />
      <ReasonField
        adopted={props.adopted}
        value={form.reason}
        onChange={set('reason')}
        error={command.fieldError('reason')}
      />
    </CommandForm>
  );
}

export function AddKontrollmomentForm(props: {
  plan: PlanRef;
  adopted: boolean;
  risks: { riskId: string; text: string }[];
}) {
  const ids = useId();
  const command = useCommand(props.plan);
  const empty = { riskId: '', vad: '', hur: '', vem: '', frekvens: '', reason: '' };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const riskId = form.riskId || props.risks[0]?.riskId || '';
  const submit = async () => {
    const ok = await command.send(
      `${props.plan.base}/kontrollmoment`,
      {
        riskId,
        kontrollmomentId: newId('km', form.vad),
        vad: form.vad,
        hur: form.hur,
        vem: form.vem,
        frekvens: form.frekvens,
        ...(props.adopted ? { reason: form.reason } : {}),
      },
      'Kontrollmomentet är tillagt.',
    );
    if (ok) setForm({ ...empty, riskId });
  };
  const text = (key: 'vad' | 'hur' | 'vem', label: string) => (
    <Field id={`${ids}-${key}`} label={label} error={command.fieldError(key)} wide={key !== 'vem'}>
      <input
        id={`${ids}-${key}`}
        type="text"
        value={form[key]}
        onChange={(e) => set(key)(e.target.value)}
        {...invalid(`${ids}-${key}`, command.fieldError(key))}
      />
    </Field>
  );
  return (
    <CommandForm
      title="Lägg till ett kontrollmoment"
      command={command}
      button="Lägg till kontrollmomentet"
      onSubmit={() => void submit()}
    >
      <Field id={`${ids}-risk`} label="För risken" error={command.fieldError('riskId')} wide>
        <select
          id={`${ids}-risk`}
          value={riskId}
          onChange={(e) => set('riskId')(e.target.value)}
          {...invalid(`${ids}-risk`, command.fieldError('riskId'))}
        >
          {props.risks.map((r) => (
            <option key={r.riskId} value={r.riskId}>
              {r.text}
            </option>
          ))}
        </select>
      </Field>
      {text('vad', 'Vad kontrolleras')}
      {text('hur', 'Hur kontrolleras det')}
      {text('vem', 'Vem kontrollerar')}
      <Field id={`${ids}-frekvens`} label="Hur ofta" error={command.fieldError('frekvens')}>
        <select
          id={`${ids}-frekvens`}
          value={form.frekvens}
          onChange={(e) => set('frekvens')(e.target.value)}
          {...invalid(`${ids}-frekvens`, command.fieldError('frekvens'))}
        >
          <option value="">Välj</option>
          {FREKVENSER.map((value) => (
            <option key={value} value={value}>
              {FREKVENS_LABELS[value]}
            </option>
          ))}
        </select>
      </Field>
      <ReasonField
        adopted={props.adopted}
        value={form.reason}
        onChange={set('reason')}
        error={command.fieldError('reason')}
      />
    </CommandForm>
  );
}

export function AdoptForm(props: { plan: PlanRef }) {
  const ids = useId();
  const command = useCommand(props.plan);
  const [adoptedOn, setAdoptedOn] = useState('');
  const [paragraf, setParagraf] = useState('');
  return (
    <CommandForm
      title="Fastställ planen"
      command={command}
      button="Fastställ planen"
      onSubmit={() =>
        void command.send(
          `${props.plan.base}/adoption`,
          { adoptedOn, paragraf: paragraf.trim() || null },
          'Planen är fastställd.',
        )
      }
    >
      <Field id={`${ids}-on`} label="Nämndens beslutsdatum" error={command.fieldError('adoptedOn')}>
        <input
          id={`${ids}-on`}
          type="date"
          value={adoptedOn}
          onChange={(e) => setAdoptedOn(e.target.value)}
          {...invalid(`${ids}-on`, command.fieldError('adoptedOn'))}
        />
      </Field>
      <Field id={`${ids}-par`} label="Paragraf (valfri)" error={command.fieldError('paragraf')}>
        <input
          id={`${ids}-par`}
          type="text"
          value={paragraf}
          onChange={(e) => setParagraf(e.target.value)}
          {...invalid(`${ids}-par`, command.fieldError('paragraf'))}
        />
      </Field>
    </CommandForm>
  );
}
