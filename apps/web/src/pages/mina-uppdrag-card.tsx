/**
 * One uppdrag on Mina uppdrag with every period it still owes: the text once, then the periods with
 * their deadlines and how late they are, each with its own link to Rapportera (for a correction or a
 * joint uppdrag's finer choices), and a button that opens the form for several periods at once.
 */
import { useId, useState } from 'react';
import { may } from '../access';
import { type Directory } from '../directory';
import { dateLabel, PERIODICITET_LABELS, periodLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { StatusBadge } from '../ui';
import { type UppdragItem } from '../wire';
import { BulkReport } from './mina-uppdrag-report';
import { TableStatusBadge } from './table-status';

export interface DuePeriod {
  period: string;
  deadline: string | null;
  daysLate: number;
}

export interface DueGroup {
  uppdrag: UppdragItem;
  /** Oldest first. */
  periods: DuePeriod[];
  /** The latest of its periods, for ordering the cards. */
  daysLate: number;
}

export function DueCard(props: { group: DueGroup; user: SessionUser; directory: Directory }) {
  const { group, user, directory } = props;
  const { uppdrag } = group;
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<Set<string>>(() => new Set());
  const mayReport = may.reportOn(user, uppdrag);
  const late = group.periods.filter((p) => p.daysLate > 0 && !saved.has(p.period)).length;
  const href = (period: string) =>
    `/uppdrag/${encodeURIComponent(uppdrag.uppdragId)}/rapportera?period=${period}`;

  return (
    <li className={late > 0 ? 'due due-card overdue' : 'due due-card'}>
      <article aria-labelledby={`${ids}-rubrik`}>
        <h3 id={`${ids}-rubrik`} className="due-text">
          {uppdrag.text}
        </h3>
        <p className="due-facts muted small">
          <span>Riktas till {uppdrag.riktasTill.map((o) => directory.organName(o)).join(', ')}</span>
          <span>{PERIODICITET_LABELS[uppdrag.periodicitet] ?? uppdrag.periodicitet}</span>
          <span>
            Senaste status: <TableStatusBadge status={uppdrag.currentStatus} />
          </span>
        </p>
        <ul className="due-periods" aria-label={`Perioder att rapportera (${group.periods.length})`}>
          {group.periods.map((d) => (
            <li key={d.period}>
              <span className="due-when">
                {saved.has(d.period) ? (
                  <StatusBadge colour="green">Rapporterad nu</StatusBadge>
                ) : d.daysLate > 0 ? (
                  <StatusBadge colour="red">Försenad {d.daysLate} dagar</StatusBadge>
                ) : (
                  <StatusBadge colour="grey">Pågående period</StatusBadge>
                )}{' '}
                <strong>{periodLabel(d.period)}</strong>
                {d.deadline && <> · senast {dateLabel(d.deadline)}</>}
              </span>
              {mayReport && !saved.has(d.period) && (
                <Link href={href(d.period)}>
                  Rapportera
                  <span className="visually-hidden">
                    {' '}
                    {periodLabel(d.period)}: {uppdrag.text}
                  </span>
                </Link>
              )}
            </li>
          ))}
        </ul>
        <div className="button-row">
          {mayReport && (
            <button
              type="button"
              className="button"
              aria-expanded={open}
              aria-controls={`${ids}-form`}
              onClick={() => setOpen(!open)}
            >
              Rapportera flera perioder
              <span className="visually-hidden">: {uppdrag.text}</span>
            </button>
          )}
          <Link href={`/uppdrag/${encodeURIComponent(uppdrag.uppdragId)}/historik`}>
            Historik<span className="visually-hidden">: {uppdrag.text}</span>
          </Link>
        </div>
        <div id={`${ids}-form`} hidden={!open}>
          {open && (
            <BulkReport
              uppdragId={uppdrag.uppdragId}
              text={uppdrag.text}
              periods={group.periods.map((p) => p.period)}
              user={user}
              directory={directory}
              onSaved={(period) => setSaved((s) => new Set([...s, period]))}
            />
          )}
        </div>
      </article>
    </li>
  );
}
