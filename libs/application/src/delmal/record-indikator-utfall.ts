/**
 * Record an indikator's utfall for a period (null: the value is missing). The delmål's decider decides
 * alone; nothing else is read.
 */
import { type RecordIndikatorUtfall, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RecordIndikatorUtfallInput = RecordIndikatorUtfall['data'];

export function recordIndikatorUtfall(
  app: Application,
  input: RecordIndikatorUtfallInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'RecordIndikatorUtfall', data: input },
    write,
  );
}
