/**
 * Register, one uppdrag (/register/uppdrag/:id): change its ansvarig or periodicitet, extend its
 * slutdatum, close or withdraw it. Offered to whom the domain's policy lets maintain it (the secretary
 * of the giving or a receiving organ, the regiondirektör); the API's refusals are shown by field, and a
 * write overtaken by someone else's is said with a way to read the uppdrag again.
 */
import { useId, useState } from 'react';
import { mayActOnUppdrag } from '@sparbar/domain/shared-with-web';
import { getJson } from '../api';
import { useDirectory } from '../directory';
import { dateLabel, PERIODICITET_LABELS } from '../format';
import { Link, navigate } from '../router';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';
import { type UppdragList, type UppdragView } from '../wire';
import {
  EditForm,
  EditNotices,
  type Editable,
  errorFor,
  Field,
  invalid,
  useEditable,
  useSubmit,
} from './register-fields';

const LIFECYCLE_LABELS: Record<string, string> = {
  aktivt: 'Pågår',
  avslutat: 'Avslutat',
  aterkallat: 'Återkallat',
};

function mayMaintain(user: SessionUser, uppdrag: UppdragView): boolean {
  return mayActOnUppdrag(user, 'maintain', {
    givenBy: uppdrag.origin.givenBy,
    riktasTill: uppdrag.riktasTill,
    ansvarigPersonId: uppdrag.ansvarigPersonId,
  });
}

export function RegisterUppdrag({ uppdragId, user }: { uppdragId: string; user: SessionUser }) {
  const directory = useDirectory();
  const item = useEditable<UppdragView>(`/api/uppdrag/${encodeURIComponent(uppdragId)}`);
  const uppdrag = item.current?.body;
  const open = uppdrag?.lifecycle === 'aktivt';
  return (
    <>
      <PageTitle>Ändra uppdrag</PageTitle>
      <ErrorMessage error={item.loadError} />
      {!uppdrag && !item.loadError && <Loading />}
      {uppdrag && (
        <>
          <p className="lead">{uppdrag.text}</p>
          <dl className="facts card">
            <dt>Ansvarig</dt>
            <dd>{directory.personName(uppdrag.ansvarigPersonId)}</dd>
            <dt>Periodicitet</dt>
            <dd>{PERIODICITET_LABELS[uppdrag.periodicitet] ?? uppdrag.periodicitet}</dd>
            <dt>Slutdatum</dt>
            <dd>{dateLabel(uppdrag.slutdatum)}</dd>
            <dt>Riktas till</dt>
            <dd>{uppdrag.riktasTill.map((id) => directory.organName(id)).join(', ')}</dd>
            <dt>Läge</dt>
            <dd>
              {LIFECYCLE_LABELS[uppdrag.lifecycle] ?? uppdrag.lifecycle}
              {uppdrag.endedOn && <> {dateLabel(uppdrag.endedOn)}</>}
              {uppdrag.endComment && <> – {uppdrag.endComment}</>}
            </dd>
          </dl>
          <p className="link-row">
            <Link href={`/uppdrag/${encodeURIComponent(uppdrag.uppdragId)}/historik`}>
              Se uppdragets historik
            </Link>
            <Link href="/register">Tillbaka till Register</Link>
          </p>
          <EditNotices item={item} what="uppdraget" />
          {!mayMaintain(user, uppdrag) ? (
            <p className="muted">
              Uppdraget ändras av sekreteraren i det organ som gav eller fick det, eller av regiondirektören.
            </p>
          ) : !open ? (
            <p className="muted">Uppdraget är inte längre aktivt och kan inte ändras.</p>
          ) : (
            <UppdragForms item={item} uppdrag={uppdrag} />
          )}
        </>
      )}
    </>
  );
}

function UppdragForms({ item, uppdrag }: { item: Editable<UppdragView>; uppdrag: UppdragView }) {
  return (
    <>
      <AnsvarigForm item={item} uppdrag={uppdrag} />
      <PeriodicitetForm item={item} uppdrag={uppdrag} />
      <SlutdatumForm item={item} uppdrag={uppdrag} />
      <CloseForm item={item} />
      <WithdrawForm item={item} />
    </>
  );
}

interface FormProps {
  item: Editable<UppdragView>;
  uppdrag: UppdragView;
}

function AnsvarigForm({ item, uppdrag }: FormProps) {
  const ids = useId();
  const directory = useDirectory();
  const officers = directory.persons.filter((p) => p.active && p.roles.includes('officer'));
  const [person, setPerson] = useState(uppdrag.ansvarigPersonId);
  const { error, busy, submit } = useSubmit();
  const err = errorFor(error, 'ansvarigPersonId');
  const send = () =>
    item.send('/ansvarig', { ansvarigPersonId: person }, `${directory.personName(person)} är nu ansvarig.`);
  return (
    <EditForm ids={ids} title="Byt ansvarig" error={error} busy={busy} onSubmit={submit(send)}>
      <Field id={`${ids}-person`} label="Ansvarig tjänsteperson" error={err}>
        <select
          id={`${ids}-person`}
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          {...invalid(`${ids}-person`, err)}
        >
          {officers.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.namn} ({directory.organName(p.organId)})
            </option>
          ))}
        </select>
      </Field>
    </EditForm>
  );
}

function PeriodicitetForm({ item, uppdrag }: FormProps) {
  const ids = useId();
  const [periodicitet, setPeriodicitet] = useState<string>(uppdrag.periodicitet);
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = { periodicitet: errorFor(error, 'periodicitet'), reason: errorFor(error, 'reason') };
  const label = PERIODICITET_LABELS[periodicitet]?.toLowerCase() ?? periodicitet;
  const send = () =>
    item.send(
      '/periodicitet',
      { periodicitet, reason: reason.trim() || null },
      `Periodiciteten är nu ${label}.`,
    );
  return (
    <EditForm
      ids={ids}
      title="Ändra periodicitet"
      error={error}
      busy={busy}
      onSubmit={submit(send, () => setReason(''))}
    >
      <Field id={`${ids}-periodicitet`} label="Periodicitet" error={err.periodicitet}>
        <select
          id={`${ids}-periodicitet`}
          value={periodicitet}
          onChange={(e) => setPeriodicitet(e.target.value)}
          {...invalid(`${ids}-periodicitet`, err.periodicitet)}
        >
          {Object.entries(PERIODICITET_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-reason`} label="Skäl (valfritt)" error={err.reason}>
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

function SlutdatumForm({ item, uppdrag }: FormProps) {
  const ids = useId();
  const [slutdatum, setSlutdatum] = useState(uppdrag.slutdatum);
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = { slutdatum: errorFor(error, 'slutdatum'), reason: errorFor(error, 'reason') };
  const send = () =>
    item.send('/slutdatum', { slutdatum, reason }, `Slutdatum är förlängt till ${dateLabel(slutdatum)}.`);
  return (
    <EditForm
      ids={ids}
      title="Förläng slutdatum"
      error={error}
      busy={busy}
      onSubmit={submit(send, () => setReason(''))}
    >
      <Field id={`${ids}-slutdatum`} label="Nytt slutdatum" error={err.slutdatum}>
        <input
          id={`${ids}-slutdatum`}
          type="date"
          value={slutdatum}
          onChange={(e) => setSlutdatum(e.target.value)}
          {...invalid(`${ids}-slutdatum`, err.slutdatum)}
        />
      </Field>
      <Field id={`${ids}-reason`} label="Skäl till förlängningen" error={err.reason} wide>
        <textarea
          id={`${ids}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalid(`${ids}-reason`, err.reason)}
        />
      </Field>
    </EditForm>
  );
}

function CloseForm({ item }: { item: Editable<UppdragView> }) {
  const ids = useId();
  const [kommentar, setKommentar] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = errorFor(error, 'kommentar');
  const send = () => item.send('/close', { kommentar }, 'Uppdraget är avslutat.');
  return (
    <EditForm ids={ids} title="Avsluta uppdraget" error={error} busy={busy} onSubmit={submit(send)}>
      <Field id={`${ids}-kommentar`} label="Slutkommentar: vad som blev gjort" error={err} wide>
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

function WithdrawForm({ item }: { item: Editable<UppdragView> }) {
  const ids = useId();
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = errorFor(error, 'reason');
  const send = () => item.send('/withdraw', { reason }, 'Uppdraget är återkallat.');
  return (
    <EditForm ids={ids} title="Återkalla uppdraget" error={error} busy={busy} onSubmit={submit(send)}>
      <Field id={`${ids}-reason`} label="Skäl: varför uppdraget inte längre är aktuellt" error={err} wide>
        <textarea
          id={`${ids}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalid(`${ids}-reason`, err)}
        />
      </Field>
    </EditForm>
  );
}

/** Open uppdrag of the person's organ (all, for the regiondirektör), to open one for change. */
export function ChooseUppdrag({ user }: { user: SessionUser }) {
  const ids = useId();
  const [chosen, setChosen] = useState('');
  const organ = user.roles.includes('regiondirektor') ? undefined : (user.organId ?? undefined);
  const list = useAsync(
    () => getJson<UppdragList>('/api/uppdrag', { organ, status: 'open', limit: 1000 }).then((l) => l.items),
    organ ?? 'alla',
  );
  return (
    <form
      className="card filters"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(`/register/uppdrag/${encodeURIComponent(chosen)}`);
      }}
      aria-labelledby={`${ids}-rubrik`}
    >
      <h2 id={`${ids}-rubrik`} className="filters-title">
        Ändra ett uppdrag
      </h2>
      <ErrorMessage error={list.error} />
      <div className="field">
        <label htmlFor={`${ids}-uppdrag`}>Uppdrag</label>
        <select id={`${ids}-uppdrag`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{list.data?.length ? 'Välj uppdrag' : 'Inga aktiva uppdrag'}</option>
          {(list.data ?? []).map((u) => (
            <option key={u.uppdragId} value={u.uppdragId}>
              {u.text}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-button">
        <button type="submit" className="button" disabled={!chosen}>
          Öppna uppdraget
        </button>
      </div>
    </form>
  );
}
