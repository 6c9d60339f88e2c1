/** A write on an existing uppdrag, answered with the uppdrag at its new revision. */
import { uppdragDecider, type UppdragCommand, type UppdragEvent, uppdragStream } from '@sparbar/domain';
import { type Commands } from '../commands/commands';
import { type WriteContext } from '../commands/write-context';
import { withEtag } from '../http/revision';
import { foldUppdragView, type UppdragView } from './uppdrag.view';

export async function writeUppdrag(
  commands: Commands,
  command: Omit<UppdragCommand, 'metadata'>,
  write: WriteContext,
  reply: { header(name: string, value: string): unknown },
  options: { occurredAt?: string | null; check?: (events: UppdragEvent[]) => void } = {},
): Promise<UppdragView> {
  const { uppdragId } = command.data as { uppdragId: string };
  const result = await commands.execute(uppdragDecider, uppdragStream(uppdragId), command, write, {
    occurredAt: options.occurredAt ?? undefined,
    check: options.check,
  });
  return withEtag(reply, foldUppdragView(result.stream)!);
}
