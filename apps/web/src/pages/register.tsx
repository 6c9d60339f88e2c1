/**
 * Register (secretaries and the regiondirektör): a new uppdrag from a decision. The API decides whether
 * this person may register it (their organ gives or receives it); its field errors are shown by field.
 */
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, postJson } from '../api';
import { useDirectory } from '../directory';
import { fullmaktigeOrgan } from '../organisation-words';
import { PERIODICITET_LABELS } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { asApiError, ErrorMessage, PageTitle } from '../ui';
import { type UppdragView } from '../wire';
import { DelmalRegister } from './register-delmal';
import { ChooseUppdrag } from './register-uppdrag';

export function Register({ user }: { user: SessionUser }) {
  const directory = useDirectory();
  const ids = useId();
  const year = new Date().getFullYear();
  const [form, setForm] = useState({
    text: '',
    beskrivning: '',
    riktasTill: user.organId ? [user.organId] : [],
    samordnare: '',
    periodicitet: 'tertial',
    slutdatum: `${year}-12-31`,
    ansvarigPersonId: '',
    // Empty: the organisation's fullmäktige, once the register is read (`givenBy` below).
    givenBy: '',
    diarienummer: '',
    beslutsdatum: '',
    planYear: String(year),
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<UppdragView | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const fieldError = (...fields: string[]) =>
    error?.errors.find((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}[`)))?.reason;

  const fullmaktige = fullmaktigeOrgan(directory.organs);
  const givenBy = form.givenBy || fullmaktige;
  /** Fullmäktige gives uppdrag; it is never among those they are directed to. */
  const receives = (organId: string) =>
    directory.organs.some((o) => o.organId === organId && o.active && o.organId !== fullmaktige);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { body } = await postJson<UppdragView>('/api/uppdrag', {
        text: form.text,
        beskrivning: form.beskrivning || null,
        riktasTill: form.riktasTill.filter(receives),
        samordnare: form.samordnare || null,
        periodicitet: form.periodicitet,
        slutdatum: form.slutdatum,
        ansvarigPersonId: form.ansvarigPersonId,
        origin: {
          givenBy,
          kind: givenBy === fullmaktige ? 'fullmaktige' : 'namnd',
          planYear: Number(form.planYear),
          diarienummer: form.diarienummer || null,
          beslutsdatum: form.beslutsdatum || null,
        },
      });
      setCreated(body);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <>
        <PageTitle>Register</PageTitle>
        <div className="alert alert-success" role="status">
          <p>Uppdraget ”{created.text}” är registrerat.</p>
        </div>
        <p className="link-row">
          <Link href={`/uppdrag/${encodeURIComponent(created.uppdragId)}/historik`}>
            Se uppdragets historik
          </Link>
          <button type="button" className="link-button" onClick={() => setCreated(null)}>
            Registrera ett till
          </button>
        </p>
        <DelmalRegister user={user} />
      </>
    );
  }

  const officers = directory.persons.filter((p) => p.active && p.roles.includes('officer'));
  const organs = directory.organs.filter((o) => o.active);
  return (
    <>
      <PageTitle>Register</PageTitle>
      <p className="lead">
        Registrera ett uppdrag från fullmäktiges eller en nämnds beslut, och nämndens delmål.
      </p>
      <ChooseUppdrag user={user} />
      <h2 id="nytt-uppdrag">Nytt uppdrag</h2>
      <form
        className="card form-grid"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="nytt-uppdrag"
      >
        <ErrorMessage error={error} />
        <div className="field wide">
          <label htmlFor={`${ids}-text`}>Uppdrag</label>
          <textarea
            id={`${ids}-text`}
            rows={3}
            value={form.text}
            onChange={(e) => set('text')(e.target.value)}
            aria-invalid={!!fieldError('text')}
          />
          {fieldError('text') && <p className="field-error">{fieldError('text')}</p>}
        </div>
        <div className="field wide">
          <label htmlFor={`${ids}-beskrivning`}>Beskrivning (valfri)</label>
          <textarea
            id={`${ids}-beskrivning`}
            rows={2}
            value={form.beskrivning}
            onChange={(e) => set('beskrivning')(e.target.value)}
          />
        </div>
        <fieldset className="field wide checkbox-grid" aria-invalid={!!fieldError('riktasTill')}>
          <legend>Riktas till</legend>
          {organs
            .filter((o) => o.organId !== fullmaktige)
            .map((o) => (
              <label key={o.organId} className="radio">
                <input
                  type="checkbox"
                  checked={form.riktasTill.includes(o.organId)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      riktasTill: e.target.checked
                        ? [...form.riktasTill, o.organId]
                        : form.riktasTill.filter((id) => id !== o.organId),
                    })
                  }
                />
                {o.namn}
              </label>
            ))}
          {fieldError('riktasTill') && <p className="field-error">{fieldError('riktasTill')}</p>}
        </fieldset>
        <div className="field">
          <label htmlFor={`${ids}-samordnare`}>Samordnande organ (valfritt)</label>
          <select
            id={`${ids}-samordnare`}
            value={form.samordnare}
            onChange={(e) => set('samordnare')(e.target.value)}
          >
            <option value="">Inget</option>
            {form.riktasTill.map((id) => (
              <option key={id} value={id}>
                {directory.organName(id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-periodicitet`}>Periodicitet</label>
          <select
            id={`${ids}-periodicitet`}
            value={form.periodicitet}
            onChange={(e) => set('periodicitet')(e.target.value)}
          >
            {Object.entries(PERIODICITET_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-slutdatum`}>Slutdatum</label>
          <input
            id={`${ids}-slutdatum`}
            type="date"
            value={form.slutdatum}
            onChange={(e) => set('slutdatum')(e.target.value)}
            aria-invalid={!!fieldError('slutdatum')}
          />
          {fieldError('slutdatum') && <p className="field-error">{fieldError('slutdatum')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-ansvarig`}>Ansvarig tjänsteperson</label>
          <select
            id={`${ids}-ansvarig`}
            value={form.ansvarigPersonId}
            onChange={(e) => set('ansvarigPersonId')(e.target.value)}
            aria-invalid={!!fieldError('ansvarigPersonId')}
          >
            <option value="">Välj person</option>
            {officers.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.namn} ({directory.organName(p.organId)})
              </option>
            ))}
          </select>
          {fieldError('ansvarigPersonId') && <p className="field-error">{fieldError('ansvarigPersonId')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-givenBy`}>Beslutat av</label>
          <select id={`${ids}-givenBy`} value={givenBy} onChange={(e) => set('givenBy')(e.target.value)}>
            {organs.map((o) => (
              <option key={o.organId} value={o.organId}>
                {o.namn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-planYear`}>Planår</label>
          <input
            id={`${ids}-planYear`}
            type="number"
            inputMode="numeric"
            value={form.planYear}
            onChange={(e) => set('planYear')(e.target.value)}
            aria-invalid={!!fieldError('origin.planYear')}
          />
          {fieldError('origin.planYear') && <p className="field-error">{fieldError('origin.planYear')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-diarienummer`}>Diarienummer (valfritt)</label>
          <input
            id={`${ids}-diarienummer`}
            type="text"
            value={form.diarienummer}
            onChange={(e) => set('diarienummer')(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-beslutsdatum`}>Beslutsdatum (valfritt)</label>
          <input
            id={`${ids}-beslutsdatum`}
            type="date"
            value={form.beslutsdatum}
            onChange={(e) => set('beslutsdatum')(e.target.value)}
          />
        </div>
        <div className="wide">
          <button type="submit" className="button primary" disabled={busy}>
            Registrera uppdraget
          </button>
        </div>
      </form>
      <DelmalRegister user={user} />
    </>
  );
}
