import { type AppendResult, type EventStore, type NewEvent } from '@sparbar/event-store';
import { InstrumentedEventStore, Metrics } from '../src';

const event = (type: string): NewEvent => ({
  type,
  data: {},
  metadata: { actor: 'test', occurredAt: '2026-01-01T00:00:00.000Z' },
});

/** Just enough of a store to see what the decorator passes on. */
function storeThat(append: () => Promise<AppendResult>): EventStore {
  const unused = () => {
    throw new Error('not used here');
  };
  return {
    appendToStream: append,
    readStream: unused,
    readAll: unused,
    readRange: unused,
    headPosition: unused,
    settledPosition: unused,
    positionOfEvent: unused,
    subscribeToAll: unused,
    ping: async () => undefined,
    close: async () => undefined,
  };
}

describe('Metrics', () => {
  it('exposes the default process metrics and the append counter', async () => {
    const text = await new Metrics().render();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('# TYPE sparbar_events_appended_total counter');
  });

  it("shows the process's metrics in every application's scrape, and each application's counts apart", async () => {
    const [one, other] = [new Metrics(), new Metrics()];
    one.countAppended([{ type: 'UppdragRegistered' }]);
    const [oneText, otherText] = [await one.render(), await other.render()];
    for (const text of [oneText, otherText]) {
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
      // Once each: a metric named twice would be refused by Prometheus.
      expect(text.match(/^# TYPE process_cpu_user_seconds_total /gm)).toHaveLength(1);
    }
    expect(oneText).toContain('sparbar_events_appended_total{type="UppdragRegistered"} 1');
    expect(otherText).not.toContain('sparbar_events_appended_total{type="UppdragRegistered"}');
  });

  it('counts appended events by type through the instrumented store, and only appends that succeed', async () => {
    const metrics = new Metrics();
    const ok = new InstrumentedEventStore(
      storeThat(async () => ({ nextExpectedRevision: 1, position: 2, events: [] })),
      metrics,
    );
    await ok.appendToStream('uppdrag-1', [event('UppdragRegistered'), event('UppdragStatusReported')]);
    await ok.appendToStream('uppdrag-1', [event('UppdragStatusReported')]);
    const failing = new InstrumentedEventStore(
      storeThat(() => Promise.reject(new Error('conflict'))),
      metrics,
    );
    await expect(failing.appendToStream('uppdrag-1', [event('UppdragRegistered')])).rejects.toThrow(
      'conflict',
    );

    const text = await metrics.render();
    expect(text).toContain('sparbar_events_appended_total{type="UppdragRegistered"} 1');
    expect(text).toContain('sparbar_events_appended_total{type="UppdragStatusReported"} 2');
  });

  it('shows projection lag only once a worker reports it, as head minus handled', async () => {
    const metrics = new Metrics();
    expect(await metrics.render()).not.toContain('sparbar_projection_lag_events');
    let handled = 3;
    metrics.trackProjectionLag({ head: async () => 10, handled: () => handled });
    expect(await metrics.render()).toContain('sparbar_projection_lag_events 7');
    handled = 10;
    expect(await metrics.render()).toContain('sparbar_projection_lag_events 0');
  });

  it('keeps the last lag when the store cannot say where the log ends, rather than failing the scrape', async () => {
    const metrics = new Metrics();
    let up = true;
    metrics.trackProjectionLag({
      head: async () => (up ? 5 : Promise.reject(new Error('down'))),
      handled: () => 1,
    });
    expect(await metrics.render()).toContain('sparbar_projection_lag_events 4');
    up = false;
    expect(await metrics.render()).toContain('sparbar_projection_lag_events 4');
  });

  it('has no queue depth until a queue reports one', async () => {
    const metrics = new Metrics();
    expect(await metrics.render()).not.toContain('sparbar_queue_depth');
    metrics.trackQueueDepth('paminnelser', async () => 12);
    expect(await metrics.render()).toContain('sparbar_queue_depth{queue="paminnelser"} 12');
  });
});
