/** Inkorg: reminders and escalations sent to me, newest first (GET /api/inkorg). */
import { getJson } from '../api';
import { dateLabel, periodLabel, timeLabel } from '../format';
import { Link } from '../router';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';

interface Entry {
  key: string;
  /** Since delmål reminders: the item the entry is about (uppdragId/uppdragText remain as copies). */
  itemKind?: 'uppdrag' | 'delmal' | 'uppsiktsarende' | 'kontrollmoment' | 'atgard';
  itemId?: string;
  itemText?: string | null;
  /** Since uppsikt and intern kontroll reminders: the item's page in this application. */
  link?: string;
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
      <p className="lead">
        Påminnelser före sista dag för en rapport, en bedömning, ett svar på ett uppsiktsärende, ett
        kontrollmoments resultat eller en åtgärd, och eskaleringar när den har passerat.
      </p>
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {state.data &&
        (state.data.entries.length === 0 ? (
          <p>Inkorgen är tom.</p>
        ) : (
          <ul className="plain-list inbox">
            {state.data.entries.map(({ itemKind = 'uppdrag', itemId, itemText, link, ...e }) => (
              <li key={e.key} className="card">
                <h2 className="inbox-title">{e.title}</h2>
                <p>{itemText ?? e.uppdragText ?? itemId ?? e.uppdragId}</p>
                <p className="muted small">
                  {itemKind === 'uppsiktsarende'
                    ? 'Svar'
                    : itemKind === 'atgard'
                      ? 'Åtgärd'
                      : entryPeriodLabel(e.period)}{' '}
                  · senast {dateLabel(e.deadline)} · kom {timeLabel(e.sentAt)}
                </p>
                <Link href={link ?? `/${itemKind}/${encodeURIComponent(itemId ?? e.uppdragId)}/historik`}>
                  {LINK_TEXT[itemKind]}
                  <span className="visually-hidden">: {itemText ?? e.uppdragText ?? itemId}</span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

const LINK_TEXT: Record<NonNullable<Entry['itemKind']>, string> = {
  uppdrag: 'Historik',
  delmal: 'Historik',
  uppsiktsarende: 'Ärendet',
  kontrollmoment: 'Internkontrollplanen',
  atgard: 'Internkontrollplanen',
};

/** A kontrollmoment done once a year owes its result for the year ('2023'). */
function entryPeriodLabel(period: string): string {
  return /^\d{4}$/.test(period) ? `År ${period}` : periodLabel(period);
}
