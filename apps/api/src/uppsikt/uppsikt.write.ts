/** A write on an existing uppsiktsärende, answered with the ärende at its new revision. */
import { type UppsiktCommand, uppsiktDecider, uppsiktsarendeStream } from '@sparbar/domain';
import { type Commands } from '../commands/commands';
import { type WriteContext } from '../commands/write-context';
import { withEtag } from '../http/revision';
import { foldUppsiktsarendeView, type UppsiktsarendeView } from './uppsikt.view';

export async function writeUppsiktsarende(
  commands: Commands,
  command: Omit<UppsiktCommand, 'metadata'>,
  write: WriteContext,
  reply: { header(name: string, value: string): unknown },
  occurredAt?: string | null,
): Promise<UppsiktsarendeView> {
  const { arendeId } = command.data as { arendeId: string };
  const result = await commands.execute(uppsiktDecider, uppsiktsarendeStream(arendeId), command, write, {
    occurredAt: occurredAt ?? undefined,
  });
  return withEtag(reply, foldUppsiktsarendeView(result.stream)!);
}
