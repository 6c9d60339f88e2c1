/**
 * The joint view of an uppdrag directed to several organs: each recipient's part (its latest status and
 * kommentar, or that it closed its part, when and with what final comment), the samordnare's joint
 * report, and how many are done ("1 av 2 nämnder klara"). The uppdrag as a whole is Avslutad when its
 * last part closed, or when it was closed as a whole (README, "Joint uppdrag").
 */
import { useId } from 'react';
import { type Directory } from '../directory';
import { dateLabel } from '../format';
import { Link } from '../router';
import { type SessionUser } from '../session';
import { StatusBadge } from '../ui';
import { LatestReport } from './latest-report';
import { type UppdragView } from '../wire';
import { writableTargets } from './report-target';

export function UppdragParts({
  uppdrag,
  user,
  directory,
}: {
  uppdrag: UppdragView;
  user: SessionUser;
  directory: Directory;
}) {
  const ids = useId();
  if (uppdrag.parts.length === 0 || !uppdrag.partsSummary) return null;
  const joint = uppdrag.reports.at(-1);
  const mayReport = uppdrag.lifecycle === 'aktivt' && writableTargets(user, uppdrag).length > 0;
  return (
    <section className="parts" aria-labelledby={`${ids}-rubrik`}>
      <h2 id={`${ids}-rubrik`}>Delar: {uppdrag.partsSummary.text}</h2>
      <p>
        Varje mottagare rapporterar och avslutar sin egen del
        {uppdrag.samordnare ? `; ${directory.organName(uppdrag.samordnare)} samordnar` : ''}.{' '}
        {uppdrag.lifecycle === 'avslutat' && (
          <strong>
            Uppdraget är avslutat{uppdrag.endedOn ? ` sedan ${dateLabel(uppdrag.endedOn)}` : ''}.
          </strong>
        )}
      </p>
      <ul className="part-list">
        {uppdrag.parts.map((part) => (
          <li key={part.organId} className="card part">
            <h3>
              {directory.organName(part.organId)}
              {part.samordnare && <span className="muted small"> (samordnare)</span>}
            </h3>
            {part.closed ? (
              <>
                <p>
                  <StatusBadge colour="grey">Avslutad</StatusBadge>
                  {part.closedOn && <span className="muted small"> {dateLabel(part.closedOn)}</span>}
                </p>
                {part.closingComment && <p className="kommentar">{part.closingComment}</p>}
              </>
            ) : (
              <LatestReport
                report={part.reports.at(-1)}
                directory={directory}
                none="Ingen egen rapport ännu."
              />
            )}
          </li>
        ))}
      </ul>
      <div className="card part">
        <h3>Samlad rapport</h3>
        <LatestReport report={joint} directory={directory} none="Ingen samlad rapport ännu." />
      </div>
      {mayReport && (
        <p>
          <Link href={`/uppdrag/${encodeURIComponent(uppdrag.uppdragId)}/rapportera`}>
            Rapportera på uppdraget
          </Link>
        </p>
      )}
    </section>
  );
}
