/**
 * Change an indikator's målvärde, with a reason. The delmål's decider decides alone; nothing else is
 * read.
 */
import { type ChangeIndikatorMalvarde, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ChangeIndikatorMalvardeInput = ChangeIndikatorMalvarde['data'];

export function changeIndikatorMalvarde(
  app: Application,
  input: ChangeIndikatorMalvardeInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'ChangeIndikatorMalvarde', data: input },
    write,
  );
}
