import { type AddressInfo } from 'node:net';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Environment, loadConfig } from '@sparbar/config';
import { type EventStore } from '@sparbar/event-store';
import { EVENT_STORE } from '@sparbar/runtime';
import { startApi } from '../../../apps/api/src/start-api';
import { startWorker } from '../../../apps/worker/src/start-worker';

export interface RunningApp {
  app: NestFastifyApplication;
  url: string;
  /** The store as the application has it (instrumented): appends through it are counted. */
  store: EventStore;
  get(path: string): Promise<{ status: number; body: string; headers: Headers }>;
  close(): Promise<void>;
}

/** Starts the API in this process as `main.ts` does, on a free port, from these variables only. */
export function startApiWith(env: Environment): Promise<RunningApp> {
  const all = { LOG_LEVEL: 'silent', ...env, PORT: '0' };
  return running(startApi(loadConfig(all), all));
}

/** Starts the separate worker process's application, on a free port. */
export function startWorkerWith(env: Environment): Promise<RunningApp> {
  return running(startWorker(loadConfig({ LOG_LEVEL: 'silent', ...env, WORKER_PORT: '0' })));
}

async function running(starting: Promise<NestFastifyApplication>): Promise<RunningApp> {
  const app = await starting;
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    store: app.get<EventStore>(EVENT_STORE),
    get: async (path) => {
      const response = await fetch(`${url}${path}`);
      return { status: response.status, body: await response.text(), headers: response.headers };
    },
    close: () => app.close(),
  };
}

/** Polls until `check` passes or the time is up; returns its last result. */
export async function eventually<T>(
  check: () => Promise<T>,
  accept: (value: T) => boolean,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await check();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await check();
  }
  return value;
}

export const testEvent = (type: string, data: Record<string, string> = {}) => ({
  type,
  data,
  metadata: { actor: 'e2e', occurredAt: new Date().toISOString() },
});
