/**
 * Mina uppdrag: what I must report, overdue first (the aging read model's missing reports, with their
 * deadlines), then the period running now; below, all my uppdrag and my organ's delmål.
 */
import { getJson } from '../api';
import { may } from '../access';
import { useDirectory } from '../directory';
import {
  dateLabel,
  PERIODICITET_LABELS,
  periodLabel,
  periodOn,
  periodStart,
  tertialOf,
  BEDOMNING_COLOURS,
  BEDOMNING_LABELS,
} from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, StatusBadge, useAsync } from '../ui';
import { type Aging, type Maluppfyllelse, type UppdragItem, type UppdragList } from '../wire';
import { TableStatusBadge } from './table-status';

interface Due {
  uppdrag: UppdragItem;
  period: string;
  deadline: string | null;
  daysLate: number;
}

async function load(user: SessionUser) {
  const query = user.roles.includes('officer')
    ? { ansvarig: user.personId }
    : { organ: user.organId ?? undefined };
  const [list, aging] = await Promise.all([
    getJson<UppdragList>('/api/uppdrag', { ...query, limit: 500 }),
    getJson<Aging>('/api/uppfoljning/aldrande', {
      organ: user.roles.includes('officer') ? undefined : user.organId,
    }),
  ]);
  const items = list.items.filter((u) => u.status === 'open');
  const due: Due[] = [];
  const byId = new Map(items.map((u) => [u.uppdragId, u]));
  for (const open of aging.open) {
    const uppdrag = byId.get(open.uppdragId);
    if (!uppdrag) continue;
    for (const missing of open.missingReports) due.push({ uppdrag, ...missing });
  }
  const today = new Date();
  for (const uppdrag of items) {
    const now = periodOn(today, uppdrag.periodicitet);
    const reported = uppdrag.latestReport?.period === now;
    const listed = due.some((d) => d.uppdrag.uppdragId === uppdrag.uppdragId && d.period === now);
    if (!reported && !listed && periodStart(now) <= uppdrag.slutdatum) {
      due.push({ uppdrag, period: now, deadline: null, daysLate: 0 });
    }
  }
  due.sort((a, b) => b.daysLate - a.daysLate || a.period.localeCompare(b.period));
  const latest = list.items
    .map((u) => u.latestReport?.period)
    .filter((p): p is string => !!p)
    .map(tertialOf)
    .sort()
    .at(-1);
  const delmal =
    user.organId && latest
      ? await getJson<Maluppfyllelse>(`/api/perioder/${latest}/maluppfyllelse`, {
          organ: user.organId,
        }).catch(() => null)
      : null;
  return { items: list.items, due, delmal };
}

export function MinaUppdrag({ user }: { user: SessionUser }) {
  const state = useAsync(() => load(user), user.personId);
  const directory = useDirectory();
  const data = state.data;
  const mine = user.roles.includes('officer')
    ? 'där du är ansvarig'
    : `som rör ${directory.organName(user.organId)}`;
  return (
    <>
      <PageTitle>Mina uppdrag</PageTitle>
      <p className="lead">Uppdrag {mine}. Det som är försenat står först.</p>
      <ErrorMessage error={state.error} />
      {state.loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="att-rapportera">
            <h2 id="att-rapportera">Att rapportera ({data.due.length})</h2>
            {data.due.length === 0 ? (
              <p>Inget att rapportera just nu.</p>
            ) : (
              <ul className="due-list">
                {data.due.slice(0, 50).map((d) => (
                  <li
                    key={`${d.uppdrag.uppdragId}/${d.period}`}
                    className={d.daysLate > 0 ? 'due overdue' : 'due'}
                  >
                    <div className="due-main">
                      <span className="due-when">
                        {d.daysLate > 0 ? (
                          <StatusBadge colour="red">Försenad {d.daysLate} dagar</StatusBadge>
                        ) : (
                          <StatusBadge colour="grey">Pågående period</StatusBadge>
                        )}{' '}
                        <strong>{periodLabel(d.period)}</strong>
                        {d.deadline && <> · senast {dateLabel(d.deadline)}</>}
                      </span>
                      <span className="due-text">{d.uppdrag.text}</span>
                    </div>
                    {may.reportOn(user, d.uppdrag) && (
                      <Link
                        className="button"
                        href={`/uppdrag/${encodeURIComponent(d.uppdrag.uppdragId)}/rapportera?period=${d.period}`}
                        aria-label={`Rapportera ${periodLabel(d.period)}: ${d.uppdrag.text}`}
                      >
                        Rapportera
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {data.due.length > 50 && <p className="muted">Visar de 50 äldsta av {data.due.length}.</p>}
          </section>

          <section aria-labelledby="alla-uppdrag">
            <h2 id="alla-uppdrag">Alla uppdrag ({data.items.length})</h2>
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Tabell (rullas i sidled på smal skärm)"
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">Uppdrag</th>
                    <th scope="col">Periodicitet</th>
                    <th scope="col">Slutdatum</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Länkar</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((u) => (
                    <tr key={u.uppdragId}>
                      <td>
                        {u.text}
                        <div className="muted small">
                          Ansvarig: {directory.personName(u.ansvarigPersonId)}
                        </div>
                      </td>
                      <td>{PERIODICITET_LABELS[u.periodicitet] ?? u.periodicitet}</td>
                      <td>{dateLabel(u.slutdatum)}</td>
                      <td>
                        <TableStatusBadge status={u.currentStatus} />
                        {u.latestReport && (
                          <div className="muted small">
                            Senast rapporterat {periodLabel(u.latestReport.period)}
                          </div>
                        )}
                      </td>
                      <td className="actions">
                        <Link href={`/uppdrag/${encodeURIComponent(u.uppdragId)}/historik`}>
                          Historik<span className="visually-hidden">: {u.text}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {data.delmal && data.delmal.delmal.length > 0 && (
            <section aria-labelledby="delmal">
              <h2 id="delmal">
                Delmål i {directory.organName(data.delmal.organ)}s plan ({periodLabel(data.delmal.period)})
              </h2>
              <ul className="plain-list">
                {data.delmal.delmal.map((d) => (
                  <li key={d.delmalId}>
                    <StatusBadge colour={BEDOMNING_COLOURS[d.bedomning] ?? 'grey'}>
                      {BEDOMNING_LABELS[d.bedomning] ?? d.bedomning}
                    </StatusBadge>{' '}
                    {d.text} ·{' '}
                    <Link href={`/delmal/${encodeURIComponent(d.delmalId)}/historik`}>
                      Historik<span className="visually-hidden">: {d.text}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
