/**
 * Following the adopted plan, for the nämnd's secretary and officers: record a kontrollmoment's result
 * for a period (an avvikelse needs a beskrivning), add an åtgärd to an avvikelse, and move an åtgärd
 * planerad → pågår → klar. Each form sends the plan's ETag and shows the API's refusal by field.
 */
import { useId, useState } from 'react';
import { useDirectory } from '../directory';
import {
  ATGARD_STATUS_LABELS,
  ATGARD_STATUSES,
  KONTROLLRESULTAT,
  KONTROLLRESULTAT_LABELS,
} from '@sparbar/domain/shared-with-web';
import { CommandForm, newId, type PlanRef, useCommand } from './internkontroll-forms';
import { Field, invalid } from './register-fields';

export function RecordResultForm(props: {
  plan: PlanRef;
  kontrollmomentId: string;
  vad: string;
  periods: { value: string; label: string }[];
  /** Opened at a reminder's link, with its period chosen when it is still open. */
  open?: boolean;
  period?: string | null;
}) {
  const ids = useId();
  const command = useCommand(props.plan);
  const asked = props.periods.some((p) => p.value === props.period) ? props.period! : '';
  const [period, setPeriod] = useState(asked);
  const [resultat, setResultat] = useState('');
  const [beskrivning, setBeskrivning] = useState('');
  const chosen = period || props.periods.at(-1)?.value || '';
  const submit = async () => {
    const ok = await command.send(
      `${props.plan.base}/results`,
      {
        kontrollmomentId: props.kontrollmomentId,
        period: chosen,
        resultat,
        beskrivning: beskrivning.trim() || null,
      },
      'Resultatet är rapporterat.',
    );
    if (ok) {
      setResultat('');
      setBeskrivning('');
    }
  };
  const resultatError = command.fieldError('resultat');
  return (
    <CommandForm
      title={`Rapportera resultat: ${props.vad}`}
      collapsed={!props.open}
      command={command}
      button="Rapportera resultatet"
      onSubmit={() => void submit()}
    >
      <Field id={`${ids}-period`} label="Period" error={command.fieldError('period')}>
        <select
          id={`${ids}-period`}
          value={chosen}
          onChange={(e) => setPeriod(e.target.value)}
          {...invalid(`${ids}-period`, command.fieldError('period'))}
        >
          {props.periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="field" aria-describedby={resultatError ? `${ids}-res-fel` : undefined}>
        <legend>Resultat</legend>
        {KONTROLLRESULTAT.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${ids}-resultat`}
              value={value}
              checked={resultat === value}
              onChange={() => setResultat(value)}
              aria-invalid={!!resultatError}
            />
            {KONTROLLRESULTAT_LABELS[value]}
          </label>
        ))}
        {resultatError && (
          <p className="field-error" id={`${ids}-res-fel`}>
            {resultatError}
          </p>
        )}
      </fieldset>
      <Field
        id={`${ids}-beskrivning`}
        label="Beskrivning (krävs vid avvikelse)"
        error={command.fieldError('beskrivning')}
        wide
      >
        <textarea
          id={`${ids}-beskrivning`}
          rows={2}
          value={beskrivning}
          onChange={(e) => setBeskrivning(e.target.value)}
          {...invalid(`${ids}-beskrivning`, command.fieldError('beskrivning'))}
        />
      </Field>
    </CommandForm>
  );
}

export function AddAtgardForm(props: {
  plan: PlanRef;
  organId: string;
  kontrollmomentId: string;
  period: string;
  periodLabel: string;
  /** Whether the avvikelse has an åtgärd already: then another is offered closed. */
  hasAtgard: boolean;
}) {
  const ids = useId();
  const directory = useDirectory();
  const command = useCommand(props.plan);
  // Decided once: the form does not close under the person who just added an åtgärd with it.
  const [startClosed] = useState(props.hasAtgard);
  const empty = { text: '', ansvarigPersonId: '', dueDate: '' };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const own = directory.persons.filter((p) => p.active && p.organId === props.organId);
  const persons = own.length > 0 ? own : directory.persons.filter((p) => p.active);
  const submit = async () => {
    const ok = await command.send(
      `${props.plan.base}/atgarder`,
      {
        atgardId: newId('atgard', form.text),
        kontrollmomentId: props.kontrollmomentId,
        period: props.period,
        text: form.text,
        ansvarigPersonId: form.ansvarigPersonId,
        dueDate: form.dueDate,
      },
      'Åtgärden är tillagd.',
    );
    if (ok) setForm(empty);
  };
  return (
    <CommandForm
      title={`Ny åtgärd för avvikelsen ${props.periodLabel}`}
      collapsed={startClosed}
      command={command}
      button="Lägg till åtgärden"
      onSubmit={() => void submit()}
    >
      <Field id={`${ids}-text`} label="Åtgärd" error={command.fieldError('text')} wide>
        <input
          id={`${ids}-text`}
          type="text"
          value={form.text}
          onChange={(e) => set('text')(e.target.value)}
          {...invalid(`${ids}-text`, command.fieldError('text'))}
        />
      </Field>
      <Field id={`${ids}-ansvarig`} label="Ansvarig" error={command.fieldError('ansvarigPersonId')}>
        <select
          id={`${ids}-ansvarig`}
          value={form.ansvarigPersonId}
          onChange={(e) => set('ansvarigPersonId')(e.target.value)}
          {...invalid(`${ids}-ansvarig`, command.fieldError('ansvarigPersonId'))}
        >
          <option value="">Välj person</option>
          {persons.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.namn}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-due`} label="Klar senast" error={command.fieldError('dueDate')}>
        <input
          id={`${ids}-due`}
          type="date"
          value={form.dueDate}
          onChange={(e) => set('dueDate')(e.target.value)}
          {...invalid(`${ids}-due`, command.fieldError('dueDate'))}
        />
      </Field>
    </CommandForm>
  );
}

export function AtgardStatusForm(props: { plan: PlanRef; atgardId: string; text: string; status: string }) {
  const ids = useId();
  const command = useCommand(props.plan);
  const options = ATGARD_STATUSES.filter((value) => value !== props.status);
  // The usual next step (planerad → pågår → klar) is offered first.
  const next = ATGARD_STATUSES[ATGARD_STATUSES.indexOf(props.status as 'klar') + 1] ?? options[0] ?? '';
  const [status, setStatus] = useState('');
  const [kommentar, setKommentar] = useState('');
  const chosen = options.some((v) => v === status) ? status : next;
  const submit = async () => {
    const ok = await command.send(
      `${props.plan.base}/atgarder/${encodeURIComponent(props.atgardId)}/status`,
      { status: chosen, kommentar: kommentar.trim() || null },
      'Statusen är ändrad.',
    );
    if (ok) {
      setStatus('');
      setKommentar('');
    }
  };
  return (
    <CommandForm
      title={`Ändra status: ${props.text}`}
      headingLevel={5}
      command={command}
      button="Ändra status"
      onSubmit={() => void submit()}
    >
      <Field id={`${ids}-status`} label="Ny status" error={command.fieldError('status')}>
        <select
          id={`${ids}-status`}
          value={chosen}
          onChange={(e) => setStatus(e.target.value)}
          {...invalid(`${ids}-status`, command.fieldError('status'))}
        >
          {options.map((value) => (
            <option key={value} value={value}>
              {ATGARD_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-kommentar`} label="Kommentar (valfri)" error={command.fieldError('kommentar')}>
        <input
          id={`${ids}-kommentar`}
          type="text"
          value={kommentar}
          onChange={(e) => setKommentar(e.target.value)}
          {...invalid(`${ids}-kommentar`, command.fieldError('kommentar'))}
        />
      </Field>
    </CommandForm>
  );
}
