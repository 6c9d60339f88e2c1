/**
 * Answers over one read model, kept as the JSON sent, per request and per state of the read model.
 * An answer that is a pure function of the request and of the projection's tables up to its checkpoint
 * (the period table, the uppdrag list, a search of the audit trail) computed at checkpoint c is exact
 * for every request made while the live version is still at c: the cache key is (live version,
 * checkpoint, request) — with the states of any other read model the answers also read (`alsoReads`). Each request costs one primary-key read of the checkpoint, shared by the
 * requests that arrive while it runs; a new event moves it and the next request computes afresh. The
 * ETag is that state, so a browser asking again with If-None-Match gets a 304 until something happened.
 *
 * Without it a large organ's table or list (hundreds of uppdrag, a third of a megabyte of JSON) is
 * read, built and serialised on every request: see bench:queries in docs/benchmarks.md.
 */
import { gzipSync } from 'node:zlib';
import { type SqlDriver } from '@sparbar/event-store';
import { liveCheckpoint } from '@sparbar/projections';
import { type FastifyReply, type FastifyRequest } from 'fastify';

/** `gzip` listed in Accept-Encoding without `;q=0`. */
function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return coding.trim() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

/** One kept answer: the JSON, and gzip of it for clients that accept it (browsers do). */
interface Kept {
  json: Buffer;
  gzip: Buffer;
}

export class ReadModelAnswers {
  private readonly answers = new Map<string, Kept>();
  private bytes = 0;

  /**
   * `projection`: the read model whose tables every answer is computed from. `maxBytes`: kept answers
   * at most (JSON and gzip); the least recently used goes first. `alsoReads`: other read models the
   * answers read without cutting them at `projection`'s checkpoint (each has a lane of its own in the
   * worker, so it may be behind): their states are part of the key and the ETag, so an answer computed
   * while one of them lagged is not served once it has caught up.
   */
  constructor(
    private readonly sql: SqlDriver,
    private readonly projection: string,
    private readonly maxBytes: number,
    private readonly alsoReads: readonly string[] = [],
  ) {}

  /**
   * The answer to this request, computed by `compute` only when the read model has moved since it was
   * last computed, as the bytes to send (Nest sends a Buffer as it is). Gzipped once when kept: a large
   * table shrinks about tenfold, which is most of the cost of sending it again. `day`: the day an answer
   * about now was read on (a deadline passing at midnight changes it with no new event), part of the key.
   */
  async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
    day?: string,
  ): Promise<Buffer> {
    reply.header('content-type', 'application/json; charset=utf-8');
    const state = await this.liveState();
    if (state === undefined) return Buffer.from(JSON.stringify(await compute()));
    const etag =
      day === undefined ? `W/"${this.projection}-${state}"` : `W/"${this.projection}-${state}-${day}"`;
    if (request.headers['if-none-match'] === etag) {
      reply.code(304).header('etag', etag);
      return Buffer.alloc(0);
    }
    const key = `${state} ${day ?? ''} ${request.url}`;
    let kept = this.answers.get(key);
    if (kept === undefined) {
      // A refusal (400, 404) is thrown from here: never kept, and sent without this state's ETag.
      const json = Buffer.from(JSON.stringify(await compute()));
      kept = { json, gzip: gzipSync(json) };
      this.keep(key, kept);
    } else {
      // Most recently used last: a Map keeps insertion order.
      this.answers.delete(key);
      this.answers.set(key, kept);
    }
    reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
    if (!acceptsGzip(request.headers['accept-encoding'])) return kept.json;
    reply.header('content-encoding', 'gzip');
    return kept.gzip;
  }

  private keep(key: string, kept: Kept): void {
    const size = kept.json.length + kept.gzip.length;
    if (size > this.maxBytes / 4) return;
    this.answers.set(key, kept);
    this.bytes += size;
    for (const [oldest, value] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= value.json.length + value.gzip.length;
    }
  }

  /**
   * "version.checkpoint" of the live version, or undefined before a worker has created it. At most one
   * read is under way: a request that arrives while one is running waits for the next, which starts
   * after it arrived, so the state it gets is never older than the request (read-your-writes holds)
   * while two hundred concurrent requests cost one read at a time instead of two hundred.
   */
  private liveState(): Promise<string | undefined> {
    if (!this.reading) {
      this.reading = this.readLiveState().finally(() => (this.reading = undefined));
      return this.reading;
    }
    this.nextRead ??= this.reading.then(() => {
      this.nextRead = undefined;
      return this.liveState();
    });
    return this.nextRead;
  }

  private reading?: Promise<string | undefined>;
  private nextRead?: Promise<string | undefined>;

  private async readLiveState(): Promise<string | undefined> {
    try {
      const [live, ...others] = await Promise.all(
        [this.projection, ...this.alsoReads].map((name) => liveCheckpoint(this.sql, name)),
      );
      if (!live) return undefined;
      const state = (c: { version: number; checkpoint: number } | undefined) =>
        c ? `${c.version}.${c.checkpoint}` : '0.0';
      return [live, ...others].map(state).join('+');
    } catch {
      // No runner tables yet: the query itself will say the read model is not there.
      return undefined;
    }
  }
}
