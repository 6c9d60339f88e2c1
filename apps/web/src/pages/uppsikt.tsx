/**
 * Uppsikt: region- or kommunstyrelsen's overview of the nämnder for a period (GET /api/uppsikt/oversikt),
 * a form to record an uppsiktsärende on an organ (the styrelse's secretary and the regiondirektör), and
 * an ärende's own page where the organ answers and the styrelse closes it with a conclusion. What a role
 * may not do is not offered; the API still decides.
 */
import { isOrganisationensStyrelse, PERIOD_REPORT_STATE_LABELS } from '@sparbar/domain/shared-with-web';
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, getJson, getWithEtag, postJson } from '../api';
import { may } from '../access';
import { type Directory, useDirectory } from '../directory';
import { genitive, organisationWords } from '../organisation-words';
import { dateLabel, periodLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, Loading, PageTitle, useAsync } from '../ui';
import { type PeriodReports, type Uppsiktsarende, type UppsiktOversikt } from '../wire';
import { defaultPeriod, PeriodSelect } from './period-picker';

/** The organisation's styrelse (region- or kommunstyrelsen) as the directory has it; `rs` until it is read. */
function styrelsenId(directory: Directory): string {
  return directory.organs.find((o) => o.active && isOrganisationensStyrelse(o.typ))?.organId ?? 'rs';
}

type OrganPeriodReport = PeriodReports['organs'][number];

export const KIND_LABELS: Record<string, string> = {
  observation: 'Iakttagelse',
  begaran_om_information: 'Begäran om information',
  atgardsplan: 'Begäran om åtgärdsplan',
};

function fieldErrorOf(error: ApiError | null) {
  return (field: string) => error?.errors.find((e) => e.field === field)?.reason;
}

export function Uppsikt({ user }: { user: SessionUser }) {
  const directory = useDirectory();
  const words = organisationWords(directory);
  const mayRecord = may.recordUppsikt(user, styrelsenId(directory));
  return (
    <>
      <PageTitle>Uppsikt</PageTitle>
      <p className="lead">
        {words.styrelsen}s uppsikt över nämnder{words.kind === 'kommun' ? ', bolag' : ''} och beredningar: om
        periodens rapport är fastställd, rapporter i tid, sena och saknade per period, och uppsiktsärenden som
        organen svarar på.
      </p>
      {mayRecord ? (
        <RecordArende />
      ) : (
        <p>
          Uppsiktsärenden läggs upp av {genitive(words.styrelsen)} sekreterare eller {words.direktoren}. Ett
          ärende som gäller ditt organ öppnas från länken i ärendet.
        </p>
      )}
      <OversiktTable />
    </>
  );
}

function OversiktTable() {
  const directory = useDirectory();
  const [period, setPeriod] = useState(() => defaultPeriod([]));
  const state = useAsync(
    () =>
      Promise.all([
        getJson<UppsiktOversikt>('/api/uppsikt/oversikt', { period }),
        getJson<PeriodReports>(`/api/perioder/${encodeURIComponent(period)}/faststallelser/uppsikt`),
      ]).then(([oversikt, reports]) => ({ ...oversikt, reports: reportsByOrgan(reports) })),
    period,
  );
  return (
    <section aria-labelledby="uppsikt-oversikt">
      <h2 id="uppsikt-oversikt">Översikt per organ</h2>
      <PeriodSelect value={period} onChange={setPeriod} />
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {state.data && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabell: organens rapporter">
          <table className="stack-table stack-pairs">
            <caption>
              {periodLabel(state.data.period)}, bedömt {dateLabel(state.data.on)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Organ</th>
                <th scope="col">Periodens rapport</th>
                <th scope="col">Uppdrag</th>
                <th scope="col">I tid</th>
                <th scope="col">Sena</th>
                <th scope="col">Saknas</th>
                <th scope="col">Ej förfallna</th>
                <th scope="col">Röda</th>
                <th scope="col">Gula</th>
                <th scope="col">Passerat slutdatum</th>
                <th scope="col">Förlängda</th>
              </tr>
            </thead>
            <tbody>
              {state.data.organs.map((row) => (
                <tr key={row.organ}>
                  <th scope="row">{directory.organName(row.organ)}</th>
                  <td data-label="Periodens rapport" className="stack-wide">
                    <PeriodReport report={state.data?.reports.get(row.organ)} />
                  </td>
                  <td data-label="Uppdrag">{row.uppdrag}</td>
                  <td data-label="I tid">{row.onTime}</td>
                  <td data-label="Sena">{row.late}</td>
                  <td data-label="Saknas">{row.missing}</td>
                  <td data-label="Ej förfallna">{row.notYetDue}</td>
                  <td data-label="Röda">{row.red}</td>
                  <td data-label="Gula">{row.yellow}</td>
                  <td data-label="Passerat slutdatum">{row.pastSlutdatum}</td>
                  <td data-label="Förlängda">{row.extensions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function reportsByOrgan(reports: PeriodReports): Map<string, OrganPeriodReport> {
  return new Map(reports.organs.map((r) => [r.organId, r]));
}

/** Fastställd (datum, §), rapporterad, ej rapporterad ännu or saknas: in words, never colour alone. */
function PeriodReport({ report }: { report: OrganPeriodReport | undefined }) {
  if (!report) return <>–</>;
  const label = PERIOD_REPORT_STATE_LABELS[report.state];
  if (report.state !== 'faststalld') return <>{label}</>;
  return (
    <>
      {label} {dateLabel(report.meetingDate)} § {report.paragraf}
    </>
  );
}

function RecordArende() {
  const ids = useId();
  const directory = useDirectory();
  const [form, setForm] = useState({ organId: '', kind: '', text: '', dueDate: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<Uppsiktsarende | null>(null);
  const fieldError = fieldErrorOf(error);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { body } = await postJson<Uppsiktsarende>('/api/uppsikt', {
        organId: form.organId,
        kind: form.kind,
        text: form.text,
        dueDate: form.dueDate,
      });
      setRecorded(body);
      setForm({ organId: '', kind: '', text: '', dueDate: '' });
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const organs = directory.organs.filter(
    (o) => o.active && ['namnd', 'beredning', 'styrelse', 'bolag'].includes(o.typ),
  );
  return (
    <section aria-labelledby="nytt-arende">
      <h2 id="nytt-arende">Nytt uppsiktsärende</h2>
      {recorded && (
        <div className="alert alert-success" role="status">
          <p>
            Ärendet till {directory.organName(recorded.organId)} är registrerat.{' '}
            <Link href={`/uppsikt/${encodeURIComponent(recorded.arendeId)}`}>Öppna ärendet</Link>
          </p>
        </div>
      )}
      <form
        className="card form-grid"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="nytt-arende"
      >
        <ErrorMessage error={error} />
        <div className="field">
          <label htmlFor={`${ids}-organ`}>Organ</label>
          <select
            id={`${ids}-organ`}
            value={form.organId}
            onChange={(e) => set('organId')(e.target.value)}
            aria-invalid={!!fieldError('organId')}
          >
            <option value="">Välj organ</option>
            {organs.map((o) => (
              <option key={o.organId} value={o.organId}>
                {o.namn}
              </option>
            ))}
          </select>
          {fieldError('organId') && <p className="field-error">{fieldError('organId')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Slag av ärende</label>
          <select
            id={`${ids}-kind`}
            value={form.kind}
            onChange={(e) => set('kind')(e.target.value)}
            aria-invalid={!!fieldError('kind')}
          >
            <option value="">Välj slag</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {fieldError('kind') && <p className="field-error">{fieldError('kind')}</p>}
        </div>
        <div className="field wide">
          <label htmlFor={`${ids}-text`}>
            Vad {organisationWords(directory).styrelsen.toLocaleLowerCase('sv-SE')} frågar eller iakttar
          </label>
          <textarea
            id={`${ids}-text`}
            rows={3}
            value={form.text}
            onChange={(e) => set('text')(e.target.value)}
            aria-invalid={!!fieldError('text')}
          />
          {fieldError('text') && <p className="field-error">{fieldError('text')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-due`}>Svar senast</label>
          <input
            id={`${ids}-due`}
            type="date"
            value={form.dueDate}
            onChange={(e) => set('dueDate')(e.target.value)}
            aria-invalid={!!fieldError('dueDate')}
          />
          {fieldError('dueDate') && <p className="field-error">{fieldError('dueDate')}</p>}
        </div>
        <div className="field wide">
          <button type="submit" className="button primary" disabled={busy}>
            Registrera ärendet
          </button>
        </div>
      </form>
    </section>
  );
}

/** One uppsiktsärende: what was asked, the answers, the conclusion; answer or close when one may. */
export function UppsiktArende({ arendeId, user }: { arendeId: string; user: SessionUser }) {
  const directory = useDirectory();
  const state = useAsync(
    () => getWithEtag<Uppsiktsarende>(`/api/uppsikt/${encodeURIComponent(arendeId)}`),
    arendeId,
  );
  const arende = state.data?.body;
  const facts = arende ? { regionstyrelsenId: arende.regionstyrelsenId, organId: arende.organId } : null;
  return (
    <>
      <PageTitle>Uppsiktsärende</PageTitle>
      <p>
        <Link href="/uppsikt">Till Uppsikt</Link>
      </p>
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {arende && facts && (
        <>
          <section className="card" aria-labelledby="arendet">
            <h2 id="arendet">
              {KIND_LABELS[arende.kind] ?? arende.kind} till {directory.organName(arende.organId)}
            </h2>
            <p>{arende.text}</p>
            <p className="muted small">
              Registrerat {dateLabel(arende.recordedOn)} av {directory.personName(arende.recordedBy)} · svar
              senast {dateLabel(arende.dueDate)} · {arende.closed ? 'Avslutat' : 'Öppet'}
            </p>
          </section>
          <section aria-labelledby="svar">
            <h2 id="svar">Svar</h2>
            {arende.answers.length === 0 ? (
              <p>Inga svar ännu.</p>
            ) : (
              <ul className="plain-list">
                {arende.answers.map((a, i) => (
                  <li key={i} className="card">
                    <p>{a.text}</p>
                    <p className="muted small">
                      {directory.personName(a.answeredBy)}, {dateLabel(a.answeredOn)}
                      {a.late ? ' · efter svarsdatum' : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {arende.closed ? (
            <section aria-labelledby="slutsats">
              <h2 id="slutsats">Slutsats</h2>
              <p>{arende.conclusion}</p>
              <p className="muted small">
                Avslutat {dateLabel(arende.closedOn)} av {directory.personName(arende.closedBy)}
              </p>
            </section>
          ) : (
            <>
              {may.answerUppsikt(user, facts) && (
                <TextCommand
                  title="Svara på ärendet"
                  label="Organets svar"
                  field="text"
                  button="Skicka svaret"
                  done="Svaret är registrerat."
                  path={`/api/uppsikt/${encodeURIComponent(arendeId)}/answers`}
                  etag={state.data?.etag ?? null}
                  onDone={state.reload}
                />
              )}
              {may.closeUppsikt(user, facts) && (
                <TextCommand
                  title="Avsluta ärendet"
                  label="Slutsats"
                  field="conclusion"
                  button="Avsluta med slutsatsen"
                  done="Ärendet är avslutat."
                  path={`/api/uppsikt/${encodeURIComponent(arendeId)}/close`}
                  etag={state.data?.etag ?? null}
                  onDone={state.reload}
                />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}

function TextCommand(props: {
  title: string;
  label: string;
  field: string;
  button: string;
  done: string;
  path: string;
  etag: string | null;
  onDone: () => void;
}) {
  const ids = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fieldError = fieldErrorOf(error)(props.field);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await postJson(props.path, { [props.field]: text }, props.etag);
      setText('');
      setMessage(props.done);
      props.onDone();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{props.title}</h2>
      {message && (
        <div className="alert alert-success" role="status">
          <p>{message}</p>
        </div>
      )}
      <form
        className="card form-grid"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby={`${ids}-h`}
      >
        <ErrorMessage error={error} />
        <div className="field wide">
          <label htmlFor={`${ids}-text`}>{props.label}</label>
          <textarea
            id={`${ids}-text`}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={!!fieldError}
          />
          {fieldError && <p className="field-error">{fieldError}</p>}
        </div>
        <div className="field wide">
          <button type="submit" className="button primary" disabled={busy}>
            {props.button}
          </button>
        </div>
      </form>
    </section>
  );
}
