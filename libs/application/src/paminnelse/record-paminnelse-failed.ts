/** Record that the mail server certainly refused a reminder, so that a retry may send it. */
import {
  paminnelseDecider,
  type RecordPaminnelseFailed,
  type PaminnelseState,
  paminnelseStreamOf,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RecordPaminnelseFailedInput = RecordPaminnelseFailed['data'];

/** `about`: the item the delivery is about, which names the stream. */
export function recordPaminnelseFailed(
  app: Application,
  about: { itemKind: Parameters<typeof paminnelseStreamOf>[0]; itemId: string; planId?: string | null },
  input: RecordPaminnelseFailedInput,
  write: WriteContext,
): Promise<Written<PaminnelseState>> {
  return app.execute(
    paminnelseDecider,
    paminnelseStreamOf(about.itemKind, about.planId ?? about.itemId),
    { type: 'RecordPaminnelseFailed', data: input },
    write,
  );
}
