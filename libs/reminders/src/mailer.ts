/**
 * E-mail over SMTP with nodemailer. The idempotency key becomes the Message-ID, so a copy found in
 * a mailbox is tied to its event in the log, and a receiving system that drops duplicates by
 * Message-ID can.
 */
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
    });
  }

  close(): void {
    this.transport.close();
  }
}

export function messageIdOf(idempotencyKey: string): string {
  return `<${idempotencyKey}@sparbar>`;
}

/**
 * Whether the server certainly did not take the message: it answered with an error code, or it was
 * never reached. Anything else (the connection dropped after the data went out, a timeout waiting
 * for the answer) may have been delivered.
 */
export function certainlyNotSent(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string; command?: string };
  if (typeof e?.responseCode === 'number' && e.responseCode >= 400) return true;
  return (
    ['ECONNECTION', 'ECONNREFUSED', 'EDNS', 'EAUTH', 'EENVELOPE', 'ETLS'].includes(e?.code ?? '') &&
    e?.command !== 'DATA'
  );
}
