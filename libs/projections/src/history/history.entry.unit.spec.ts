import { type StoredEvent } from '@sparbar/event-store';
import { historyEntryOf } from './history.entry';

const stored = (stream: string, type: string, data: Record<string, unknown>): StoredEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  stream,
  revision: 3,
  position: 42,
  type,
  data: data as never,
  metadata: { actor: 'person-sara', occurredAt: '2023-05-12T10:00:00+02:00' },
  recordedAt: '2023-05-12T08:00:01.000Z',
});

describe('a history entry', () => {
  it('names the item from the stream, who, both times, the period and the reason', () => {
    const entry = historyEntryOf(
      stored('uppdrag-u1', 'UppdragReportCorrected', {
        uppdragId: 'u1',
        period: '2023-04',
        from: { status: 'pagaende_enligt_plan', kommentar: 'Samma' },
        to: { status: 'pagaende_ej_enligt_plan', kommentar: 'Samma' },
        reason: 'Fel status',
      }),
    );
    expect(entry).toEqual({
      position: 42,
      item_kind: 'uppdrag',
      item_id: 'u1',
      revision: 3,
      event_id: '00000000-0000-4000-8000-000000000001',
      event_type: 'UppdragReportCorrected',
      actor: 'person-sara',
      occurred_at: '2023-05-12T10:00:00+02:00',
      recorded_at: '2023-05-12T08:00:01.000Z',
      period: '2023-04',
      indikator_id: null,
      reason: 'Fel status',
      // Only what differs: the kommentar was left as it was.
      changes: [{ field: 'status', from: 'pagaende_enligt_plan', to: 'pagaende_ej_enligt_plan' }],
    });
  });

  it('keeps the indikator of a delmål event', () => {
    const entry = historyEntryOf(
      stored('delmal-d1', 'IndikatorMalvardeChanged', {
        delmalId: 'd1',
        indikatorId: 'i1',
        from: 10,
        to: 12,
        reason: 'Nytt beslut',
      }),
    );
    expect(entry).toMatchObject({
      item_kind: 'delmal',
      indikator_id: 'i1',
      changes: [{ field: 'malvarde', from: 10, to: 12 }],
    });
  });

  it('gives an unknown event type its line without field changes, and skips organ and person streams', () => {
    expect(historyEntryOf(stored('uppdrag-u1', 'UppdragSomethingNew', {}))?.changes).toEqual([]);
    expect(historyEntryOf(stored('organ-rs', 'OrganRegistered', {}))).toBeUndefined();
  });
});
