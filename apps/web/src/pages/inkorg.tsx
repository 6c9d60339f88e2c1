/** Inkorg: reminders and escalations sent to me, newest first (GET /api/inkorg). */
import { getJson } from '../api';
import { dateLabel, periodLabel, timeLabel } from '../format';
import { Link } from '../router';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';

interface Entry {
  key: string;
  /** Since delmål reminders: the item the entry is about (uppdragId/uppdragText remain as copies). */
  itemKind?: 'uppdrag' | 'delmal';
  itemId?: string;
  itemText?: string | null;
  uppdragId: string;
  uppdragText: string | null;
  period: string;
  deadline: string;
  kind: string;
  title: string;
  sentAt: string;
}

export function Inkorg() {
  const state = useAsync(() => getJson<{ entries: Entry[] }>('/api/inkorg', { limit: 100 }), 'inkorg');
  return (
    <>
      <PageTitle>Inkorg</PageTitle>
      <p className="lead">Påminnelser före en rapports sista dag och eskaleringar när den har passerat.</p>
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {state.data &&
        (state.data.entries.length === 0 ? (
          <p>Inkorgen är tom.</p>
        ) : (
          <ul className="plain-list inbox">
            {state.data.entries.map(({ itemKind = 'uppdrag', itemId, itemText, ...e }) => (
              <li key={e.key} className="card">
                <h2 className="inbox-title">{e.title}</h2>
                <p>{itemText ?? e.uppdragText ?? itemId ?? e.uppdragId}</p>
                <p className="muted small">
                  {periodLabel(e.period)} · senast {dateLabel(e.deadline)} · kom {timeLabel(e.sentAt)}
                </p>
                <Link href={`/${itemKind}/${encodeURIComponent(itemId ?? e.uppdragId)}/historik`}>
                  Historik<span className="visually-hidden">: {itemText ?? e.uppdragText ?? itemId}</span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
