/**
 * Withdraw an uppdrag that is no longer relevant, with a reason. The uppdrag's decider decides alone;
 * nothing else is read.
 */
import { type WithdrawUppdrag, uppdragDecider, type UppdragState, uppdragStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type WithdrawUppdragInput = WithdrawUppdrag['data'];

export function withdrawUppdrag(
  app: Application,
  input: WithdrawUppdragInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'WithdrawUppdrag', data: input },
    write,
  );
}
