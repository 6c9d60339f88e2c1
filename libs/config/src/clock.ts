/**
 * What "now" is for a whole process: the business time of commands, today's period and deadlines, when
 * reminders fire. Everything that needs now takes a Clock, so a test (or a demo) can say which day it is.
 *
 * CLOCK_START moves the process's clock: it shows that instant at start-up and runs on in real time from
 * there, so events still follow each other as they are written. Never in production: there, the server's
 * own clock is the only business time that counts.
 */
import { ConfigError } from './config-error';

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that shows `start` now and runs on from there at the pace of `real`. */
export function clockStartingAt(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real().getTime();
  return () => new Date(real().getTime() + offset);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function clockFrom(raw: string | undefined, nodeEnv: string | undefined): Clock {
  if (raw === undefined) return systemClock;
  if (nodeEnv === 'production') {
    throw new ConfigError('CLOCK_START', 'får inte sättas i produktion: där gäller serverns klocka');
  }
  const start = new Date(raw);
  if (!INSTANT.test(raw) || Number.isNaN(start.getTime())) {
    throw new ConfigError(
      'CLOCK_START',
      `"${raw}" är ingen tidpunkt med tidszon (till exempel 2025-06-18T10:00:00+02:00)`,
    );
  }
  return clockStartingAt(start);
}
