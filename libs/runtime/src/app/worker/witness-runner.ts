import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastClosedTertial, type WitnessFolder, witnessHead, witnessMail } from '@sparbar/audit';
import { type AppConfig } from '@sparbar/config';
import { type AppendWatch, type EventStore, type SqlDriver } from '@sparbar/event-store';
import { type Mailer, SmtpMailer } from '@sparbar/reminders';
import { errorMessage } from '../../startup/startup-error';
import { APP_CONFIG, EVENT_STORE, SQL_DATABASE, WITNESS } from '../tokens';

/**
 * Witnesses the chain head outside the database (libs/audit's witness): every WITNESS_INTERVAL_SECONDS
 * it looks whether the projections have chained new events, and if so signs and writes the head. Many
 * events in a burst give one witness at the next look, not one each. With SMTP_URL and WITNESS_MAIL_TO,
 * the last witness is mailed to the auditors once per closed tertial (a marker file in the witness
 * folder remembers which). A failure is logged and tried again at the next look.
 *
 * A log that does not grow has nothing new to witness: where the store tells of every append (its
 * notifications heard, `AppendWatch.complete`) and no mail is due to be sent, the looks pause once
 * QUIET_LOOKS looks have passed since the last append heard (time for the projections to chain it),
 * and only one every QUIET_LOOK_MS stays as a fallback. An idle tenant of the many a worker serves
 * then costs no query a minute here (issue 22).
 */
/** Looks after the last append heard before the witness rests (the projections chain it meanwhile). */
const QUIET_LOOKS = 2;
/** While resting, one look this often anyway: a fallback should an append have gone unheard. */
const QUIET_LOOK_MS = 15 * 60_000;

@Injectable()
export class WitnessRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Vittne');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private mailer: Mailer | undefined;
  private watch: AppendWatch | undefined;
  /** When an append was last heard (at the start: the log may have grown while no one looked). */
  private heardAt = Date.now();
  /** The highest position an append was heard at, and the head the newest witness names. */
  private heardUpTo = 0;
  private witnessedUpTo = 0;
  private lookedAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(WITNESS) private readonly folder: WitnessFolder,
  ) {}

  onApplicationBootstrap(): void {
    const { smtpUrl, smtpFrom, mailTo, intervalMs } = this.config.witness;
    if (smtpUrl && mailTo.length > 0) this.mailer = new SmtpMailer(smtpUrl, smtpFrom);
    this.logger.log(
      `Kedjans huvud bevittnas i ${this.folder.dir} var ${intervalMs / 1000} s; e-post till revisorerna ${this.mailer ? 'vid varje tertials stängning' : 'av'}`,
    );
    this.watch = this.store.watchAppends?.((position) => {
      this.heardAt = Date.now();
      if (position !== undefined) this.heardUpTo = Math.max(this.heardUpTo, position);
    });
    this.timer = setInterval(() => {
      if (this.quiet(intervalMs)) return;
      this.lookedAt = Date.now();
      this.running ??= this.look().finally(() => (this.running = undefined));
    }, intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.watch?.stop().catch(() => undefined);
    await this.running;
    this.mailer?.close();
  }

  /**
   * Every append heard is witnessed, none for a while, and every append would have been heard: this
   * look may pass. (A hint without a position, on a reconnection, keeps it looking QUIET_LOOKS looks.)
   */
  private quiet(intervalMs: number): boolean {
    if (this.mailer || !this.watch?.complete || this.witnessedUpTo < this.heardUpTo) return false;
    const now = Date.now();
    return now - this.heardAt > QUIET_LOOKS * intervalMs && now - this.lookedAt < QUIET_LOOK_MS;
  }

  private async look(): Promise<void> {
    try {
      const now = this.config.clock();
      const written = await witnessHead(this.sql, this.store, this.folder, now);
      if (written) this.logger.debug({ position: written.position }, 'huvud bevittnat');
      this.witnessedUpTo = written?.position ?? this.folder.latest()?.position ?? 0;
      await this.mailAtClose(now);
    } catch (error) {
      this.logger.warn(`Kedjans huvud kunde inte bevittnas: ${errorMessage(error)}`);
    }
  }

  private async mailAtClose(now: Date): Promise<void> {
    if (!this.mailer) return;
    const close = lastClosedTertial(now);
    const marker = join(this.folder.dir, `utskick-${close.year}-t${close.tertial}.json`);
    const witness = this.folder.latest();
    const publicKey = this.folder.publicKeyPem();
    if (existsSync(marker) || !witness || !publicKey) return;
    const mail = witnessMail(witness, close, publicKey);
    for (const to of this.config.witness.mailTo) await this.mailer.send({ to, ...mail });
    writeFileSync(marker, `${JSON.stringify({ ...close, position: witness.position, sentAt: now })}\n`, {
      flag: 'wx',
    });
    this.logger.log(`Kedjans huvud (händelse nr ${witness.position}) skickat till revisorerna`);
  }
}
