/**
 * Closing one recipient's part of a joint uppdrag: "Avslutad" with a final kommentar, the part's last
 * word in the nämnd's årsrapport. The other recipients go on reporting; when the last part closes, the
 * uppdrag as a whole is Avslutad (libs/domain/src/uppdrag/uppdrag.parts.ts).
 *
 * Sent without If-Match: closing one's part does not build on what others wrote meanwhile, and the API
 * refuses a part that is already closed (409 UPPDRAG_PART_CLOSED), which is shown here.
 */
import { useId, useState } from 'react';
import { postJson } from '../api';
import { type Directory } from '../directory';
import { dateLabel } from '../format';
import { asApiError } from '../ui';
import { type UppdragView } from '../wire';
import { EditForm, errorFor, Field, invalid, useSubmit } from './register-fields';
import { genitive } from './report-target';

export function AvslutaDel(props: {
  uppdrag: UppdragView;
  organId: string;
  /** The person's own organ: "vår del". */
  own: boolean;
  directory: Directory;
  onClosed: (message: string) => void;
}) {
  const { uppdrag, organId, own, directory } = props;
  const ids = useId();
  const [kommentar, setKommentar] = useState('');
  const { error, busy, submit } = useSubmit();
  const err = errorFor(error, 'kommentar');
  const whose = genitive(directory.organName(organId));
  const send = async () => {
    try {
      const path = `/api/uppdrag/${encodeURIComponent(uppdrag.uppdragId)}/close-part`;
      const answer = await postJson<UppdragView>(path, { organId, kommentar });
      const whole =
        answer.body?.lifecycle === 'avslutat' ? ' Alla delar är nu klara: uppdraget är avslutat.' : '';
      props.onClosed(`${whose} del är avslutad.${whole}`);
      return 'saved' as const;
    } catch (e) {
      return asApiError(e);
    }
  };
  return (
    <EditForm
      ids={ids}
      title={own ? 'Avsluta vår del' : `Avsluta ${whose} del`}
      error={error}
      busy={busy}
      onSubmit={submit(send)}
    >
      <p className="wide muted small">
        {whose} del blir Avslutad; de andra mottagarna rapporterar vidare på sina delar.
      </p>
      <Field id={`${ids}-kommentar`} label="Slutkommentar: vad som blev gjort" error={err} wide>
        <textarea
          id={`${ids}-kommentar`}
          rows={3}
          value={kommentar}
          onChange={(e) => setKommentar(e.target.value)}
          {...invalid(`${ids}-kommentar`, err)}
        />
      </Field>
    </EditForm>
  );
}

/** The person's own part is closed: said, with its final comment, wherever the page is opened. */
export function OwnPartClosed({
  organ,
  part,
}: {
  organ: string;
  part: { closedOn: string | null; closingComment: string | null };
}) {
  return (
    <div className="alert alert-info">
      <p>
        {genitive(organ)} del är avslutad{part.closedOn ? ` sedan ${dateLabel(part.closedOn)}` : ''}.
        {part.closingComment ? ` Slutkommentar: ${part.closingComment}` : ''}
      </p>
    </div>
  );
}
