/**
 * Fastställande: the secretary of a nämnd records that the nämnd adopted its report for a period; the
 * secretaries of region- or kommunstyrelsen and fullmäktige record that their body received or handled
 * it. Below, the period's adoptions as they stand. Offered to secretaries; the API still decides.
 */
import { useState } from 'react';
import {
  HANDLING_KIND_LABELS,
  isFullmaktige,
  isOrganisationensStyrelse,
} from '@sparbar/domain/shared-with-web';
import { getJson } from '../api';
import { may } from '../access';
import { useDirectory } from '../directory';
import { genitive, organisationWords } from '../organisation-words';
import { dateLabel, periodLabel, periodOn, previousPeriod } from '../format';
import { type SessionUser } from '../session';
import { ErrorMessage, Loading, PageTitle, useAsync } from '../ui';
import { type Faststallelse, type FaststallelseList } from '../wire';
import { AdoptForm, HandlingForm } from './faststallande-forms';
import { PeriodSelect } from './period-picker';

/** The tertial whose report is adopted now: the one that ended last. */
function lastClosedTertial(): string {
  return previousPeriod(periodOn(new Date(), 'tertial')) ?? periodOn(new Date(), 'tertial');
}

export function Faststallande({ user }: { user: SessionUser }) {
  const directory = useDirectory();
  const [period, setPeriod] = useState(lastClosedTertial);
  const [done, setDone] = useState<string | null>(null);
  const list = useAsync(
    () => getJson<FaststallelseList>(`/api/perioder/${encodeURIComponent(period)}/faststallelser`),
    `${period}:${done ?? ''}`,
  );
  const own = user.organId ? directory.organs.find((o) => o.organId === user.organId) : undefined;
  const words = organisationWords(directory);
  // The API names the styrelse's handling `regionstyrelsen` in a kommun too: a value, not a word shown.
  const by = !own
    ? null
    : isOrganisationensStyrelse(own.typ)
      ? 'regionstyrelsen'
      : isFullmaktige(own.typ)
        ? 'fullmaktige'
        : null;
  const bodyLabel = (body: 'regionstyrelsen' | 'fullmaktige') =>
    body === 'regionstyrelsen' ? words.styrelsen : words.fullmaktige;
  const mayAdopt = own && !isFullmaktige(own.typ) && may.adoptReport(user, own.organId);
  const mayHandle = own && by && may.recordHandling(user, own.organId);
  return (
    <>
      <PageTitle>Fastställande</PageTitle>
      <p className="lead">
        När nämnden har fastställt sin rapport för en period registrerar sekreteraren beslutet. Därefter
        upphör periodens påminnelser till organet, och ändringar i perioden kräver skäl och märks.
      </p>
      <PeriodSelect value={period} onChange={(p) => (setPeriod(p), setDone(null))} />
      {done && (
        <div className="alert alert-success" role="status">
          <p>{done}</p>
        </div>
      )}
      {mayAdopt && (
        <section aria-labelledby="faststall">
          <h2 id="faststall">Fastställ rapporten för {periodLabel(period)}</h2>
          <p>{own.namn}s rapport, fastställd vid sammanträdet.</p>
          <AdoptForm organId={own.organId} period={period} onDone={(v) => setDone(confirmation(v))} />
        </section>
      )}
      {mayHandle && (
        <section aria-labelledby="behandla">
          <h2 id="behandla">Registrera {genitive(bodyLabel(by))} behandling</h2>
          <HandlingForm
            byOrganId={own.organId}
            by={by}
            period={period}
            directory={directory}
            onDone={(v) => setDone(handlingConfirmation(v, bodyLabel))}
          />
        </section>
      )}
      {!mayAdopt && !mayHandle && (
        <p>
          Fastställanden registreras av nämndens sekreterare; behandlingen av {genitive(words.styrelsen)}{' '}
          sekreterare.
        </p>
      )}
      <section aria-labelledby="periodens">
        <h2 id="periodens">Fastställda rapporter för {periodLabel(period)}</h2>
        <ErrorMessage error={list.error} />
        {list.loading && !list.data && <Loading />}
        {list.data &&
          (list.data.faststallelser.length === 0 ? (
            <p>Ingen rapport är fastställd för perioden ännu.</p>
          ) : (
            <ul className="plain-list">
              {list.data.faststallelser.map((f) => (
                <li key={f.organId}>
                  <p>
                    <strong>{directory.organName(f.organId)}</strong>: {f.text}
                    {f.diarienummer ? ` (dnr ${f.diarienummer})` : ''}
                  </p>
                  {f.handlings.length > 0 && (
                    <ul>
                      {f.handlings.map((h, i) => (
                        <li key={i}>
                          {bodyLabel(h.by)}: {HANDLING_KIND_LABELS[h.kind]} {dateLabel(h.date)} § {h.paragraf}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

function confirmation(view: Faststallelse): string {
  return `${view.text}${view.diarienummer ? ` (dnr ${view.diarienummer})` : ''}. Periodens påminnelser till organet upphör.`;
}

function handlingConfirmation(
  view: Faststallelse,
  bodyLabel: (body: 'regionstyrelsen' | 'fullmaktige') => string,
): string {
  const h = view.handlings.at(-1);
  if (!h) return view.text;
  return `${bodyLabel(h.by)}: rapporten ${HANDLING_KIND_LABELS[h.kind]} ${h.date} § ${h.paragraf} (${view.text}).`;
}
