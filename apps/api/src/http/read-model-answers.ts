/**
 * Answers over one read model, kept as the JSON sent, per request and per state of the read model.
 * An answer that is a pure function of the request and of the projection's tables up to its checkpoint
 * (the period table, the uppdrag list, a search of the audit trail) computed at checkpoint c is exact
 * for every request made while the live version is still at c: the cache key is (live version,
 * checkpoint, request). Other read models the answers read (`besides`, each a lane of its own in the
 * worker) are waited for until they have applied c, so one state names the answer and a batch is one
 * new state, not one per lane. Where the read model stands is read (a primary-key read of the
 * checkpoint, shared by the requests that arrive while it runs) only while it may move: once it has
 * applied the whole log, it is kept in memory until an append is heard (`appends`, see HeardAppends),
 * so a quiet read model costs no database round trip per request. A new event moves it and the next
 * request computes afresh —
 * unless `stillHolds` says nothing the request reads changed since its kept answer (an organ's table
 * when only another organ's uppdrag were reported): then the kept bytes move to the new state. The
 * ETag is that state, so a browser asking again with If-None-Match gets a 304 until something happened.
 *
 * Without it a large organ's table or list (hundreds of uppdrag, a third of a megabyte of JSON) is
 * read, built and serialised on every request: see bench:queries in docs/benchmarks.md.
 */
import { gzipSync } from 'node:zlib';
import { type OnModuleDestroy } from '@nestjs/common';
import { type SqlDriver } from '@sparbar/event-store';
import { liveCheckpoint } from '@sparbar/projections';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type HeardAppends, type HeardMark } from './heard-appends';

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

/** Where a read model's live version stands. */
export interface LiveState {
  version: number;
  checkpoint: number;
}

export interface ReadModelAnswersOptions {
  /**
   * Other read models the answers read, each applied in a lane of its own (so it may be a batch behind
   * or ahead): an answer for checkpoint c is computed once each has applied c. It then holds everything
   * up to c; what it has beyond c is in the projection's next states too, so the kept answer is never
   * older than the state it is kept for.
   */
  besides?: readonly string[];
  /**
   * True when nothing `request` reads changed between checkpoints `from` and `to` (both applied by the
   * projection and every `besides`): its answer kept at `from` is moved to `to` without computing.
   * False whenever unsure.
   */
  stillHolds?: (request: FastifyRequest, from: number, to: number) => Promise<boolean>;
  /** How long an answer waits for a lagging `besides` before it is sent without being kept. */
  besidesWaitMs?: number;
  /**
   * The log's appends as this process hears them: with it, a state that has applied the whole log is
   * kept until an append is heard instead of read on every request. Without it (or while appends may
   * go unheard) every request reads the state.
   */
  appends?: HeardAppends;
  /**
   * How long such a kept state holds at most: a worker switching to a rebuilt version (an upgrade)
   * moves the state with no append, and is seen within this time. One read a second costs nothing.
   */
  quietForMs?: number;
}

const QUIET_FOR_MS = 1_000;

/** A lane beside that is this far behind has stopped, not lagged: answer without keeping. */
const BESIDES_WAIT_MS = 5_000;
/** URLs whose latest kept state is remembered for `stillHolds` (a few per organ and period). */
const MAX_LATEST = 10_000;

export class ReadModelAnswers implements OnModuleDestroy {
  private readonly answers = new Map<string, Kept>();
  private bytes = 0;
  /** Per request (day and URL): the state its answer was last kept at, and that answer's key. */
  private readonly latest = new Map<string, { state: LiveState; key: string }>();
  /** Per `besides` read model: the highest checkpoint it is known to have applied. */
  private readonly besidesAt = new Map<string, number>();
  private besidesWait?: { checkpoint: number; reached: Promise<boolean> };

  /**
   * `projection`: the read model whose tables every answer is computed from, its state the key and the
   * ETag. `maxBytes`: kept answers at most (JSON and gzip); the least recently used goes first.
   */
  constructor(
    private readonly sql: SqlDriver,
    private readonly projection: string,
    private readonly maxBytes: number,
    private readonly options: ReadModelAnswersOptions = {},
  ) {}

  /** Stops hearing appends (the application closes). */
  async onModuleDestroy(): Promise<void> {
    await this.options.appends?.stop();
  }

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
    const live = await this.liveState();
    if (live === undefined) return Buffer.from(JSON.stringify(await compute()));
    const state = `${live.version}.${live.checkpoint}`;
    const etag =
      day === undefined ? `W/"${this.projection}-${state}"` : `W/"${this.projection}-${state}-${day}"`;
    if (request.headers['if-none-match'] === etag) {
      reply.code(304).header('etag', etag);
      return Buffer.alloc(0);
    }
    const asked = `${day ?? ''} ${request.url}`;
    const key = `${state} ${asked}`;
    let kept = this.answers.get(key);
    if (kept === undefined) {
      // A lagging lane beside: answered as it is now, but neither kept nor named by this state.
      if (!(await this.besidesReached(live.checkpoint))) return Buffer.from(JSON.stringify(await compute()));
      kept = await this.heldOver(request, asked, live);
      if (kept === undefined) {
        // A refusal (400, 404) is thrown from here: never kept, and sent without this state's ETag.
        const json = Buffer.from(JSON.stringify(await compute()));
        kept = { json, gzip: gzipSync(json) };
      }
      this.keep(key, kept);
      this.remember(asked, live, key);
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

  /** The answer kept for this request at an earlier checkpoint of this version, if it still holds. */
  private async heldOver(request: FastifyRequest, asked: string, live: LiveState): Promise<Kept | undefined> {
    const before = this.latest.get(asked);
    if (!this.options.stillHolds || !before || before.state.version !== live.version) return undefined;
    if (before.state.checkpoint >= live.checkpoint) return undefined;
    const kept = this.answers.get(before.key);
    if (!kept || !(await this.options.stillHolds(request, before.state.checkpoint, live.checkpoint))) {
      return undefined;
    }
    // Moved, not copied: no request asks for the earlier state again (the key is the state now).
    if (this.answers.get(before.key) === kept) this.forget(before.key);
    return kept;
  }

  private remember(asked: string, state: LiveState, key: string): void {
    this.latest.delete(asked);
    this.latest.set(asked, { state, key });
    if (this.latest.size > MAX_LATEST) this.latest.delete(this.latest.keys().next().value as string);
  }

  private keep(key: string, kept: Kept): void {
    const size = kept.json.length + kept.gzip.length;
    if (size > this.maxBytes / 4) return;
    this.answers.set(key, kept);
    this.bytes += size;
    for (const oldest of this.answers.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    const value = this.answers.get(key);
    if (!value) return;
    this.answers.delete(key);
    this.bytes -= value.json.length + value.gzip.length;
  }

  /**
   * True once every `besides` read model has applied `checkpoint` or has no live version (false after
   * `besidesWaitMs`). The
   * lanes commit a few milliseconds apart, so it looks often; requests for one checkpoint share a wait.
   */
  private besidesReached(checkpoint: number): Promise<boolean> {
    const besides = this.options.besides ?? [];
    if (besides.every((name) => (this.besidesAt.get(name) ?? -1) >= checkpoint)) return Promise.resolve(true);
    if (this.besidesWait?.checkpoint === checkpoint) return this.besidesWait.reached;
    const reached = this.waitForBesides(besides, checkpoint);
    this.besidesWait = { checkpoint, reached };
    return reached;
  }

  private async waitForBesides(besides: readonly string[], checkpoint: number): Promise<boolean> {
    const deadline = Date.now() + (this.options.besidesWaitMs ?? BESIDES_WAIT_MS);
    for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
      const lagging = besides.filter((name) => (this.besidesAt.get(name) ?? -1) < checkpoint);
      if (lagging.length === 0) return true;
      // A read model beside with no live version (one retired and dropped by an upgrade) is read by
      // nobody: nothing to wait for. One that cannot be asked is waited for.
      const states = await Promise.all(
        lagging.map((name) =>
          liveCheckpoint(this.sql, name).then(
            (live) => live?.checkpoint ?? checkpoint,
            () => -1,
          ),
        ),
      );
      lagging.forEach((name, i) => {
        const at = states[i];
        if (at > (this.besidesAt.get(name) ?? -1)) this.besidesAt.set(name, at);
      });
      if (besides.every((name) => (this.besidesAt.get(name) ?? -1) >= checkpoint)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /**
   * The live version's state, or undefined before a worker has created it. Kept while it has applied
   * the whole log and no append has been heard since (`quiet`). Otherwise at most one read is under
   * way: a request that arrives while one is running waits for the next, which starts after it
   * arrived, so the state it gets is never older than the request (read-your-writes holds) while two
   * hundred concurrent requests cost one read at a time instead of two hundred.
   */
  private liveState(): Promise<LiveState | undefined> {
    if (
      this.quiet &&
      performance.now() < this.quiet.until &&
      this.options.appends?.quietSince(this.quiet.mark)
    ) {
      return this.quiet.state;
    }
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

  private reading?: Promise<LiveState | undefined>;
  private nextRead?: Promise<LiveState | undefined>;
  /**
   * A state read after every append heard before `mark` had been applied: good until the next, or
   * until `until` (performance.now(); a version switch moves it with no append).
   */
  private quiet?: { state: Promise<LiveState>; mark: HeardMark; until: number };

  private async readLiveState(): Promise<LiveState | undefined> {
    const appends = this.options.appends;
    this.quiet = undefined;
    try {
      // The head before the state: a state at or past it has applied everything appended before the mark.
      const mark = appends?.mark();
      const until = performance.now() + (this.options.quietForMs ?? QUIET_FOR_MS);
      const head = mark === undefined ? undefined : await appends!.head();
      const live = await liveCheckpoint(this.sql, this.projection);
      if (live && head !== undefined && live.checkpoint >= head && appends!.quietSince(mark)) {
        this.quiet = { state: Promise.resolve(live), mark: mark!, until };
      }
      return live;
    } catch {
      // No runner tables yet: the query itself will say the read model is not there.
      return undefined;
    }
  }
}
