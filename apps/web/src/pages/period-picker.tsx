/** Choosing an organ and a period, shared by Översikt, Granskning and Rapporter. */
import { useId } from 'react';
import { type Directory } from '../directory';
import { periodLabel, periodsOfYear } from '../format';

export function OrganSelect(props: {
  directory: Directory;
  value: string;
  onChange: (value: string) => void;
  label?: string;
  allowAll?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label ?? 'Organ'}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.allowAll && <option value="">{props.allowAll}</option>}
        {props.directory.organs
          .filter((o) => o.active)
          .map((o) => (
            <option key={o.organId} value={o.organId}>
              {o.namn}
            </option>
          ))}
      </select>
    </div>
  );
}

/**
 * The years a period can be chosen in: three back from this year and one ahead (as Rapporter offers),
 * every year the data has (plan years, report periods) and the chosen one, the oldest first; not only
 * the years around the chosen one, so going back to 2023 never loses this year.
 */
export function periodYears(dataYears: (number | null | undefined)[], chosen: string): number[] {
  const thisYear = new Date().getFullYear();
  const years = new Set(Array.from({ length: 5 }, (_, i) => thisYear - 3 + i));
  for (const y of [...dataYears, Number(chosen.slice(0, 4))]) if (y && Number.isInteger(y)) years.add(y);
  return [...years].sort((a, b) => a - b);
}

export function PeriodSelect(props: { value: string; onChange: (value: string) => void; years?: number[] }) {
  const id = useId();
  const years = periodYears(props.years ?? [], props.value);
  return (
    <div className="field">
      <label htmlFor={id}>Period</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {years.map((y) => (
          <optgroup key={y} label={String(y)}>
            {periodsOfYear(y).map((p) => (
              <option key={p} value={p}>
                {periodLabel(p)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** The period to start from: the tertial of the latest report anyone made, or the running tertial. */
export function defaultPeriod(latestReportPeriods: (string | null | undefined)[]): string {
  const latest = latestReportPeriods
    .filter((p): p is string => !!p)
    .sort()
    .at(-1);
  if (!latest) {
    const now = new Date();
    return `${now.getFullYear()}-T${Math.floor(now.getMonth() / 4) + 1}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(latest);
  return month ? `${month[1]}-T${Math.floor((Number(month[2]) - 1) / 4) + 1}` : latest;
}
