/**
 * A correction dated back before events already in the log (libs/domain shared/business-time.ts) says
 * so in the audit trail, with the date it was dated back past; an ordinary correction does not.
 */
import { type DelmalAssessmentCorrected, type UppdragReportCorrected } from '@sparbar/domain';
import { describeEvent } from './describe';
import { DELMAL_EVENTS, NAMES, onStream, UPPDRAG_EVENTS } from './describe.spec-fixtures';

const uppdragCorrection = UPPDRAG_EVENTS.find(
  (e) => e.type === 'UppdragReportCorrected',
) as UppdragReportCorrected;
const delmalCorrection = DELMAL_EVENTS.find(
  (e) => e.type === 'DelmalAssessmentCorrected',
) as DelmalAssessmentCorrected;

describe('a back-dated correction in the audit trail', () => {
  it('an uppdrag report corrected back-dated names the latest event it was dated before', () => {
    const backdated = {
      ...uppdragCorrection,
      data: { ...uppdragCorrection.data, backdatedBefore: '2023-09-05T10:00:00+02:00' },
    };
    expect(describeEvent(onStream.uppdrag(backdated), NAMES).description).toBe(
      'Rapporten för april 2023 rättad: Pågående enligt plan → Pågående, delvis enligt plan, kommentaren ändrad' +
        ' (bakåtdaterad; senare händelser fanns redan, den senaste daterad 5 september 2023)',
    );
    expect(describeEvent(onStream.uppdrag(uppdragCorrection), NAMES).description).not.toContain(
      'bakåtdaterad',
    );
  });

  it('a delmål bedömning corrected back-dated says so too', () => {
    const backdated = {
      ...delmalCorrection,
      data: { ...delmalCorrection.data, backdatedBefore: '2023-12-31T23:30:00Z' },
    };
    // 23:30 UTC on New Year's Eve is already 1 January in Sweden.
    expect(describeEvent(onStream.delmal(backdated), NAMES).description).toMatch(
      /rättad: .* \(bakåtdaterad; senare händelser fanns redan, den senaste daterad 1 januari 2024\)$/,
    );
  });
});
