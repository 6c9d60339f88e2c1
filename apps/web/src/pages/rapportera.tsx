/**
 * Rapportera: status and kommentar for one period, with the last report beside it. The write carries
 * the revision read (If-Match); if someone else wrote meanwhile, the API answers 409 and the page shows
 * their version beside what was typed here, which is kept, and offers to send it again on top of
 * theirs (as a correction, with a reason, when they reported the same period).
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, getJson, getWithEtag, postJson } from '../api';
import { may } from '../access';
import { useDirectory } from '../directory';
import { periodLabel, periodOn, statusColour, statusLabel, timeLabel, UPPDRAG_STATUSES } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, Loading, PageTitle, StatusBadge, useAsync } from '../ui';
import { type Aging, type Report, type UppdragView } from './model';

interface Draft {
  period: string;
  status: string;
  kommentar: string;
}

interface Conflict {
  theirs: Report | null;
  fresh: UppdragView;
  etag: string | null;
}

async function load(uppdragId: string) {
  const [uppdrag, aging] = await Promise.all([
    getWithEtag<UppdragView>(`/api/uppdrag/${encodeURIComponent(uppdragId)}`),
    getJson<Aging>('/api/uppfoljning/aldrande').catch(() => null),
  ]);
  const missing =
    aging?.open.find((o) => o.uppdragId === uppdragId)?.missingReports.map((m) => m.period) ?? [];
  const now = periodOn(new Date(), uppdrag.body.periodicitet);
  const reported = new Set(uppdrag.body.reports.map((r) => r.period));
  const periods = [...new Set([...missing, now])].filter((p) => !reported.has(p));
  return { ...uppdrag, periods };
}

export function Rapportera({
  uppdragId,
  user,
  period,
}: {
  uppdragId: string;
  user: SessionUser;
  period: string | null;
}) {
  const state = useAsync(() => load(uppdragId), uppdragId);
  const directory = useDirectory();
  const [draft, setDraft] = useState<Draft>({ period: period ?? '', status: '', kommentar: '' });
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<{ period: string; corrected: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const ids = useId();

  useEffect(() => {
    if (!state.data) return;
    setEtag(state.data.etag);
    setDraft((d) => (d.period ? d : { ...d, period: state.data!.periods[0] ?? '' }));
  }, [state.data]);
  useEffect(() => conflictRef.current?.focus(), [conflict]);
  useEffect(() => savedRef.current?.focus(), [saved]);

  if (state.loading && !state.data) return <Loading />;
  if (state.error || !state.data) return <ErrorMessage error={state.error} />;
  const uppdrag = state.data.body;
  if (!may.reportOn(user, { ...uppdrag, givenBy: uppdrag.origin.givenBy })) {
    return (
      <>
        <PageTitle>Rapportera</PageTitle>
        <p>Du kan inte rapportera på det här uppdraget.</p>
      </>
    );
  }
  const last = [...uppdrag.reports].sort((a, b) => a.period.localeCompare(b.period)).at(-1) ?? null;
  const fieldError = (field: string) => error?.errors.find((e) => e.field === field)?.reason;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems = [
      !draft.period && { field: 'period', reason: 'Välj vilken period du rapporterar för.' },
      !draft.status && { field: 'status', reason: 'Välj en status.' },
      !draft.kommentar.trim() && { field: 'kommentar', reason: 'Skriv en kommentar om hur arbetet går.' },
    ].filter((p): p is { field: string; reason: string } => !!p);
    if (problems.length > 0) {
      setError(new ApiError(400, 'VALIDATION_FAILED', 'Rapporten är inte komplett:', problems));
      return;
    }
    await send(etag, false);
  };

  const send = async (ifMatch: string | null, asCorrection: boolean) => {
    setBusy(true);
    try {
      const base = `/api/uppdrag/${encodeURIComponent(uppdragId)}/reports`;
      const body = { status: draft.status, kommentar: draft.kommentar };
      if (asCorrection) await postJson(`${base}/${draft.period}/corrections`, { ...body, reason }, ifMatch);
      else await postJson(base, { ...body, period: draft.period }, ifMatch);
      setConflict(null);
      setSaved({ period: draft.period, corrected: asCorrection });
    } catch (e) {
      const problem = asApiError(e);
      if (problem.status === 409) await showConflict(problem);
      else setError(problem);
    } finally {
      setBusy(false);
    }
  };

  const showConflict = async (problem: ApiError) => {
    try {
      const fresh = await getWithEtag<UppdragView>(`/api/uppdrag/${encodeURIComponent(uppdragId)}`);
      const theirs =
        fresh.body.reports.find((r) => r.period === draft.period) ??
        fresh.body.reports.filter((r) => !uppdrag.reports.some((o) => o.period === r.period)).at(-1) ??
        null;
      setConflict({ theirs, fresh: fresh.body, etag: fresh.etag });
    } catch {
      setError(problem);
    }
  };

  if (saved) {
    return (
      <>
        <PageTitle>Rapportera</PageTitle>
        <div className="alert alert-success" role="status" tabIndex={-1} ref={savedRef}>
          <p>
            {saved.corrected ? 'Rättelsen' : 'Rapporten'} för {periodLabel(saved.period)} är sparad.
          </p>
        </div>
        <p className="link-row">
          <Link href={`/uppdrag/${encodeURIComponent(uppdragId)}/historik`}>Se uppdragets historik</Link>
          <Link href="/mina-uppdrag">Tillbaka till Mina uppdrag</Link>
        </p>
      </>
    );
  }

  const samePeriod = conflict?.theirs?.period === draft.period;

  return (
    <>
      <PageTitle>Rapportera</PageTitle>
      <p className="lead">{uppdrag.text}</p>
      <div className="two-col">
        <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${ids}-hint`}>
          <p id={`${ids}-hint`} className="muted small">
            Alla fält krävs. Ansvarig: {directory.personName(uppdrag.ansvarigPersonId)}.
          </p>
          <ErrorMessage error={conflict ? null : error} />
          <div className="field">
            <label htmlFor={`${ids}-period`}>Period</label>
            <select
              id={`${ids}-period`}
              value={draft.period}
              onChange={(e) => setDraft({ ...draft, period: e.target.value })}
              aria-invalid={!!fieldError('period')}
              disabled={!!conflict}
            >
              <option value="">Välj period</option>
              {[...new Set([...state.data.periods, ...(draft.period ? [draft.period] : [])])].map((p) => (
                <option key={p} value={p}>
                  {periodLabel(p)}
                </option>
              ))}
            </select>
            {fieldError('period') && <p className="field-error">{fieldError('period')}</p>}
          </div>
          <fieldset className="field" aria-invalid={!!fieldError('status')}>
            <legend>Status</legend>
            {UPPDRAG_STATUSES.map((s) => (
              <label key={s} className="radio">
                <input
                  type="radio"
                  name={`${ids}-status`}
                  value={s}
                  checked={draft.status === s}
                  onChange={() => setDraft({ ...draft, status: s })}
                  disabled={!!conflict}
                />
                <StatusBadge colour={statusColour(s)}>{statusLabel(s)}</StatusBadge>
              </label>
            ))}
            {fieldError('status') && <p className="field-error">{fieldError('status')}</p>}
          </fieldset>
          <div className="field">
            <label htmlFor={`${ids}-kommentar`}>Kommentar</label>
            <textarea
              id={`${ids}-kommentar`}
              rows={7}
              value={draft.kommentar}
              onChange={(e) => setDraft({ ...draft, kommentar: e.target.value })}
              aria-invalid={!!fieldError('kommentar')}
              aria-describedby={`${ids}-kommentar-hint`}
              readOnly={!!conflict}
            />
            <p id={`${ids}-kommentar-hint`} className="muted small">
              Hur går arbetet, vad återstår och behövs stöd?
            </p>
            {fieldError('kommentar') && <p className="field-error">{fieldError('kommentar')}</p>}
          </div>
          {!conflict && (
            <button type="submit" className="button primary" disabled={busy}>
              Skicka rapport
            </button>
          )}
        </form>

        <aside className="card" aria-labelledby={`${ids}-last`}>
          <h2 id={`${ids}-last`}>Förra rapporten</h2>
          {last ? (
            <>
              <p>
                <strong>{periodLabel(last.period)}</strong>{' '}
                <StatusBadge colour={statusColour(last.status)}>{statusLabel(last.status)}</StatusBadge>
              </p>
              <p className="kommentar">{last.kommentar}</p>
              <p className="muted small">
                {directory.personName(last.reportedBy)}, {timeLabel(last.reportedAt)}
              </p>
            </>
          ) : (
            <p>Ingen rapport ännu.</p>
          )}
        </aside>
      </div>

      {conflict && (
        <div className="alert alert-warning conflict" role="alert" tabIndex={-1} ref={conflictRef}>
          <h2>Någon annan hann före</h2>
          <p>
            Uppdraget ändrades medan du skrev. Din text finns kvar här nedan; jämför och välj hur du vill gå
            vidare.
          </p>
          <div className="two-col">
            <section className="card" aria-labelledby={`${ids}-theirs`}>
              <h3 id={`${ids}-theirs`}>Deras version</h3>
              {conflict.theirs ? (
                <>
                  <p>
                    <strong>{periodLabel(conflict.theirs.period)}</strong>{' '}
                    <StatusBadge colour={statusColour(conflict.theirs.status)}>
                      {statusLabel(conflict.theirs.status)}
                    </StatusBadge>
                  </p>
                  <p className="kommentar">{conflict.theirs.kommentar}</p>
                  <p className="muted small">
                    {directory.personName(conflict.theirs.correctedBy ?? conflict.theirs.reportedBy)},{' '}
                    {timeLabel(conflict.theirs.correctedAt ?? conflict.theirs.reportedAt)}
                  </p>
                </>
              ) : (
                <p>Uppdragets uppgifter ändrades (inte rapporten för {periodLabel(draft.period)}).</p>
              )}
            </section>
            <section className="card" aria-labelledby={`${ids}-mine`}>
              <h3 id={`${ids}-mine`}>Din version</h3>
              <p>
                <strong>{periodLabel(draft.period)}</strong>{' '}
                <StatusBadge colour={statusColour(draft.status)}>{statusLabel(draft.status)}</StatusBadge>
              </p>
              <p className="kommentar">{draft.kommentar}</p>
            </section>
          </div>
          {samePeriod ? (
            <div className="field">
              <label htmlFor={`${ids}-reason`}>Skäl till rättelsen</label>
              <input
                id={`${ids}-reason`}
                type="text"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-describedby={`${ids}-reason-hint`}
              />
              <p id={`${ids}-reason-hint`} className="muted small">
                Deras rapport finns kvar i historiken; din blir en rättelse av den.
              </p>
            </div>
          ) : null}
          <ErrorMessage error={error} />
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy || (samePeriod && !reason.trim())}
              onClick={() => void send(conflict.etag, samePeriod)}
            >
              {samePeriod ? 'Spara min version som rättelse' : 'Skicka min rapport'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConflict(null);
                setError(null);
                state.reload();
              }}
            >
              Behåll deras och redigera min
            </button>
          </div>
        </div>
      )}
    </>
  );
}
