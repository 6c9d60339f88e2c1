/**
 * Register, one delmål (/register/delmal/:id): change an indikator's målvärde, correct an utfall,
 * record or correct the nämnd's bedömning for a tertial, close the delmål. The nämnd's secretary
 * maintains the delmål; its officers may also correct utfall and assess (the domain's policy). The
 * original of every correction stays in the log, so a reason is asked for.
 */
import { useId, useState } from 'react';
import { may } from '../access';
import { useDirectory } from '../directory';
import { BEDOMNING_COLOURS, BEDOMNING_LABELS, periodLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, StatusBadge } from '../ui';
import { type DelmalView, type IndikatorView } from '../wire';
import { RIKTNING_LABELS } from './register-delmal';
import {
  EditForm,
  EditNotices,
  type Editable,
  errorFor,
  Field,
  invalid,
  numberOrText,
  useEditable,
  useSubmit,
} from './register-fields';

const ASSESSED = ['helt', 'delvis', 'inte'] as const;

const number = (value: number | null) => (value === null ? 'saknas' : value.toLocaleString('sv-SE'));

export function RegisterDelmal({ delmalId, user }: { delmalId: string; user: SessionUser }) {
  const directory = useDirectory();
  const item = useEditable<DelmalView>(`/api/delmal/${encodeURIComponent(delmalId)}`);
  const delmal = item.current?.body;
  const maintain = !!delmal && !delmal.closed && may.maintainDelmal(user, delmal);
  const report = !!delmal && !delmal.closed && may.reportOnDelmal(user, delmal);
  return (
    <>
      <PageTitle>Ändra delmål</PageTitle>
      <ErrorMessage error={item.loadError} />
      {!delmal && !item.loadError && <Loading />}
      {delmal && (
        <>
          <p className="lead">{delmal.text}</p>
          <p className="muted">
            {directory.organName(delmal.organId)} · planår {delmal.planYear} · regionmål:{' '}
            {delmal.regionmal.namn}
            {delmal.closed && ' · avslutat'}
            {delmal.closingComment && ` – ${delmal.closingComment}`}
          </p>
          <p className="link-row">
            <Link href={`/delmal/${encodeURIComponent(delmal.delmalId)}/historik`}>
              Se delmålets historik
            </Link>
            <Link href="/register">Tillbaka till Register</Link>
          </p>
          <EditNotices item={item} what="delmålet" />
          {!report && !maintain && (
            <p className="muted">
              {delmal.closed
                ? 'Delmålet är avslutat och kan inte ändras.'
                : 'Delmålet ändras av nämndens sekreterare; utfall och bedömning även av nämndens tjänstepersoner.'}
            </p>
          )}
          {delmal.indikatorer.map((indikator) => (
            <section
              key={indikator.indikatorId}
              className="card"
              aria-labelledby={`ind-${indikator.indikatorId}`}
            >
              <h2 id={`ind-${indikator.indikatorId}`}>{indikator.namn}</h2>
              <p className="small">
                {indikator.enhet && <>{indikator.enhet} · </>}
                {RIKTNING_LABELS[indikator.riktning] ?? indikator.riktning} · målvärde{' '}
                {number(indikator.malvarde)}
              </p>
              {indikator.utfall.length > 0 && (
                <ul className="small">
                  {indikator.utfall.map((u) => (
                    <li key={u.period}>
                      {periodLabel(u.period)}: {u.utfall === null ? 'svar saknas' : number(u.utfall)}{' '}
                      <StatusBadge colour={BEDOMNING_COLOURS[u.bedomning] ?? 'grey'}>
                        {BEDOMNING_LABELS[u.bedomning] ?? u.bedomning}
                      </StatusBadge>
                    </li>
                  ))}
                </ul>
              )}
              {maintain && <MalvardeForm item={item} indikator={indikator} />}
              {report && indikator.utfall.length > 0 && (
                <CorrectUtfallForm item={item} indikator={indikator} />
              )}
            </section>
          ))}
          <section className="card" aria-labelledby="bedomningar">
            <h2 id="bedomningar">Nämndens bedömning</h2>
            {delmal.assessments.length === 0 ? (
              <p>Ingen bedömning ännu.</p>
            ) : (
              <ul className="plain-list">
                {delmal.assessments.map((a) => (
                  <li key={a.period}>
                    <strong>{periodLabel(a.period)}</strong>{' '}
                    <StatusBadge colour={BEDOMNING_COLOURS[a.bedomning] ?? 'grey'}>
                      {BEDOMNING_LABELS[a.bedomning] ?? a.bedomning}
                    </StatusBadge>{' '}
                    · prognos för året: {BEDOMNING_LABELS[a.prognos] ?? a.prognos}
                    <p className="kommentar">{a.kommentar}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {report && <AssessForm item={item} delmal={delmal} />}
          {maintain && <CloseForm item={item} />}
        </>
      )}
    </>
  );
}

function MalvardeForm({ item, indikator }: { item: Editable<DelmalView>; indikator: IndikatorView }) {
  const ids = useId();
  const [malvarde, setMalvarde] = useState(indikator.malvarde === null ? '' : String(indikator.malvarde));
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = { malvarde: errorFor(error, 'malvarde'), reason: errorFor(error, 'reason') };
  const send = () =>
    item.send(
      `/indikatorer/${encodeURIComponent(indikator.indikatorId)}/malvarde`,
      { malvarde: numberOrText(malvarde), reason },
      `Målvärdet för ${indikator.namn} är ändrat.`,
    );
  return (
    <EditForm
      ids={ids}
      level={3}
      title="Ändra målvärde"
      label={`Ändra målvärde för ${indikator.namn}`}
      error={error}
      busy={busy}
      onSubmit={submit(send, () => setReason(''))}
    >
      <Field id={`${ids}-malvarde`} label="Nytt målvärde, tomt om det saknas" error={err.malvarde}>
        <input
          id={`${ids}-malvarde`}
          type="text"
          inputMode="decimal"
          value={malvarde}
          onChange={(e) => setMalvarde(e.target.value)}
          {...invalid(`${ids}-malvarde`, err.malvarde)}
        />
      </Field>
      <Field id={`${ids}-reason`} label="Skäl till ändringen" error={err.reason}>
        <input
          id={`${ids}-reason`}
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalid(`${ids}-reason`, err.reason)}
        />
      </Field>
    </EditForm>
  );
}

function CorrectUtfallForm({ item, indikator }: { item: Editable<DelmalView>; indikator: IndikatorView }) {
  const ids = useId();
  const [period, setPeriod] = useState(indikator.utfall.at(-1)?.period ?? '');
  const [utfall, setUtfall] = useState('');
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = {
    period: errorFor(error, 'period'),
    utfall: errorFor(error, 'utfall'),
    reason: errorFor(error, 'reason'),
  };
  const send = () =>
    item.send(
      `/indikatorer/${encodeURIComponent(indikator.indikatorId)}/utfall/${encodeURIComponent(period)}/corrections`,
      { utfall: numberOrText(utfall), reason },
      `Utfallet för ${indikator.namn}, ${periodLabel(period)}, är rättat.`,
    );
  const reset = () => {
    setUtfall('');
    setReason('');
  };
  return (
    <EditForm
      ids={ids}
      level={3}
      title="Rätta ett utfall"
      label={`Rätta utfall för ${indikator.namn}`}
      error={error}
      busy={busy}
      onSubmit={submit(send, reset)}
    >
      <Field id={`${ids}-period`} label="Period" error={err.period}>
        <select
          id={`${ids}-period`}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          {...invalid(`${ids}-period`, err.period)}
        >
          {indikator.utfall.map((u) => (
            <option key={u.period} value={u.period}>
              {periodLabel(u.period)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${ids}-utfall`}
        label={`Rätt utfall${indikator.enhet ? ` (${indikator.enhet})` : ''}, tomt om svar saknas`}
        error={err.utfall}
      >
        <input
          id={`${ids}-utfall`}
          type="text"
          inputMode="decimal"
          value={utfall}
          onChange={(e) => setUtfall(e.target.value)}
          {...invalid(`${ids}-utfall`, err.utfall)}
        />
      </Field>
      <Field id={`${ids}-reason`} label="Skäl till rättelsen" error={err.reason} wide>
        <input
          id={`${ids}-reason`}
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalid(`${ids}-reason`, err.reason)}
        />
      </Field>
    </EditForm>
  );
}

function AssessForm({ item, delmal }: { item: Editable<DelmalView>; delmal: DelmalView }) {
  const ids = useId();
  const periods = [1, 2, 3].map((t) => `${delmal.planYear}-T${t}`);
  const [period, setPeriod] = useState(
    periods.find((p) => !delmal.assessments.some((a) => a.period === p)) ?? periods.at(-1)!,
  );
  const [bedomning, setBedomning] = useState('');
  const [prognos, setPrognos] = useState('');
  const [kommentar, setKommentar] = useState('');
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit();
  const correcting = delmal.assessments.some((a) => a.period === period);
  const err = {
    period: errorFor(error, 'period'),
    bedomning: errorFor(error, 'bedomning'),
    prognos: errorFor(error, 'prognos'),
    kommentar: errorFor(error, 'kommentar'),
    reason: errorFor(error, 'reason'),
  };
  const body = { bedomning: bedomning || null, prognos: prognos || null, kommentar };
  const send = () =>
    correcting
      ? item.send(
          `/assessments/${encodeURIComponent(period)}/corrections`,
          { ...body, reason },
          `Bedömningen för ${periodLabel(period)} är rättad.`,
        )
      : item.send('/assessments', { ...body, period }, `Bedömningen för ${periodLabel(period)} är sparad.`);
  const reset = () => {
    setKommentar('');
    setReason('');
  };
  return (
    <EditForm
      ids={ids}
      title={correcting ? 'Rätta bedömningen' : 'Bedöm delmålet'}
      submitLabel={correcting ? 'Rätta bedömningen' : 'Spara bedömningen'}
      error={error}
      busy={busy}
      onSubmit={submit(send, reset)}
    >
      <Field id={`${ids}-period`} label="Tertial" error={err.period}>
        <select
          id={`${ids}-period`}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          {...invalid(`${ids}-period`, err.period)}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
              {delmal.assessments.some((a) => a.period === p) ? ' (bedömd)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-prognos`} label="Prognos för helåret" error={err.prognos}>
        <select
          id={`${ids}-prognos`}
          value={prognos}
          onChange={(e) => setPrognos(e.target.value)}
          {...invalid(`${ids}-prognos`, err.prognos)}
        >
          <option value="">Välj prognos</option>
          {ASSESSED.map((b) => (
            <option key={b} value={b}>
              {BEDOMNING_LABELS[b]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset
        className="field wide"
        aria-invalid={!!err.bedomning}
        aria-describedby={err.bedomning ? `${ids}-bedomning-fel` : undefined}
      >
        <legend>Bedömning för tertialet</legend>
        {ASSESSED.map((b) => (
          <label key={b} className="radio">
            <input
              type="radio"
              name={`${ids}-bedomning`}
              value={b}
              checked={bedomning === b}
              onChange={() => setBedomning(b)}
            />
            {BEDOMNING_LABELS[b]}
          </label>
        ))}
        {err.bedomning && (
          <p className="field-error" id={`${ids}-bedomning-fel`}>
            {err.bedomning}
          </p>
        )}
      </fieldset>
      <Field
        id={`${ids}-kommentar`}
        label="Kommentar: vad bedömningen grundar sig på"
        error={err.kommentar}
        wide
      >
        <textarea
          id={`${ids}-kommentar`}
          rows={3}
          value={kommentar}
          onChange={(e) => setKommentar(e.target.value)}
          {...invalid(`${ids}-kommentar`, err.kommentar)}
        />
      </Field>
      {correcting && (
        <Field id={`${ids}-reason`} label="Skäl till rättelsen" error={err.reason} wide>
          <input
            id={`${ids}-reason`}
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...invalid(`${ids}-reason`, err.reason)}
          />
        </Field>
      )}
    </EditForm>
  );
}

function CloseForm({ item }: { item: Editable<DelmalView> }) {
  const ids = useId();
  const [kommentar, setKommentar] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = errorFor(error, 'kommentar');
  const send = () => item.send('/close', { kommentar: kommentar.trim() || null }, 'Delmålet är avslutat.');
  return (
    <EditForm ids={ids} title="Avsluta delmålet" error={error} busy={busy} onSubmit={submit(send)}>
      <Field id={`${ids}-kommentar`} label="Kommentar (valfri)" error={err} wide>
        <textarea
          id={`${ids}-kommentar`}
          rows={2}
          value={kommentar}
          onChange={(e) => setKommentar(e.target.value)}
          {...invalid(`${ids}-kommentar`, err)}
        />
      </Field>
    </EditForm>
  );
}
