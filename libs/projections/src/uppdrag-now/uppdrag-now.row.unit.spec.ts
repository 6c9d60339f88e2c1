import { inkopAprilReported, inkopRegistered } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { type FoldableEvent, foldUppdragNow, type UppdragNowRow } from './uppdrag-now.row';

let revision = 0;
const stored = (
  event: { type: string; data: unknown },
  occurredAt = '2023-05-03T07:30:00.000Z',
): FoldableEvent =>
  ({
    ...event,
    revision: revision,
    position: 1000 + revision++,
    metadata: { actor: 'person-johan', occurredAt },
  }) as FoldableEvent;

function fold(...events: FoldableEvent[]): UppdragNowRow | undefined {
  return events.reduce<UppdragNowRow | undefined>((row, e) => foldUppdragNow(row, e), undefined);
}

const report = (period: string, status = 'pagaende_enligt_plan') => ({
  type: 'UppdragStatusReported',
  data: { uppdragId: 'uppdrag-2023-inkop', period, status, kommentar: `Rapport ${period}` },
});

beforeEach(() => (revision = 0));

describe('uppdrag now, folded', () => {
  it('starts open, without a report, with one event applied', () => {
    expect(fold(stored(inkopRegistered))).toMatchObject({
      status: 'open',
      latest_period: null,
      plan_year: 2023,
      events_applied: 1,
      revision: 0,
    });
  });

  it("keeps the joint report as the row's status: a recipient's own part does not replace it", () => {
    const hsnPart = {
      ...report('2023-05', 'pagaende_ej_enligt_plan'),
      data: { ...report('2023-05').data, organId: 'hsn' },
    };
    const row = fold(stored(inkopRegistered), stored(inkopAprilReported), stored(hsnPart));
    expect(row).toMatchObject({
      latest_period: '2023-04',
      latest_status: 'pagaende_enligt_plan',
      reports_count: 1,
    });
  });

  it('keeps the latest period as latest even when an earlier one is reported late', () => {
    const row = fold(stored(inkopRegistered), stored(inkopAprilReported), stored(report('2023-03')));
    expect(row).toMatchObject({ latest_period: '2023-04', reports_count: 2, events_applied: 3, revision: 2 });
  });

  it('a correction of the latest period replaces its status and kommentar; of an earlier one, nothing', () => {
    const correct = (period: string) =>
      stored(
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: 'x',
            period,
            from: {},
            to: { status: 'pagaende_ej_enligt_plan', kommentar: 'Rättad' },
          },
        },
        '2023-05-12T10:00:00.000Z',
      );
    const row = fold(
      stored(inkopRegistered),
      stored(report('2023-03')),
      stored(inkopAprilReported),
      correct('2023-03'),
    );
    expect(row).toMatchObject({
      latest_period: '2023-04',
      latest_status: 'pagaende_enligt_plan',
      latest_corrected_at: null,
    });
    const corrected = foldUppdragNow(row, correct('2023-04'));
    expect(corrected).toMatchObject({
      latest_status: 'pagaende_ej_enligt_plan',
      latest_kommentar: 'Rättad',
      latest_corrected_at: '2023-05-12T10:00:00.000Z',
    });
  });

  it('ignores events of an uppdrag it never saw registered', () => {
    expect(fold(stored(inkopAprilReported))).toBeUndefined();
  });
});
