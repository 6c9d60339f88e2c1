/**
 * Add an indikator to a delmål. The delmål's decider decides alone; nothing else is read.
 */
import { type AddIndikator, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AddIndikatorInput = AddIndikator['data'];

export function addIndikator(
  app: Application,
  input: AddIndikatorInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'AddIndikator', data: input },
    write,
  );
}
