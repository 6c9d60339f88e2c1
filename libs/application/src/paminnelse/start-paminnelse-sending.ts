/**
 * Mark an e-mail reminder as being sent, before the mail server is asked: a retry finds it started and
 * records an uncertain end rather than risk a second e-mail. Decided on the stream of the deliveries
 * about the item (one per item; a kontrollmoment's: its plan's).
 */
import {
  paminnelseDecider,
  type StartPaminnelseSending,
  type PaminnelseState,
  paminnelseStreamOf,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type StartPaminnelseSendingInput = StartPaminnelseSending['data'];

/** `about`: the item the delivery is about, which names the stream. */
export function startPaminnelseSending(
  app: Application,
  about: { itemKind: Parameters<typeof paminnelseStreamOf>[0]; itemId: string; planId?: string | null },
  input: StartPaminnelseSendingInput,
  write: WriteContext,
): Promise<Written<PaminnelseState>> {
  return app.execute(
    paminnelseDecider,
    paminnelseStreamOf(about.itemKind, about.planId ?? about.itemId),
    { type: 'StartPaminnelseSending', data: input },
    write,
  );
}
