import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { StartupError, errorCode, errorMessage } from './startup-error';

const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Connects to Redis and waits until it answers, or fails start-up naming REDIS_URL. Once running,
 * the client reconnects with a capped backoff and fails commands at once while Redis is away
 * (no offline queue), so the readiness check reports it instead of hanging.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const logger = new Logger('Redis');
  let lastError: unknown;
  let wasReady = false;
  let up = false;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => (wasReady ? Math.min(attempt * 250, 5_000) : null),
  });
  client.on('error', (error) => {
    lastError = error;
  });
  client.on('ready', () => {
    if (wasReady) logger.log('Redis svarar igen');
    wasReady = up = true;
  });
  // Logged once per outage: 'close' and 'error' repeat on every reconnect attempt.
  client.on('close', () => {
    if (up && client.status !== 'end') logger.warn(`Redis tappade förbindelsen (${errorMessage(lastError)})`);
    up = false;
  });
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    const cause = lastError ?? error;
    const target = address(url);
    const code = errorCode(cause);
    const reason = code
      ? `Redis svarar inte på ${target} (${code})`
      : `Redis på ${target} kunde inte användas: ${errorMessage(cause)}`;
    throw new StartupError('REDIS_URL', reason, { cause });
  }
}

function address(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '6379'}`;
  } catch {
    return 'okänd värd';
  }
}
