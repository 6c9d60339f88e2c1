/**
 * Rapportera: status and kommentar for one period, with the last report beside it. On an uppdrag
 * directed to several organs each recipient reports its own part, so the page writes the person's own
 * organ's part by default and says so; whoever may write more than one report (the samordnare's people:
 * their part and the joint report; the regiondirektör: any) chooses whose (report-target.ts). The write
 * carries the revision read (If-Match); if someone else wrote meanwhile, the API answers 409 and the page
 * shows their version beside what was typed here, which is kept, and offers to send it again on top of
 * theirs (as a correction of the same report, with a reason, when they reported the same period).
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, getJson, getWithEtag, postJson } from '../api';
import { useDirectory } from '../directory';
import { periodLabel, periodOn, statusColour, statusLabel, UPPDRAG_STATUSES } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, Loading, PageTitle, StatusBadge, useAsync } from '../ui';
import { AvslutaDel, OwnPartClosed } from './avsluta-del';
import { LatestReport } from './latest-report';
import { type Aging, type Report, type UppdragView } from '../wire';
import { ConflictPanel } from './rapportera-conflict';
import { ReportTargetChoice } from './report-target-choice';
import {
  isJoint,
  partOf,
  reportsOf,
  type Target,
  targetHeading,
  targetLabel,
  writableTargets,
} from './report-target';

interface Draft {
  period: string;
  status: string;
  kommentar: string;
}

interface Conflict {
  theirs: Report | null;
  etag: string | null;
}

/** A 409 that is no one's report to compare with: the part or the uppdrag has ended. */
const ENDED = new Set(['UPPDRAG_PART_CLOSED', 'UPPDRAG_CLOSED', 'UPPDRAG_WITHDRAWN']);

const ENDED_TEXT: Record<string, string> = {
  avslutat: 'Uppdraget är avslutat och tar inte emot fler rapporter.',
  aterkallat: 'Uppdraget är återkallat (inte längre aktuellt) och tar inte emot fler rapporter.',
};

/** The uppdrag and the periods one may report for: the missing ones and the one running now. */
async function load(uppdragId: string) {
  const [uppdrag, aging] = await Promise.all([
    getWithEtag<UppdragView>(`/api/uppdrag/${encodeURIComponent(uppdragId)}`),
    getJson<Aging>('/api/uppfoljning/aldrande').catch(() => null),
  ]);
  const missing =
    aging?.open.find((o) => o.uppdragId === uppdragId)?.missingReports.map((m) => m.period) ?? [];
  const now = periodOn(new Date(), uppdrag.body.periodicitet);
  return { ...uppdrag, candidates: [...new Set([...missing, now])] };
}

/** The candidate periods the chosen report has not yet been written for. */
function openPeriods(uppdrag: UppdragView, candidates: string[], target: Target | undefined): string[] {
  if (target === undefined) return [];
  const reported = new Set(reportsOf(uppdrag, target).map((r) => r.period));
  return candidates.filter((p) => !reported.has(p));
}

export function Rapportera(props: { uppdragId: string; user: SessionUser; period: string | null }) {
  const { uppdragId, user, period } = props;
  const state = useAsync(() => load(uppdragId), uppdragId);
  const directory = useDirectory();
  const [draft, setDraft] = useState<Draft>({ period: period ?? '', status: '', kommentar: '' });
  const [choice, setChoice] = useState<Target | undefined>(undefined);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const ids = useId();

  const uppdrag = state.data?.body;
  const targets = uppdrag ? writableTargets(user, uppdrag) : [];
  const target = choice !== undefined && targets.includes(choice) ? choice : targets[0];
  // A period a link asked for (`?period=`) is offered too, whichever report is chosen.
  const candidates = [...new Set([...(state.data?.candidates ?? []), ...(period ? [period] : [])])];
  const periods = uppdrag ? openPeriods(uppdrag, candidates, target) : [];

  useEffect(() => {
    if (!state.data) return;
    setEtag(state.data.etag);
    setDraft((d) => (d.period ? d : { ...d, period: periods[0] ?? '' }));
    // Only a fresh read sets the defaults; a choice made on the page keeps its own period.
  }, [state.data]);
  useEffect(() => conflictRef.current?.focus(), [conflict]);
  useEffect(() => savedRef.current?.focus(), [saved]);

  if (state.loading && !state.data) return <Loading />;
  if (state.error || !uppdrag) return <ErrorMessage error={state.error} />;
  const ownPart = partOf(uppdrag, user.organId);
  const ownClosed = ownPart?.closed ? (
    <OwnPartClosed organ={directory.organName(ownPart.organId)} part={ownPart} />
  ) : null;
  if (target === undefined) {
    return (
      <>
        <PageTitle>Rapportera</PageTitle>
        {ENDED_TEXT[uppdrag.lifecycle] ? (
          <p>{ENDED_TEXT[uppdrag.lifecycle]}</p>
        ) : (
          (ownClosed ?? <p>Du kan inte rapportera på det här uppdraget.</p>)
        )}
      </>
    );
  }
  const last = reportsOf(uppdrag, target).at(-1);
  const fieldError = (field: string) => error?.errors.find((e) => e.field === field)?.reason;
  const joint = isJoint(uppdrag);

  const choose = (next: Target) => {
    setChoice(next);
    const open = openPeriods(uppdrag, candidates, next);
    setDraft((d) => (open.includes(d.period) ? d : { ...d, period: open[0] ?? '' }));
  };

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
      const body = {
        status: draft.status,
        kommentar: draft.kommentar,
        ...(target === null ? {} : { organId: target }),
      };
      if (asCorrection) await postJson(`${base}/${draft.period}/corrections`, { ...body, reason }, ifMatch);
      else await postJson(base, { ...body, period: draft.period }, ifMatch);
      setConflict(null);
      const what = `${asCorrection ? 'Rättelsen' : 'Rapporten'} för ${periodLabel(draft.period)} är sparad.`;
      const whose = targetLabel(target, uppdrag, directory);
      setSaved(joint ? `${what} Den gäller ${whose.charAt(0).toLowerCase()}${whose.slice(1)}.` : what);
    } catch (e) {
      const problem = asApiError(e);
      if (problem.status === 409 && !ENDED.has(problem.code)) await showConflict(problem);
      else setError(problem);
    } finally {
      setBusy(false);
    }
  };

  /** Theirs: the same report's entry for the period, or one it got meanwhile for another period. */
  const showConflict = async (problem: ApiError) => {
    try {
      const fresh = await getWithEtag<UppdragView>(`/api/uppdrag/${encodeURIComponent(uppdragId)}`);
      const before = new Set(reportsOf(uppdrag, target).map((r) => r.period));
      const now = reportsOf(fresh.body, target);
      const theirs =
        now.find((r) => r.period === draft.period) ?? now.filter((r) => !before.has(r.period)).at(-1) ?? null;
      setConflict({ theirs, etag: fresh.etag });
    } catch {
      setError(problem);
    }
  };

  if (saved) {
    return (
      <>
        <PageTitle>Rapportera</PageTitle>
        <div className="alert alert-success" role="status" tabIndex={-1} ref={savedRef}>
          <p>{saved}</p>
        </div>
        <p className="link-row">
          <Link href={`/uppdrag/${encodeURIComponent(uppdragId)}/historik`}>Se uppdragets historik</Link>
          <Link href="/mina-uppdrag">Tillbaka till Mina uppdrag</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>Rapportera</PageTitle>
      <p className="lead">{uppdrag.text}</p>
      {joint && <h2>{targetHeading(target, directory)}</h2>}
      {ownClosed}
      <div className="two-col">
        <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${ids}-hint`}>
          <p id={`${ids}-hint`} className="muted small">
            Alla fält krävs. Ansvarig: {directory.personName(uppdrag.ansvarigPersonId)}.
          </p>
          <ErrorMessage error={conflict ? null : error} />
          <ReportTargetChoice
            name={`${ids}-target`}
            targets={targets}
            target={target}
            uppdrag={uppdrag}
            directory={directory}
            onChange={choose}
            disabled={!!conflict}
          />
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
              {[...new Set([...periods, ...(draft.period ? [draft.period] : [])])].map((p) => (
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
          {joint && <p className="muted small">{targetLabel(target, uppdrag, directory)}</p>}
          <LatestReport report={last} directory={directory} none="Ingen rapport ännu." />
        </aside>
      </div>

      {conflict && (
        <ConflictPanel
          theirs={conflict.theirs}
          mine={draft}
          directory={directory}
          reason={reason}
          onReason={setReason}
          error={error}
          busy={busy}
          onSend={(asCorrection) => void send(conflict.etag, asCorrection)}
          onKeepTheirs={() => {
            setConflict(null);
            setError(null);
            state.reload();
          }}
          focusRef={conflictRef}
        />
      )}

      {joint && target !== null && !conflict && (
        <AvslutaDel
          uppdrag={uppdrag}
          organId={target}
          own={target === user.organId}
          directory={directory}
          onClosed={setSaved}
        />
      )}
    </>
  );
}
