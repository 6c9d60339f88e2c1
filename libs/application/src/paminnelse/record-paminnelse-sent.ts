/** Record a reminder as delivered (to the inkorg, or by e-mail with the mail's message id); once per key. */
import {
  paminnelseDecider,
  type RecordPaminnelseSent,
  type PaminnelseState,
  paminnelseStreamOf,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RecordPaminnelseSentInput = RecordPaminnelseSent['data'];

/** `about`: the item the delivery is about, which names the stream. */
export function recordPaminnelseSent(
  app: Application,
  about: { itemKind: Parameters<typeof paminnelseStreamOf>[0]; itemId: string; planId?: string | null },
  input: RecordPaminnelseSentInput,
  write: WriteContext,
): Promise<Written<PaminnelseState>> {
  return app.execute(
    paminnelseDecider,
    paminnelseStreamOf(about.itemKind, about.planId ?? about.itemId),
    { type: 'RecordPaminnelseSent', data: input },
    write,
  );
}
