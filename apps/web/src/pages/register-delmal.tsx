/**
 * Register, delmål (the nämnd's secretary): a new delmål in the nämnd's plan, or one already there;
 * its indikatorer; and an indikator's utfall for a period. Only what the domain's access policy lets this
 * person do is offered, and the API's field errors are shown by the fields they concern.
 */
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, getJson, getWithEtag, postJson } from '../api';
import { may } from '../access';
import { useDirectory } from '../directory';
import { BEDOMNING_COLOURS, BEDOMNING_LABELS, periodLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, StatusBadge, useAsync } from '../ui';
import { type DelmalView, type IndikatorView, type Maluppfyllelse } from '../wire';
import { errorFor, Field, invalid, numberOrText } from './register-fields';

export const RIKTNING_LABELS: Record<string, string> = {
  higher_is_better: 'Högre värde är bättre',
  lower_is_better: 'Lägre värde är bättre',
};

const NEW_REGIONMAL = '__nytt__';

function slug(text: string): string {
  const base = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `regionmal-${base || 'nytt'}`;
}

export function DelmalRegister({ user }: { user: SessionUser }) {
  const directory = useDirectory();
  const [delmal, setDelmal] = useState<{ view: DelmalView; etag: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const organId = user.organId;
  if (!organId || !may.defineDelmal(user)) {
    return (
      <section aria-labelledby="delmal-register">
        <h2 id="delmal-register">Delmål</h2>
        <p className="muted">Delmål läggs in i en nämnds plan av nämndens sekreterare.</p>
      </section>
    );
  }
  const written = (view: DelmalView, etag: string | null, message: string) => {
    setDelmal({ view, etag });
    setNotice(message);
  };
  return (
    <section aria-labelledby="delmal-register">
      <h2 id="delmal-register">Delmål i {directory.organName(organId)}s plan</h2>
      {notice && (
        <div className="alert alert-success" role="status">
          <p>{notice}</p>
        </div>
      )}
      {delmal ? (
        <DelmalCard
          user={user}
          delmal={delmal.view}
          etag={delmal.etag}
          onWritten={written}
          onDone={() => {
            setDelmal(null);
            setNotice(null);
          }}
        />
      ) : (
        <>
          <DefineDelmalForm
            organId={organId}
            onCreated={(view, etag) => written(view, etag, `Delmålet ”${view.text}” är registrerat.`)}
          />
          <ChooseDelmal
            organId={organId}
            onChosen={(view, etag) => {
              setDelmal({ view, etag });
              setNotice(null);
            }}
          />
        </>
      )}
    </section>
  );
}

/** Regionmål already used in the nämnd's plan for a year (read from the måluppfyllelse summary). */
async function knownRegionmal(organId: string, year: string) {
  if (!/^\d{4}$/.test(year)) return [];
  const summary = await getJson<Maluppfyllelse>(`/api/perioder/${year}-T1/maluppfyllelse`, {
    organ: organId,
  }).catch(() => null);
  const byId = new Map((summary?.delmal ?? []).map((d) => [d.regionmal.id, d.regionmal]));
  return [...byId.values()];
}

function DefineDelmalForm({
  organId,
  onCreated,
}: {
  organId: string;
  onCreated: (view: DelmalView, etag: string | null) => void;
}) {
  const ids = useId();
  const [form, setForm] = useState({
    text: '',
    planYear: String(new Date().getFullYear()),
    regionmal: '',
    regionmalNamn: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const known = useAsync(() => knownRegionmal(organId, form.planYear), `${organId}/${form.planYear}`);
  const regionmal = known.data ?? [];
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const creatingRegionmal = form.regionmal === NEW_REGIONMAL || regionmal.length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const chosen = regionmal.find((r) => r.id === form.regionmal);
    try {
      const { body, etag } = await postJson<DelmalView>('/api/delmal', {
        organId,
        planYear: /^\d+$/.test(form.planYear.trim()) ? Number(form.planYear) : form.planYear,
        regionmal: creatingRegionmal
          ? { id: slug(form.regionmalNamn), namn: form.regionmalNamn }
          : chosen
            ? { id: chosen.id, namn: chosen.namn }
            : null,
        text: form.text,
      });
      onCreated(body, etag);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const textError = errorFor(error, 'text');
  const yearError = errorFor(error, 'planYear');
  const regionmalError = errorFor(error, 'regionmal');
  return (
    <form
      className="card form-grid"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${ids}-rubrik`}
    >
      <h3 id={`${ids}-rubrik`} className="wide">
        Nytt delmål
      </h3>
      <ErrorMessage error={error} />
      <Field id={`${ids}-text`} label="Delmål" error={textError} wide>
        <textarea
          id={`${ids}-text`}
          rows={2}
          value={form.text}
          onChange={(e) => set('text')(e.target.value)}
          {...invalid(`${ids}-text`, textError)}
        />
      </Field>
      <Field id={`${ids}-planYear`} label="Planens år" error={yearError}>
        <input
          id={`${ids}-planYear`}
          type="text"
          inputMode="numeric"
          value={form.planYear}
          onChange={(e) => set('planYear')(e.target.value)}
          {...invalid(`${ids}-planYear`, yearError)}
        />
      </Field>
      {regionmal.length > 0 && (
        <Field
          id={`${ids}-regionmal`}
          label="Regionmål"
          error={creatingRegionmal ? undefined : regionmalError}
        >
          <select
            id={`${ids}-regionmal`}
            value={form.regionmal}
            onChange={(e) => set('regionmal')(e.target.value)}
            {...invalid(`${ids}-regionmal`, creatingRegionmal ? undefined : regionmalError)}
          >
            <option value="">Välj regionmål</option>
            {regionmal.map((r) => (
              <option key={r.id} value={r.id}>
                {r.namn}
              </option>
            ))}
            <option value={NEW_REGIONMAL}>Ett annat regionmål …</option>
          </select>
        </Field>
      )}
      {creatingRegionmal && (
        <Field id={`${ids}-regionmalNamn`} label="Regionmålets namn" error={regionmalError}>
          <input
            id={`${ids}-regionmalNamn`}
            type="text"
            value={form.regionmalNamn}
            onChange={(e) => set('regionmalNamn')(e.target.value)}
            {...invalid(`${ids}-regionmalNamn`, regionmalError)}
          />
        </Field>
      )}
      <div className="wide">
        <button type="submit" className="button primary" disabled={busy}>
          Registrera delmålet
        </button>
      </div>
    </form>
  );
}

/** An existing delmål of the plan, to add indikatorer or utfall to. */
function ChooseDelmal({
  organId,
  onChosen,
}: {
  organId: string;
  onChosen: (view: DelmalView, etag: string | null) => void;
}) {
  const ids = useId();
  const year = new Date().getFullYear();
  const [planYear, setPlanYear] = useState(String(year));
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const list = useAsync(
    () =>
      /^\d{4}$/.test(planYear)
        ? getJson<Maluppfyllelse>(`/api/perioder/${planYear}-T1/maluppfyllelse`, { organ: organId })
            .then((s) => s.delmal)
            .catch(() => [])
        : Promise.resolve([]),
    `${organId}/${planYear}`,
  );
  const open = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const { body, etag } = await getWithEtag<DelmalView>(`/api/delmal/${encodeURIComponent(chosen)}`);
      onChosen(body, etag);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <form className="card filters" onSubmit={(e) => void open(e)} aria-labelledby={`${ids}-rubrik`}>
      <h3 id={`${ids}-rubrik`} className="filters-title">
        Ett delmål som redan finns i planen
      </h3>
      <ErrorMessage error={error} />
      <div className="field">
        <label htmlFor={`${ids}-year`}>Visa planen för år</label>
        <input
          id={`${ids}-year`}
          type="text"
          inputMode="numeric"
          value={planYear}
          onChange={(e) => setPlanYear(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-delmal`}>Delmål i planen</label>
        <select id={`${ids}-delmal`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{list.data?.length ? 'Välj delmål' : 'Inga delmål det året'}</option>
          {(list.data ?? []).map((d) => (
            <option key={d.delmalId} value={d.delmalId}>
              {d.text}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-button">
        <button type="submit" className="button" disabled={!chosen}>
          Öppna delmålet
        </button>
      </div>
    </form>
  );
}

function DelmalCard({
  user,
  delmal,
  etag,
  onWritten,
  onDone,
}: {
  user: SessionUser;
  delmal: DelmalView;
  etag: string | null;
  onWritten: (view: DelmalView, etag: string | null, message: string) => void;
  onDone: () => void;
}) {
  const maintain = !delmal.closed && may.maintainDelmal(user, delmal);
  const report = !delmal.closed && may.reportOnDelmal(user, delmal);
  return (
    <div className="card">
      <h3>{delmal.text}</h3>
      <p className="muted small">
        Regionmål: {delmal.regionmal.namn} · planår {delmal.planYear}
        {delmal.closed && ' · avslutat'}
      </p>
      <h4>Indikatorer ({delmal.indikatorer.length})</h4>
      {delmal.indikatorer.length === 0 && <p>Inga indikatorer ännu.</p>}
      <ul className="plain-list">
        {delmal.indikatorer.map((i) => (
          <li key={i.indikatorId}>
            <p>
              <strong>{i.namn}</strong>
              {i.enhet && <> ({i.enhet})</>} · {RIKTNING_LABELS[i.riktning] ?? i.riktning}
              {i.malvarde !== null && <> · målvärde {i.malvarde.toLocaleString('sv-SE')}</>}
              {i.baseline && (
                <>
                  {' '}
                  · {i.baseline.year}: {i.baseline.value.toLocaleString('sv-SE')}
                </>
              )}
            </p>
            {i.utfall.length > 0 && (
              <ul className="small">
                {i.utfall.map((u) => (
                  <li key={u.period}>
                    {periodLabel(u.period)}:{' '}
                    {u.utfall === null ? 'svar saknas' : u.utfall.toLocaleString('sv-SE')}{' '}
                    <StatusBadge colour={BEDOMNING_COLOURS[u.bedomning] ?? 'grey'}>
                      {BEDOMNING_LABELS[u.bedomning] ?? u.bedomning}
                    </StatusBadge>
                  </li>
                ))}
              </ul>
            )}
            {report && (
              <UtfallForm
                delmal={delmal}
                indikator={i}
                etag={etag}
                onRecorded={(view, next, period) =>
                  onWritten(view, next, `Utfallet för ${i.namn}, ${periodLabel(period)}, är registrerat.`)
                }
              />
            )}
          </li>
        ))}
      </ul>
      {maintain && (
        <IndikatorForm
          delmal={delmal}
          etag={etag}
          onAdded={(view, next, namn) => onWritten(view, next, `Indikatorn ”${namn}” är tillagd.`)}
        />
      )}
      <p className="link-row">
        <Link href={`/register/delmal/${encodeURIComponent(delmal.delmalId)}`}>
          Ändra målvärden, utfall, bedömning
        </Link>
        <Link href={`/delmal/${encodeURIComponent(delmal.delmalId)}/historik`}>Se delmålets historik</Link>
        <button type="button" className="link-button" onClick={onDone}>
          Ett annat delmål
        </button>
      </p>
    </div>
  );
}

function IndikatorForm({
  delmal,
  etag,
  onAdded,
}: {
  delmal: DelmalView;
  etag: string | null;
  onAdded: (view: DelmalView, etag: string | null, namn: string) => void;
}) {
  const ids = useId();
  const empty = {
    namn: '',
    enhet: '',
    riktning: '',
    malvarde: '',
    baselineYear: '',
    baselineValue: '',
  };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const baseline =
      form.baselineYear.trim() || form.baselineValue.trim()
        ? { year: numberOrText(form.baselineYear), value: numberOrText(form.baselineValue) }
        : null;
    try {
      const { body, etag: next } = await postJson<DelmalView>(
        `/api/delmal/${encodeURIComponent(delmal.delmalId)}/indikatorer`,
        {
          namn: form.namn,
          enhet: form.enhet.trim() || null,
          riktning: form.riktning || null,
          malvarde: numberOrText(form.malvarde),
          baseline,
        },
        etag,
      );
      onAdded(body, next, form.namn);
      setForm(empty);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const err = {
    namn: errorFor(error, 'namn'),
    enhet: errorFor(error, 'enhet'),
    riktning: errorFor(error, 'riktning'),
    malvarde: errorFor(error, 'malvarde'),
    baselineYear:
      errorFor(error, 'baseline.year') ?? error?.errors.find((x) => x.field === 'baseline')?.reason,
    baselineValue: errorFor(error, 'baseline.value'),
  };
  return (
    <form
      className="form-grid"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby={`${ids}-rubrik`}
    >
      <h4 id={`${ids}-rubrik`} className="wide">
        Lägg till indikator
      </h4>
      <ErrorMessage error={error} />
      <Field id={`${ids}-namn`} label="Indikator" error={err.namn} wide>
        <input
          id={`${ids}-namn`}
          type="text"
          value={form.namn}
          onChange={(ev) => set('namn')(ev.target.value)}
          {...invalid(`${ids}-namn`, err.namn)}
        />
      </Field>
      <Field id={`${ids}-enhet`} label="Enhet (valfri)" error={err.enhet}>
        <input
          id={`${ids}-enhet`}
          type="text"
          value={form.enhet}
          onChange={(ev) => set('enhet')(ev.target.value)}
          {...invalid(`${ids}-enhet`, err.enhet)}
        />
      </Field>
      <Field id={`${ids}-malvarde`} label="Målvärde (valfritt)" error={err.malvarde}>
        <input
          id={`${ids}-malvarde`}
          type="text"
          inputMode="decimal"
          value={form.malvarde}
          onChange={(ev) => set('malvarde')(ev.target.value)}
          {...invalid(`${ids}-malvarde`, err.malvarde)}
        />
      </Field>
      <fieldset
        className="field wide"
        aria-invalid={!!err.riktning}
        aria-describedby={err.riktning ? `${ids}-riktning-fel` : undefined}
      >
        <legend>Riktning</legend>
        {Object.entries(RIKTNING_LABELS).map(([value, label]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${ids}-riktning`}
              value={value}
              checked={form.riktning === value}
              onChange={() => set('riktning')(value)}
            />
            {label}
          </label>
        ))}
        {err.riktning && (
          <p className="field-error" id={`${ids}-riktning-fel`}>
            {err.riktning}
          </p>
        )}
      </fieldset>
      <Field id={`${ids}-baselineYear`} label="Jämförelseår (valfritt)" error={err.baselineYear}>
        <input
          id={`${ids}-baselineYear`}
          type="text"
          inputMode="numeric"
          value={form.baselineYear}
          onChange={(ev) => set('baselineYear')(ev.target.value)}
          {...invalid(`${ids}-baselineYear`, err.baselineYear)}
        />
      </Field>
      <Field id={`${ids}-baselineValue`} label="Utfall jämförelseåret (valfritt)" error={err.baselineValue}>
        <input
          id={`${ids}-baselineValue`}
          type="text"
          inputMode="decimal"
          value={form.baselineValue}
          onChange={(ev) => set('baselineValue')(ev.target.value)}
          {...invalid(`${ids}-baselineValue`, err.baselineValue)}
        />
      </Field>
      <div className="wide">
        <button type="submit" className="button primary" disabled={busy}>
          Lägg till indikatorn
        </button>
      </div>
    </form>
  );
}

function UtfallForm({
  delmal,
  indikator,
  etag,
  onRecorded,
}: {
  delmal: DelmalView;
  indikator: IndikatorView;
  etag: string | null;
  onRecorded: (view: DelmalView, etag: string | null, period: string) => void;
}) {
  const ids = useId();
  const periods = [1, 2, 3].map((t) => `${delmal.planYear}-T${t}`);
  const [period, setPeriod] = useState(
    periods.find((p) => !indikator.utfall.some((u) => u.period === p)) ?? '',
  );
  const [utfall, setUtfall] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { body, etag: next } = await postJson<DelmalView>(
        `/api/delmal/${encodeURIComponent(delmal.delmalId)}/indikatorer/${encodeURIComponent(indikator.indikatorId)}/utfall`,
        { period, utfall: numberOrText(utfall) },
        etag,
      );
      setUtfall('');
      onRecorded(body, next, period);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const periodError = errorFor(error, 'period');
  const utfallError = errorFor(error, 'utfall');
  return (
    <form
      className="filters"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Utfall för ${indikator.namn}`}
    >
      <ErrorMessage error={error} />
      <Field id={`${ids}-period`} label="Period" error={periodError}>
        <select
          id={`${ids}-period`}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          {...invalid(`${ids}-period`, periodError)}
        >
          <option value="">Välj period</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${ids}-utfall`}
        label={`Utfall${indikator.enhet ? ` (${indikator.enhet})` : ''}, tomt om svar saknas`}
        error={utfallError}
      >
        <input
          id={`${ids}-utfall`}
          type="text"
          inputMode="decimal"
          value={utfall}
          onChange={(e) => setUtfall(e.target.value)}
          {...invalid(`${ids}-utfall`, utfallError)}
        />
      </Field>
      <div className="field field-button">
        <button type="submit" className="button" disabled={busy}>
          Registrera utfallet
        </button>
      </div>
    </form>
  );
}
