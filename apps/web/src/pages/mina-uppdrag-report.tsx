/**
 * Several missed periods of one uppdrag reported in one go, from its card in Mina uppdrag. Each chosen
 * period is still its own report (one POST /api/uppdrag/:id/reports each, in period order), so the log
 * holds what the officer would have written one by one. By default one status and kommentar go to all
 * chosen periods; unticking that gives each period its own. A period the API refuses keeps what was typed
 * and shows why; the ones saved leave the form. No If-Match: the decider refuses a period that someone
 * else reported meanwhile, and the officer then sees that period's refusal, not all of them.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { getJson, postJson } from '../api';
import { type Directory } from '../directory';
import { periodLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, Loading, useAsync } from '../ui';
import { type UppdragView } from '../wire';
import {
  EMPTY,
  type Entry,
  EntryFields,
  MissingList,
  PeriodChoice,
  type Problem,
  SendOutcome,
} from './mina-uppdrag-report-parts';
import { reportsOf, type Target, writableTargets } from './report-target';
import { ReportTargetChoice } from './report-target-choice';

export interface BulkReportProps {
  uppdragId: string;
  text: string;
  /** The periods the card lists, oldest first. */
  periods: string[];
  user: SessionUser;
  directory: Directory;
  /** A period stored: the card shows it as reported. */
  onSaved: (period: string) => void;
}

export function BulkReport(props: BulkReportProps) {
  const { uppdragId, user, directory } = props;
  const state = useAsync(
    () => getJson<UppdragView>(`/api/uppdrag/${encodeURIComponent(uppdragId)}`),
    uppdragId,
  );
  const ids = useId();
  const [choice, setChoice] = useState<Target | undefined>(undefined);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(props.periods));
  const [same, setSame] = useState(true);
  const [shared, setShared] = useState<Entry>(EMPTY);
  const [each, setEach] = useState<Record<string, Entry>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failed, setFailed] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<{ target: Target; period: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [outcome, setOutcome] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  // After a try the focus goes to what it says: what is missing, or what was saved and what was not.
  useEffect(() => {
    if (outcome > 0) (problemsRef.current ?? resultRef.current)?.focus();
  }, [outcome]);

  const uppdrag = state.data;
  if (state.loading && !uppdrag) return <Loading />;
  if (state.error || !uppdrag) return <ErrorMessage error={state.error} />;
  const targets = writableTargets(user, uppdrag);
  const target = choice !== undefined && targets.includes(choice) ? choice : targets[0];
  if (target === undefined) return <p>Du kan inte rapportera på det här uppdraget.</p>;
  const reported = new Set([
    ...reportsOf(uppdrag, target).map((r) => r.period),
    ...saved.filter((s) => s.target === target).map((s) => s.period),
  ]);
  const open = props.periods.filter((p) => !reported.has(p));
  const selected = open.filter((p) => chosen.has(p));
  const entryOf = (period: string) => (same ? shared : (each[period] ?? EMPTY));
  const problemOf = (key: string) => problems.find((p) => p.field === key)?.reason;

  const toggle = (period: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(period);
    else next.delete(period);
    setChosen(next);
  };

  /** Each period its own: what was typed for all becomes each one's start, to be changed where it differs. */
  const separate = (apart: boolean) => {
    setSame(!apart);
    if (apart) setEach({ ...Object.fromEntries(selected.map((p) => [p, shared])), ...each });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (selected.length === 0) found.push({ field: 'perioder', reason: 'Välj minst en period.' });
    for (const key of same ? ['alla'] : selected) {
      const entry = same ? shared : (each[key] ?? EMPTY);
      const where = same ? '' : ` för ${periodLabel(key)}`;
      if (!entry.status) found.push({ field: `status-${key}`, reason: `Välj en status${where}.` });
      if (!entry.kommentar.trim())
        found.push({ field: `kommentar-${key}`, reason: `Skriv en kommentar${where}.` });
    }
    setProblems(found);
    if (found.length > 0) {
      setOutcome((n) => n + 1);
      return;
    }
    setBusy(true);
    const nowFailed: Record<string, string> = {};
    const nowSaved: string[] = [];
    for (const period of [...selected].sort()) {
      const entry = entryOf(period);
      try {
        await postJson(`/api/uppdrag/${encodeURIComponent(uppdragId)}/reports`, {
          period,
          status: entry.status,
          kommentar: entry.kommentar,
          ...(target === null ? {} : { organId: target }),
        });
        nowSaved.push(period);
        props.onSaved(period);
      } catch (e) {
        nowFailed[period] = asApiError(e).message;
      }
    }
    setSaved((s) => [...s, ...nowSaved.map((period) => ({ target, period }))]);
    setFailed(nowFailed);
    setSent(true);
    setBusy(false);
    setOutcome((n) => n + 1);
  };

  const entryFields = (key: string, entry: Entry, onChange: (entry: Entry) => void, legend: string) => (
    <EntryFields
      key={key}
      idPrefix={ids}
      entryKey={key}
      entry={entry}
      onChange={onChange}
      legend={legend}
      problemOf={problemOf}
    />
  );

  const failures = Object.entries(failed);
  return (
    <form
      className="bulk-report"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Rapportera flera perioder: ${props.text}`}
    >
      {sent && problems.length === 0 && (
        <SendOutcome ref={resultRef} saved={saved.map((x) => x.period)} failures={failures} />
      )}
      {problems.length > 0 && <MissingList ref={problemsRef} problems={problems} />}
      {open.length === 0 ? (
        <p>
          Alla perioder på kortet är rapporterade.{' '}
          <Link href={`/uppdrag/${encodeURIComponent(uppdragId)}/historik`}>
            Se historiken<span className="visually-hidden">: {props.text}</span>
          </Link>
        </p>
      ) : (
        <>
          <ReportTargetChoice
            name={`${ids}-target`}
            targets={targets}
            target={target}
            uppdrag={uppdrag}
            directory={directory}
            onChange={setChoice}
          />
          <PeriodChoice
            open={open}
            chosen={chosen}
            failed={failed}
            problem={problemOf('perioder')}
            onToggle={toggle}
          />
          <label className="radio">
            <input type="checkbox" checked={same} onChange={(e) => separate(!e.target.checked)} />
            Samma status och kommentar för alla valda perioder
          </label>
          {same
            ? entryFields(
                'alla',
                shared,
                setShared,
                `Rapport för ${selected.length} ${plural(selected.length)}`,
              )
            : selected.map((p) =>
                entryFields(p, each[p] ?? EMPTY, (e) => setEach({ ...each, [p]: e }), periodLabel(p)),
              )}
          <button type="submit" className="button primary" disabled={busy}>
            {busy
              ? 'Skickar …'
              : `Skicka ${selected.length} ${selected.length === 1 ? 'rapport' : 'rapporter'}`}
          </button>
        </>
      )}
    </form>
  );
}

function plural(n: number): string {
  return n === 1 ? 'period' : 'perioder';
}
