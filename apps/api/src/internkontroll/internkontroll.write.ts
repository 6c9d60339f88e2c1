/** A write on an existing internkontrollplan, answered with the plan at its new revision. */
import {
  type InternkontrollCommand,
  internkontrollDecider,
  type InternkontrollEvent,
  internkontrollplanStream,
} from '@sparbar/domain';
import { type Commands } from '../commands/commands';
import { type WriteContext } from '../commands/write-context';
import { withEtag } from '../http/revision';
import { foldInternkontrollplanView, type InternkontrollplanView } from './internkontroll.view';

export async function writeInternkontrollplan(
  commands: Commands,
  command: Omit<InternkontrollCommand, 'metadata'>,
  write: WriteContext,
  reply: { header(name: string, value: string): unknown },
  options: {
    occurredAt?: string | null;
    check?: (events: InternkontrollEvent[]) => void;
    create?: boolean;
  } = {},
): Promise<InternkontrollplanView> {
  const { organId, year } = command.data;
  const result = await commands.execute(
    internkontrollDecider,
    internkontrollplanStream(organId, year),
    command,
    write,
    {
      occurredAt: options.occurredAt ?? undefined,
      check: options.check,
      create: options.create,
    },
  );
  return withEtag(reply, foldInternkontrollplanView(result.stream)!);
}
