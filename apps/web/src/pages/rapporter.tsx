/** Rapporter: the delårsrapport's uppdrag table as a file (GET /api/rapporter/uppdrag). */
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, getFile } from '../api';
import { useDirectory } from '../directory';
import { fullmaktigeOrgan } from '../organisation-words';
import { periodLabel, periodOn } from '../format';
import { asApiError, ErrorMessage, PageTitle, RadioGroup } from '../ui';
import { OrganSelect, PeriodSelect } from './period-picker';

const FORMATS = [
  ['docx', 'Word (DOCX)'],
  ['xlsx', 'Excel (XLSX)'],
  ['pdf', 'PDF'],
  ['csv', 'CSV'],
] as const;

export function Rapporter() {
  const directory = useDirectory();
  const ids = useId();
  // The tertial running today: the one whose delårsrapport is being written; earlier years stay offered.
  const [period, setPeriod] = useState(() => periodOn(new Date(), 'tertial'));
  const [years] = useState(() => Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - 3 + i));
  const [scope, setScope] = useState<'givenBy' | 'organ'>('givenBy');
  // Empty: the organisation's fullmäktige, once the register is read.
  const [chosen, setOrgan] = useState('');
  const organ = chosen || fullmaktigeOrgan(directory.organs);
  const [format, setFormat] = useState<string>('docx');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { blob, fileName } = await getFile('/api/rapporter/uppdrag', { period, format, [scope]: organ });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDone(fileName);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>Rapporter</PageTitle>
      <p className="lead">
        Tabellen ”Uppföljning av fullmäktiges uppdrag” för en period, att klistra in i delårsrapporten eller
        årsredovisningen. Samma urval ger samma fil.
      </p>
      <form className="card" onSubmit={(e) => void download(e)}>
        <div className="filters filters-top">
          <PeriodSelect value={period} onChange={setPeriod} years={years} />
          <fieldset className="field">
            <legend>Urval</legend>
            <label className="radio">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={scope === 'givenBy'}
                onChange={() => setScope('givenBy')}
              />
              Uppdrag som organet gav
            </label>
            <label className="radio">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={scope === 'organ'}
                onChange={() => setScope('organ')}
              />
              Uppdrag riktade till organet
            </label>
          </fieldset>
          <OrganSelect directory={directory} value={organ} onChange={setOrgan} />
          <RadioGroup
            legend="Format"
            name={`${ids}-format`}
            options={FORMATS}
            value={format}
            onChange={setFormat}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          Ladda ner {periodLabel(period)}
        </button>
      </form>
      <ErrorMessage error={error} />
      {done && (
        <div className="alert alert-success" role="status">
          Hämtad: {done}
        </div>
      )}
    </>
  );
}
