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
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { type Mailer, SmtpMailer } from '@sparbar/reminders';
import { errorMessage } from '../../startup/startup-error';
import { APP_CONFIG, EVENT_STORE, SQL_DATABASE, WITNESS } from '../tokens';

/**
 * Witnesses the chain head outside the database (libs/audit's witness): every WITNESS_INTERVAL_SECONDS
 * it looks whether the projections have chained new events, and if so signs and writes the head. Many
 * events in a burst give one witness at the next look, not one each. With SMTP_URL and WITNESS_MAIL_TO,
 * the last witness is mailed to the auditors once per closed tertial (a marker file in the witness
 * folder remembers which). A failure is logged and tried again at the next look.
 */
@Injectable()
export class WitnessRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Vittne');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private mailer: Mailer | undefined;

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
    this.timer = setInterval(() => {
      this.running ??= this.look().finally(() => (this.running = undefined));
    }, intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.mailer?.close();
  }

  private async look(): Promise<void> {
    try {
      const now = this.config.clock();
      const written = await witnessHead(this.sql, this.store, this.folder, now);
      if (written) this.logger.debug({ position: written.position }, 'huvud bevittnat');
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
