/**
 * Record that regionstyrelsen or fullmäktige received or handled a nämnd's adopted report. Both organs
 * must exist, and the handling body must be of the kind named (`by`): other streams, so checked here.
 */
import {
  DomainError,
  faststallelseDecider,
  type FaststallelseState,
  faststallelseStream,
  formatPeriod,
  type OrganTyp,
  parsePeriod,
  type RecordPeriodReportHandling,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RecordPeriodReportHandlingInput = RecordPeriodReportHandling['data'];

const TYP_OF_BODY: Record<string, OrganTyp> = {
  regionstyrelsen: 'regionstyrelse',
  fullmaktige: 'regionfullmaktige',
};

export async function recordPeriodReportHandling(
  app: Application,
  input: RecordPeriodReportHandlingInput,
  write: WriteContext,
): Promise<Written<FaststallelseState>> {
  const known = await app.references.load({ organs: [input.organId, input.byOrganId] });
  known.activeOrgan(input.organId, 'data.organId');
  const body = known.activeOrgan(input.byOrganId, 'data.byOrganId');
  const typ = TYP_OF_BODY[input.by];
  if (typ !== undefined && body.typ !== typ) {
    throw new DomainError(
      'INVALID_VALUE',
      `Organet "${body.namn}" är inte ${input.by === 'fullmaktige' ? 'regionfullmäktige' : 'regionstyrelsen'}.`,
      'data.byOrganId',
    );
  }
  const parsed = parsePeriod(input.period);
  const key = parsed ? formatPeriod(parsed) : 'ogiltig';
  return app.execute(
    faststallelseDecider,
    faststallelseStream(input.organId, key),
    { type: 'RecordPeriodReportHandling', data: input },
    write,
  );
}
