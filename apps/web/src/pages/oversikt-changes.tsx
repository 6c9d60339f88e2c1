/**
 * Översikt's "Ändrat sedan …" and the carried-forward line under the counts, both from libs/domain's
 * periodChangesOf: a period in which no report came in says so, rather than "ingen status har ändrats";
 * a status only carried forward from an earlier period is never shown as this period's.
 */
import { type PeriodChanges, UPPDRAG_STATUS_PRESENTATION } from '@sparbar/domain/shared-with-web';
import { periodLabel, statusColour } from '../format';
import { StatusBadge } from '../ui';
import { type PeriodRow } from '../wire';
import { TableStatusBadge, tableStatusLabel } from './table-status';

export function PeriodChangesSection(props: {
  changes: PeriodChanges<PeriodRow>;
  total: number;
  period: string;
  before: string | null;
}) {
  const { changes, total } = props;
  const allNew = total > 0 && changes.added === total;
  return (
    <section aria-labelledby="andrat">
      <h2 id="andrat">Ändrat sedan {props.before ? periodLabel(props.before) : 'förra perioden'}</h2>
      {changes.added > 0 && (
        <p>
          {allNew
            ? `Alla ${total} uppdrag är nya i perioden: det finns inget att jämföra med.`
            : `${changes.added} uppdrag är nya i perioden.`}
        </p>
      )}
      {total > 0 && <p>{newsSentence(changes, total, props.period)}</p>}
      {changes.changed.length > 0 && (
        <ul className="plain-list">
          {changes.changed.map(({ row, from }) => (
            <li key={row.uppdragId}>
              {row.text}: <TableStatusBadge status={from} />
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> ändrat till </span>
              <TableStatusBadge status={row.tableStatus} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function newsSentence(changes: PeriodChanges<PeriodRow>, total: number, period: string): string {
  const waiting =
    changes.missing > 0 ? ` ${changes.missing} av ${total} uppdrag saknar rapport för perioden.` : '';
  if (changes.news === 0) return `Ingen rapport har kommit in för ${periodLabel(period)}.${waiting}`;
  const reported = `${changes.news} av ${total} uppdrag har rapporterats eller avslutats i perioden`;
  if (changes.changed.length === 0) return `${reported}; ingen status har ändrats.${waiting}`;
  const n = changes.changed.length;
  return `${reported}, ${n} med ändrad status.${waiting}`;
}

/**
 * Under the counts: what the rows without this period's report last said, so the green the table prints
 * in small type under "Ej rapporterad" is neither hidden nor counted as this period's.
 */
export function CarriedCounts({ changes }: { changes: PeriodChanges<PeriodRow> }) {
  const entries = Object.entries(changes.carried) as [keyof typeof UPPDRAG_STATUS_PRESENTATION, number][];
  if (entries.length === 0) return null;
  return (
    <div className="carried">
      <p className="small muted">Av de ej rapporterade, senast rapporterat:</p>
      <ul className="counts">
        {entries.map(([status, count]) => (
          <li key={status}>
            <StatusBadge colour={statusColour(status)}>
              {UPPDRAG_STATUS_PRESENTATION[status].shortLabel ?? tableStatusLabel(status)}
            </StatusBadge>
            <span className="count">{count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
