/** Inkorg: reminders and escalations sent to me, newest first (GET /api/inkorg). */
import { getJson } from '../api';
import { dateLabel, periodLabel, timeLabel } from '../format';
import { Link } from '../router';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';
import { type InkorgEntry, type InkorgPage } from '../wire';

export function Inkorg() {
  const state = useAsync(() => getJson<InkorgPage>('/api/inkorg', { limit: 100 }), 'inkorg');
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

const LINK_TEXT: Record<InkorgEntry['itemKind'], string> = {
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
