/**
 * Mina uppdrag: what I must report, one card per uppdrag with every period it still owes (the aging
 * read model's missing reports, with their deadlines, and the period running now), the latest first;
 * several periods can be reported from the card in one go. Organ and status narrow the cards and the
 * table of all my uppdrag below them; then my organ's delmål.
 */
import { useId, useState } from 'react';
import { getJson } from '../api';
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
import { DueCard, type DueGroup, type DuePeriod } from './mina-uppdrag-card';
import { TableStatusBadge, tableStatusLabel } from './table-status';

/** The periods each open uppdrag owes: missing past their deadline, and the one running now. */
function dueGroups(items: UppdragItem[], aging: Aging, today: Date): DueGroup[] {
  const missing = new Map(aging.open.map((o) => [o.uppdragId, o.missingReports]));
  const groups: DueGroup[] = [];
  for (const uppdrag of items) {
    const periods: DuePeriod[] = [...(missing.get(uppdrag.uppdragId) ?? [])];
    const now = periodOn(today, uppdrag.periodicitet);
    const reported = uppdrag.latestReport?.period === now;
    if (!reported && !periods.some((p) => p.period === now) && periodStart(now) <= uppdrag.slutdatum) {
      periods.push({ period: now, deadline: null, daysLate: 0 });
    }
    if (periods.length === 0) continue;
    periods.sort((a, b) => a.period.localeCompare(b.period));
    groups.push({ uppdrag, periods, daysLate: Math.max(...periods.map((p) => p.daysLate)) });
  }
  return groups.sort((a, b) => b.daysLate - a.daysLate || a.uppdrag.text.localeCompare(b.uppdrag.text, 'sv'));
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
  const groups = dueGroups(
    list.items.filter((u) => u.status === 'open'),
    aging,
    new Date(),
  );
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
  return { items: list.items, groups, delmal };
}

interface Filter {
  organ: string;
  status: string;
}

const matches = (filter: Filter) => (u: UppdragItem) =>
  (!filter.organ || u.riktasTill.includes(filter.organ) || u.samordnare === filter.organ) &&
  (!filter.status || u.currentStatus === filter.status);

export function MinaUppdrag({ user }: { user: SessionUser }) {
  const state = useAsync(() => load(user), user.personId);
  const directory = useDirectory();
  const ids = useId();
  const [filter, setFilter] = useState<Filter>({ organ: '', status: '' });
  const data = state.data;
  const mine = user.roles.includes('officer')
    ? 'där du är ansvarig'
    : `som rör ${directory.organName(user.organId)}`;
  const organs = [
    ...new Set(data?.items.flatMap((u) => [...u.riktasTill, ...(u.samordnare ? [u.samordnare] : [])])),
  ]
    .map((id) => ({ id, name: directory.organName(id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const statuses = [...new Set(data?.items.map((u) => u.currentStatus))].sort((a, b) =>
    tableStatusLabel(a).localeCompare(tableStatusLabel(b), 'sv'),
  );
  const groups = data?.groups.filter((g) => matches(filter)(g.uppdrag)) ?? [];
  const items = data?.items.filter(matches(filter)) ?? [];
  const owed = groups.reduce((n, g) => n + g.periods.length, 0);
  return (
    <>
      <PageTitle>Mina uppdrag</PageTitle>
      <p className="lead">Uppdrag {mine}. Det som är mest försenat står först.</p>
      <ErrorMessage error={state.error} />
      {state.loading && !data && <Loading />}
      {data && (
        <>
          <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtrera uppdragen">
            <div className="field">
              <label htmlFor={`${ids}-organ`}>Organ</label>
              <select
                id={`${ids}-organ`}
                value={filter.organ}
                onChange={(e) => setFilter({ ...filter, organ: e.target.value })}
              >
                <option value="">Alla organ</option>
                {organs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-status`}>Senaste status</label>
              <select
                id={`${ids}-status`}
                value={filter.status}
                onChange={(e) => setFilter({ ...filter, status: e.target.value })}
              >
                <option value="">Alla statusar</option>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {tableStatusLabel(s)}
                  </option>
                ))}
              </select>
            </div>
            <p className="filters-title muted small" role="status">
              {filter.organ || filter.status
                ? `Visar ${items.length} av ${data.items.length} uppdrag.`
                : `${data.items.length} uppdrag.`}
            </p>
          </form>

          <section aria-labelledby="att-rapportera">
            <h2 id="att-rapportera">
              Att rapportera ({groups.length} uppdrag, {owed} {owed === 1 ? 'period' : 'perioder'})
            </h2>
            {groups.length === 0 ? (
              <p>
                Inget att rapportera {filter.organ || filter.status ? 'bland de valda uppdragen' : 'just nu'}.
              </p>
            ) : (
              <ul className="due-list">
                {groups.map((g) => (
                  <DueCard key={g.uppdrag.uppdragId} group={g} user={user} directory={directory} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="alla-uppdrag">
            <h2 id="alla-uppdrag">Alla uppdrag ({items.length})</h2>
            <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabell: alla uppdrag">
              <table className="stack-table">
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
                  {items.map((u) => (
                    <tr key={u.uppdragId}>
                      <td className="stack-head">
                        {u.text}
                        <div className="muted small">
                          Ansvarig: {directory.personName(u.ansvarigPersonId)}
                        </div>
                      </td>
                      <td data-label="Periodicitet">
                        {PERIODICITET_LABELS[u.periodicitet] ?? u.periodicitet}
                      </td>
                      <td data-label="Slutdatum">{dateLabel(u.slutdatum)}</td>
                      <td data-label="Status">
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
