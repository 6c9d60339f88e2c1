import { type EventEmitter } from 'node:events';
import { type AppendWatch, type OnAppended } from '../event-store.port';

/**
 * The watch of a store whose every append passes through this process (in memory, embedded): the
 * store's own `appended` emitter is the whole truth, so the watch is always complete.
 */
export function localAppendWatch(appended: EventEmitter, onAppended: OnAppended): AppendWatch {
  const listener = (position?: number) => onAppended(position);
  appended.on('appended', listener);
  return {
    complete: true,
    stop: async () => {
      appended.off('appended', listener);
    },
  };
}
