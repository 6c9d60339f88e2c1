/** A write on an organ's master data, answered with the organ at its new revision. */
import { organDecider, type OrganCommand, type OrganEvent, organStream } from '@sparbar/domain';
import { type Commands } from '../../commands/commands';
import { type WriteContext } from '../../commands/write-context';
import { withEtag } from '../../http/revision';
import { foldOrganView, type OrganView } from './organ.view';

export async function writeOrgan(
  commands: Commands,
  command: Omit<OrganCommand, 'metadata'>,
  write: WriteContext,
  reply: { header(name: string, value: string): unknown },
  options: { occurredAt?: string | null; create?: boolean; check?: (events: OrganEvent[]) => void } = {},
): Promise<OrganView> {
  const { organId } = command.data as { organId: string };
  const result = await commands.execute(organDecider, organStream(organId), command, write, {
    occurredAt: options.occurredAt ?? undefined,
    create: options.create,
    check: options.check,
  });
  return withEtag(reply, foldOrganView(result.stream)!);
}
