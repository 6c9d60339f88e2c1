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

export function PeriodSelect(props: { value: string; onChange: (value: string) => void; years?: number[] }) {
  const id = useId();
  const year = Number(props.value.slice(0, 4)) || new Date().getFullYear();
  // Three years back: the demo's 2023 history stays reachable when the current year is the default.
  const years = props.years ?? Array.from({ length: 5 }, (_, i) => year - 3 + i);
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
