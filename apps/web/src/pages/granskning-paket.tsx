/**
 * The auditors' granskningspaket for an organ and year (GET /api/granskning/paket): Word, PDF or JSON,
 * made from the log as it stood at the end of a chosen day, or from the latest verified position. The
 * same choice gives the same file.
 */
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, getFile } from '../api';
import { useDirectory } from '../directory';
import { defaultOrgan } from '../organisation-words';
import { asApiError, ErrorMessage, RadioGroup } from '../ui';
import { saveFile } from './granskning-sok';
import { OrganSelect } from './period-picker';

const FORMATS = [
  ['docx', 'Word (DOCX)'],
  ['pdf', 'PDF'],
  ['json', 'JSON (maskinläsbart)'],
] as const;

/** The plan years offered: from the demo's first year to next year, the newest first. */
function planYears(): number[] {
  const now = new Date().getFullYear();
  const first = Math.min(2023, now - 3);
  return Array.from({ length: now + 2 - first }, (_, i) => now + 1 - i);
}

export function Granskningspaket() {
  const directory = useDirectory();
  const ids = useId();
  const [chosenOrgan, setOrgan] = useState<string | null>(null);
  const organ = chosenOrgan ?? defaultOrgan(null, directory.organs);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [format, setFormat] = useState<string>('docx');
  const [cutoffDate, setCutoffDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { blob, fileName } = await getFile('/api/granskning/paket', { organ, year, format, cutoffDate });
      saveFile(blob, fileName);
      setDone(fileName);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${ids}-h`} className="card">
      <h2 id={`${ids}-h`}>Granskningspaket</h2>
      <p>
        Uppdragen som riktas till organet med rapporthistorik, påminnelser och svarstider, uppsiktsärenden och
        internkontrollplanen – ur loggen som den stod vid ett datum, med kedjans position och hash som bevis.
      </p>
      <form onSubmit={(e) => void download(e)} aria-labelledby={`${ids}-h`}>
        <div className="form-grid">
          <OrganSelect directory={directory} value={organ} onChange={setOrgan} label="Organ som granskas" />
          <div className="field">
            <label htmlFor={`${ids}-year`}>År</label>
            <select id={`${ids}-year`} value={year} onChange={(e) => setYear(e.target.value)}>
              {planYears().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-cutoff`}>Loggen vid dygnets slut</label>
            <input
              id={`${ids}-cutoff`}
              type="date"
              value={cutoffDate}
              aria-describedby={`${ids}-cutoff-hint`}
              aria-invalid={error?.errors.some((f) => f.field === 'cutoffDate') ? true : undefined}
              onChange={(e) => setCutoffDate(e.target.value)}
            />
            <p id={`${ids}-cutoff-hint`} className="muted small">
              Tomt: den senaste verifierade positionen.
            </p>
          </div>
          <RadioGroup
            legend="Format"
            name={`${ids}-format`}
            options={FORMATS}
            value={format}
            onChange={setFormat}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          Ladda ner granskningspaketet
        </button>
      </form>
      <ErrorMessage error={error} />
      {done && (
        <div className="alert alert-success" role="status">
          Hämtad: {done}
        </div>
      )}
    </section>
  );
}
