/** A write on an existing delmål, answered with the delmål at its new revision. */
import { delmalDecider, type DelmalCommand, type DelmalEvent, delmalStream } from '@sparbar/domain';
import { type Commands } from '../commands/commands';
import { type WriteContext } from '../commands/write-context';
import { withEtag } from '../http/revision';
import { foldDelmalView, type DelmalView } from './delmal.view';

export async function writeDelmal(
  commands: Commands,
  command: Omit<DelmalCommand, 'metadata'>,
  write: WriteContext,
  reply: { header(name: string, value: string): unknown },
  options: { occurredAt?: string | null; check?: (events: DelmalEvent[]) => void } = {},
): Promise<DelmalView> {
  const { delmalId } = command.data as { delmalId: string };
  const result = await commands.execute(delmalDecider, delmalStream(delmalId), command, write, {
    occurredAt: options.occurredAt ?? undefined,
    check: options.check,
  });
  return withEtag(reply, foldDelmalView(result.stream)!);
}
