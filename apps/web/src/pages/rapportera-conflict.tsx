/**
 * Rapportera's answer to a 409: someone else wrote while this person typed. Their version and this
 * one side by side; what was typed is kept, and it can be sent again on top of theirs (as a correction,
 * with a reason, when they reported the same period of the same report).
 */
import { type RefObject, useId } from 'react';
import { type ApiError } from '../api';
import { type Directory } from '../directory';
import { periodLabel, statusColour, statusLabel, timeLabel } from '../format';
import { ErrorMessage, StatusBadge } from '../ui';
import { type Report } from '../wire';

export interface ConflictProps {
  theirs: Report | null;
  mine: { period: string; status: string; kommentar: string };
  directory: Directory;
  reason: string;
  onReason: (reason: string) => void;
  error: ApiError | null;
  busy: boolean;
  onSend: (asCorrection: boolean) => void;
  onKeepTheirs: () => void;
  focusRef: RefObject<HTMLDivElement | null>;
}

export function ConflictPanel(props: ConflictProps) {
  const { theirs, mine, directory, reason } = props;
  const ids = useId();
  const samePeriod = theirs?.period === mine.period;
  return (
    <div className="alert alert-warning conflict" role="alert" tabIndex={-1} ref={props.focusRef}>
      <h2>Någon annan hann före</h2>
      <p>
        Uppdraget ändrades medan du skrev. Din text finns kvar här nedan; jämför och välj hur du vill gå
        vidare.
      </p>
      <div className="two-col">
        <section className="card" aria-labelledby={`${ids}-theirs`}>
          <h3 id={`${ids}-theirs`}>Deras version</h3>
          {theirs ? (
            <>
              <p>
                <strong>{periodLabel(theirs.period)}</strong>{' '}
                <StatusBadge colour={statusColour(theirs.status)}>{statusLabel(theirs.status)}</StatusBadge>
              </p>
              <p className="kommentar">{theirs.kommentar}</p>
              <p className="muted small">
                {directory.personName(theirs.correctedBy ?? theirs.reportedBy)},{' '}
                {timeLabel(theirs.correctedAt ?? theirs.reportedAt)}
              </p>
            </>
          ) : (
            <p>Uppdragets uppgifter ändrades (inte rapporten för {periodLabel(mine.period)}).</p>
          )}
        </section>
        <section className="card" aria-labelledby={`${ids}-mine`}>
          <h3 id={`${ids}-mine`}>Din version</h3>
          <p>
            <strong>{periodLabel(mine.period)}</strong>{' '}
            <StatusBadge colour={statusColour(mine.status)}>{statusLabel(mine.status)}</StatusBadge>
          </p>
          <p className="kommentar">{mine.kommentar}</p>
        </section>
      </div>
      {samePeriod ? (
        <div className="field">
          <label htmlFor={`${ids}-reason`}>Skäl till rättelsen</label>
          <input
            id={`${ids}-reason`}
            type="text"
            value={reason}
            onChange={(e) => props.onReason(e.target.value)}
            aria-describedby={`${ids}-reason-hint`}
          />
          <p id={`${ids}-reason-hint`} className="muted small">
            Deras rapport finns kvar i historiken; din blir en rättelse av den.
          </p>
        </div>
      ) : null}
      <ErrorMessage error={props.error} />
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={props.busy || (samePeriod && !reason.trim())}
          onClick={() => props.onSend(samePeriod)}
        >
          {samePeriod ? 'Spara min version som rättelse' : 'Skicka min rapport'}
        </button>
        <button type="button" className="button" onClick={props.onKeepTheirs}>
          Behåll deras och redigera min
        </button>
      </div>
    </div>
  );
}
