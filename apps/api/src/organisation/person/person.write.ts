/** A write on a person's master data, answered with the person at its new revision. */
import { personDecider, type PersonCommand, type PersonEvent, personStream } from '@sparbar/domain';
import { type Commands } from '../../commands/commands';
import { type WriteContext } from '../../commands/write-context';
import { withEtag } from '../../http/revision';
import { foldPersonView, type PersonView } from './person.view';

export async function writePerson(
  commands: Commands,
  command: Omit<PersonCommand, 'metadata'>,
  write: WriteContext,
  reply: { header(name: string, value: string): unknown },
  options: { occurredAt?: string | null; create?: boolean; check?: (events: PersonEvent[]) => void } = {},
): Promise<PersonView> {
  const { personId } = command.data as { personId: string };
  const result = await commands.execute(personDecider, personStream(personId), command, write, {
    occurredAt: options.occurredAt ?? undefined,
    create: options.create,
    check: options.check,
  });
  return withEtag(reply, foldPersonView(result.stream)!);
}
