/**
 * Answers over the period facts, kept as the JSON sent, per request and per state of the read model.
 * A period table is a pure function of the query and of the facts up to the projection's checkpoint,
 * so an answer computed at checkpoint c is exact for every request made while the live version is
 * still at c: the cache key is (live version, checkpoint, request). Each request costs one primary-key
 * read of the checkpoint; a new event moves it and the next request computes afresh. The ETag is that
 * state, so a browser asking again with If-None-Match gets a 304 until something happened.
 *
 * Without it a large organ's table (hundreds of uppdrag, a third of a megabyte of JSON) is rebuilt and
 * serialised on every request: see bench:queries in docs/benchmarks.md.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type SqlDriver } from '@sparbar/event-store';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';

const PROJECTION = 'periods';
/** Kept answers at most, by total length of their JSON; the oldest used goes first. */
const MAX_CHARS = 64 * 1024 * 1024;

@Injectable()
export class PeriodAnswerCache {
  private readonly answers = new Map<string, string>();
  private chars = 0;

  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlDriver) {}

  /**
   * Sends the answer to this request, computed by `compute` only when the read model has moved since
   * it was last computed. Returns the JSON text (Nest sends a string as it is).
   */
  async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
  ): Promise<string> {
    const state = await this.liveState();
    if (state === undefined) return this.send(reply, JSON.stringify(await compute()));
    const etag = `W/"${PROJECTION}-${state}"`;
    if (request.headers['if-none-match'] === etag) {
      reply.code(304).header('etag', etag);
      return '';
    }
    const key = `${state} ${request.url}`;
    let json = this.answers.get(key);
    if (json === undefined) {
      // A refusal (400, 404) is thrown from here: never kept, and sent without this state's ETag.
      json = JSON.stringify(await compute());
      this.keep(key, json);
    } else {
      // Most recently used last: a Map keeps insertion order.
      this.answers.delete(key);
      this.answers.set(key, json);
    }
    reply.header('etag', etag).header('cache-control', 'private, no-cache');
    return this.send(reply, json);
  }

  private send(reply: FastifyReply, json: string): string {
    reply.header('content-type', 'application/json; charset=utf-8');
    return json;
  }

  private keep(key: string, json: string): void {
    if (json.length > MAX_CHARS / 4) return;
    this.answers.set(key, json);
    this.chars += json.length;
    for (const [oldest, value] of this.answers) {
      if (this.chars <= MAX_CHARS) break;
      this.answers.delete(oldest);
      this.chars -= value.length;
    }
  }

  /** "version.checkpoint" of the live version, or undefined before a worker has created it. */
  private async liveState(): Promise<string | undefined> {
    try {
      const [row] = await this.sql.query<{ version: number; checkpoint: string | number }>(
        `SELECT version, checkpoint FROM projection_versions WHERE projection = $1 AND state = 'live'`,
        [PROJECTION],
      );
      return row ? `${row.version}.${row.checkpoint}` : undefined;
    } catch {
      // No runner tables yet: the query itself will say the read model is not there.
      return undefined;
    }
  }
}
