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
  isFullmaktige,
  isOrganisationensStyrelse,
  type OrganTyp,
  parsePeriod,
  type RecordPeriodReportHandling,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RecordPeriodReportHandlingInput = RecordPeriodReportHandling['data'];

/** The body named by `by`, of a region or a kommun. */
const IS_BODY: Record<string, (typ: OrganTyp) => boolean> = {
  regionstyrelsen: isOrganisationensStyrelse,
  fullmaktige: isFullmaktige,
};

export async function recordPeriodReportHandling(
  app: Application,
  input: RecordPeriodReportHandlingInput,
  write: WriteContext,
): Promise<Written<FaststallelseState>> {
  const known = await app.references.load({ organs: [input.organId, input.byOrganId] });
  known.activeOrgan(input.organId, 'data.organId');
  const body = known.activeOrgan(input.byOrganId, 'data.byOrganId');
  const isBody = IS_BODY[input.by];
  if (isBody !== undefined && !isBody(body.typ)) {
    throw new DomainError(
      'INVALID_VALUE',
      `Organet "${body.namn}" är inte ${input.by === 'fullmaktige' ? 'fullmäktige' : 'regionstyrelsen eller kommunstyrelsen'}.`,
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
