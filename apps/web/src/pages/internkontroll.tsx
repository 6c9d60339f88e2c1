/**
 * Intern kontroll: a nämnd's internkontrollplan for a year (GET /api/internkontroll/:organId/:year) —
 * draft or adopted, the risks in the 4×4 riskmatris, each risk's kontrollmoment, their results per
 * period and the åtgärder for avvikelser. The nämnd's secretary maintains the plan; its secretary and
 * officers report results and åtgärder (the domain's access policy); everyone else reads it.
 */
import { useEffect, useId, useRef } from 'react';
import { getWithEtag } from '../api';
import { may } from '../access';
import { useDirectory } from '../directory';
import { dateLabel, periodLabel, timeLabel } from '../format';
import { navigate } from '../router';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, StatusBadge, useAsync } from '../ui';
import { type Kontrollmoment, type Plan, type Risk } from '../wire';
import {
  ATGARD_STATUS_LABELS,
  KONTROLLRESULTAT_LABELS,
  FREKVENS_LABELS,
  type Frekvens,
  TYPER_MED_PLAN,
} from '@sparbar/domain/shared-with-web';
import {
  AddKontrollmomentForm,
  AddRiskForm,
  AdoptForm,
  CreatePlanForm,
  KONSEKVENS_LABELS,
  type PlanRef,
  SANNOLIKHET_LABELS,
} from './internkontroll-forms';
import { AddAtgardForm, AtgardStatusForm, RecordResultForm } from './internkontroll-uppfoljning';
import { riskLevel, Riskmatris } from './internkontroll-matris';

/** Organs that keep an internkontrollplan of their own (kommunallagen 6 kap. 6 §). */
const PLAN_ORGAN_TYPES: readonly string[] = TYPER_MED_PLAN;
const ATGARD_COLOURS = { planerad: 'grey', pagar: 'yellow', klar: 'green' } as const;

function kontrollPeriodLabel(period: string): string {
  return /^\d{4}$/.test(period) ? `Helåret ${period}` : periodLabel(period);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The periods of a frekvens in the plan's year that have begun: a control not yet due has no result. */
function begunPeriods(frekvens: Frekvens, year: number): string[] {
  const all =
    frekvens === 'ar'
      ? [{ period: `${year}`, start: `${year}-01-01` }]
      : frekvens === 'tertial'
        ? [1, 2, 3].map((t) => ({
            period: `${year}-T${t}`,
            start: `${year}-${String((t - 1) * 4 + 1).padStart(2, '0')}-01`,
          }))
        : Array.from({ length: 12 }, (_, i) => {
            const m = String(i + 1).padStart(2, '0');
            return { period: `${year}-${m}`, start: `${year}-${m}-01` };
          });
  return all.filter((p) => p.start <= today()).map((p) => p.period);
}

/** A kontrollmoment and period to open at, as a reminder's link names them. */
interface Focus {
  kontrollmomentId: string;
  period: string | null;
}

/**
 * The plan is chosen by `?organ=&year=` (the picker) or by the path `/internkontroll/:organ/:year`
 * (the links in reminders, which may add `?kontrollmoment=&period=`).
 */
export function Internkontroll(props: {
  user: SessionUser;
  query: URLSearchParams;
  organId?: string;
  year?: number;
}) {
  const { user, query } = props;
  const directory = useDirectory();
  const thisYear = new Date().getFullYear();
  const organs = directory.organs.filter((o) => o.active && PLAN_ORGAN_TYPES.includes(o.typ));
  // One's own organ first, unless it has no plan (fullmäktige, a beredning).
  const noPlan = directory.organs.some(
    (o) => o.organId === user.organId && !PLAN_ORGAN_TYPES.includes(o.typ),
  );
  const own = user.organId && !noPlan && user.organId !== 'regionfullmaktige' ? user.organId : null;
  const organId = props.organId || query.get('organ') || own || organs[0]?.organId || '';
  const year = props.year || Number(query.get('year')) || thisYear;
  const kontrollmomentId = query.get('kontrollmoment');
  const focus = kontrollmomentId ? { kontrollmomentId, period: query.get('period') } : null;
  const choose = (organ: string, y: number) =>
    navigate(`/internkontroll?organ=${encodeURIComponent(organ)}&year=${y}`, { replace: true });
  const years = Array.from({ length: thisYear + 2 - 2023 }, (_, i) => 2023 + i);
  const pickerId = useId();

  return (
    <>
      <PageTitle>Intern kontroll</PageTitle>
      <p className="lead">
        Nämndens internkontrollplan för året: risker, kontrollmoment, resultat per period och åtgärder för
        avvikelser.
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${pickerId}-organ`}>Nämnd</label>
          <select id={`${pickerId}-organ`} value={organId} onChange={(e) => choose(e.target.value, year)}>
            {organs.length === 0 && (
              <option value={organId}>{organId && directory.organName(organId)}</option>
            )}
            {organs.map((o) => (
              <option key={o.organId} value={o.organId}>
                {o.namn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${pickerId}-year`}>År</label>
          <select
            id={`${pickerId}-year`}
            value={year}
            onChange={(e) => choose(organId, Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {organId ? (
        <PlanView key={`${organId}/${year}`} user={user} organId={organId} year={year} focus={focus} />
      ) : (
        <Loading />
      )}
    </>
  );
}

function PlanView(props: { user: SessionUser; organId: string; year: number; focus: Focus | null }) {
  const { user, organId, year } = props;
  const directory = useDirectory();
  const base = `/api/internkontroll/${encodeURIComponent(organId)}/${year}`;
  const state = useAsync(() => getWithEtag<Plan>(base), base);
  const maintain = may.maintainInternkontroll(user, organId);
  const report = may.reportInternkontroll(user, organId);
  const organName = directory.organName(organId);

  if (state.error?.code === 'INTERNKONTROLLPLAN_NOT_FOUND') {
    return (
      <>
        <p>
          {organName} har ingen internkontrollplan för {year}.
        </p>
        {maintain && (
          <CreatePlanForm organId={organId} organName={organName} year={year} onWritten={state.reload} />
        )}
      </>
    );
  }
  const plan = state.data?.body;
  const ref: PlanRef = { base, etag: state.data?.etag ?? null, onWritten: state.reload };
  return (
    <>
      <ErrorMessage error={state.error} />
      {state.loading && !plan && <Loading />}
      {plan && (
        <>
          <section aria-labelledby="planen">
            <h2 id="planen">
              Internkontrollplan {plan.year} för {organName}
            </h2>
            <p>
              {plan.adoptedOn ? (
                <StatusBadge colour="green">
                  Fastställd {dateLabel(plan.adoptedOn)}
                  {plan.paragraf ? `, ${plan.paragraf}` : ''}
                </StatusBadge>
              ) : (
                <StatusBadge colour="grey">Utkast, inte fastställd</StatusBadge>
              )}
            </p>
            {plan.adoptedOn && plan.changesAfterAdoption > 0 && (
              <div className="alert alert-info">
                <p>
                  {plan.changesAfterAdoption === 1 ? '1 ändring' : `${plan.changesAfterAdoption} ändringar`} i
                  planen efter att nämnden fastställde den (markerade nedan):
                </p>
                <ul aria-label="Ändringar efter fastställandet">
                  {plan.changes.map((c, i) => (
                    <li key={i}>
                      {c.beskrivning}, {timeLabel(c.occurredAt)} av {directory.personName(c.by)}. Skäl:{' '}
                      {c.reason ?? '–'}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {plan.risks.length === 0 ? (
              <p>Planen har inga risker än.</p>
            ) : (
              <Riskmatris matris={plan.riskmatris} risks={plan.risks} />
            )}
          </section>
          {plan.risks.length > 0 && (
            <section aria-labelledby="risker">
              <h2 id="risker">Risker och kontrollmoment</h2>
              {plan.risks.map((risk) => (
                <RiskCard
                  key={risk.riskId}
                  risk={risk}
                  plan={plan}
                  planRef={ref}
                  report={report}
                  focus={props.focus}
                />
              ))}
            </section>
          )}
          {maintain && (
            <section aria-labelledby="andra-planen">
              <h2 id="andra-planen">
                {plan.adoptedOn ? 'Ändra den fastställda planen' : 'Arbeta med planen'}
              </h2>
              {plan.adoptedOn && (
                <p>Planen är fastställd: varje ändring registreras som en ändring av den, med skäl.</p>
              )}
              <AddRiskForm plan={ref} adopted={!!plan.adoptedOn} />
              {plan.risks.length > 0 && (
                <AddKontrollmomentForm plan={ref} adopted={!!plan.adoptedOn} risks={plan.risks} />
              )}
              {!plan.adoptedOn && <AdoptForm plan={ref} />}
            </section>
          )}
        </>
      )}
    </>
  );
}

interface MomentProps {
  plan: Plan;
  planRef: PlanRef;
  report: boolean;
  focus: Focus | null;
}

function RiskCard(props: MomentProps & { risk: Risk }) {
  const { risk } = props;
  return (
    <section className="card ik-risk" aria-labelledby={`risk-${risk.riskId}`}>
      <h3 id={`risk-${risk.riskId}`}>{risk.text}</h3>
      <p className="ik-facts">
        <span>
          Sannolikhet {risk.sannolikhet} ({SANNOLIKHET_LABELS[risk.sannolikhet - 1]})
        </span>
        <span>
          Konsekvens {risk.konsekvens} ({KONSEKVENS_LABELS[risk.konsekvens - 1]})
        </span>
        <span>
          Riskvärde {risk.riskvarde} ({riskLevel(risk.riskvarde).label})
        </span>
        {risk.changesAdoptedPlan && <span className="ik-changed">Tillagd efter fastställandet</span>}
      </p>
      {risk.kontrollmoment.length === 0 ? (
        <p className="muted">Inga kontrollmoment än.</p>
      ) : (
        risk.kontrollmoment.map((moment) => (
          <MomentView key={moment.kontrollmomentId} moment={moment} {...props} />
        ))
      )}
    </section>
  );
}

function MomentView(props: MomentProps & { moment: Kontrollmoment }) {
  const directory = useDirectory();
  const { moment, plan } = props;
  const focused = props.focus?.kontrollmomentId === moment.kontrollmomentId;
  const here = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) here.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const results = plan.results.filter((r) => r.kontrollmomentId === moment.kontrollmomentId);
  const atgarder = plan.atgarder.filter((a) => a.kontrollmomentId === moment.kontrollmomentId);
  const recorded = new Set(results.map((r) => r.period));
  const open = begunPeriods(moment.frekvens, plan.year).filter((p) => !recorded.has(p));
  return (
    <div className="ik-moment" ref={here}>
      <h4>Kontrollmoment: {moment.vad}</h4>
      <dl className="ik-dl">
        <dt>Vad</dt>
        <dd>{moment.vad}</dd>
        <dt>Hur</dt>
        <dd>{moment.hur}</dd>
        <dt>Vem</dt>
        <dd>{moment.vem}</dd>
        <dt>Hur ofta</dt>
        <dd>{FREKVENS_LABELS[moment.frekvens] ?? moment.frekvens}</dd>
        {moment.changesAdoptedPlan && (
          <>
            <dt>Ändring</dt>
            <dd className="ik-changed">Tillagt efter fastställandet</dd>
          </>
        )}
      </dl>
      {results.length === 0 ? (
        <p className="muted">Inga resultat rapporterade.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`Resultat: ${moment.vad}`}>
          <table>
            <caption>Resultat</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Resultat</th>
                <th scope="col">Beskrivning</th>
                <th scope="col">Rapporterat</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.period}>
                  <th scope="row">{kontrollPeriodLabel(r.period)}</th>
                  <td>
                    <StatusBadge colour={r.resultat === 'avvikelse' ? 'red' : 'green'}>
                      {KONTROLLRESULTAT_LABELS[r.resultat] ?? r.resultat}
                    </StatusBadge>
                  </td>
                  <td className="kommentar-cell">{r.beskrivning ?? '–'}</td>
                  <td>
                    {dateLabel(r.recordedOn)}, {directory.personName(r.recordedBy)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {atgarder.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`Åtgärder: ${moment.vad}`}>
          <table>
            <caption>Åtgärder</caption>
            <thead>
              <tr>
                <th scope="col">Åtgärd</th>
                <th scope="col">Avvikelse</th>
                <th scope="col">Ansvarig</th>
                <th scope="col">Klar senast</th>
                <th scope="col">Status</th>
                <th scope="col">Kommentar</th>
              </tr>
            </thead>
            <tbody>
              {atgarder.map((a) => (
                <tr key={a.atgardId}>
                  <th scope="row">{a.text}</th>
                  <td>{kontrollPeriodLabel(a.period)}</td>
                  <td>{directory.personName(a.ansvarigPersonId)}</td>
                  <td>{dateLabel(a.dueDate)}</td>
                  <td>
                    <StatusBadge colour={ATGARD_COLOURS[a.status] ?? 'grey'}>
                      {ATGARD_STATUS_LABELS[a.status] ?? a.status}
                    </StatusBadge>
                  </td>
                  <td className="kommentar-cell">{a.kommentar ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.report && plan.adoptedOn && (
        <>
          {open.length > 0 && (
            <RecordResultForm
              plan={props.planRef}
              kontrollmomentId={moment.kontrollmomentId}
              vad={moment.vad}
              periods={open.map((p) => ({ value: p, label: kontrollPeriodLabel(p) }))}
              open={focused}
              period={focused ? props.focus?.period : null}
            />
          )}
          {results
            .filter((r) => r.resultat === 'avvikelse')
            .map((r) => (
              <AddAtgardForm
                key={r.period}
                plan={props.planRef}
                organId={plan.organId}
                kontrollmomentId={moment.kontrollmomentId}
                period={r.period}
                periodLabel={kontrollPeriodLabel(r.period)}
                hasAtgard={atgarder.some((a) => a.period === r.period)}
              />
            ))}
          {atgarder
            .filter((a) => a.status !== 'klar')
            .map((a) => (
              <AtgardStatusForm
                key={a.atgardId}
                plan={props.planRef}
                atgardId={a.atgardId}
                text={a.text}
                status={a.status}
              />
            ))}
        </>
      )}
    </div>
  );
}
