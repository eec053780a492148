import { type Database, schema } from '@karvan/db';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the mail is for (password-reset, invitation…), for the outbox listing. */
  kind: string;
}

export interface Mailer {
  /** Records the message in the outbox (inside the caller's transaction) and sends it if SMTP is set. */
  send(tx: Database, message: MailMessage): Promise<void>;
  readonly transport: 'smtp' | 'outbox';
}

interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * Mail goes through SMTP when `SMTP_URL` is set. Either way it is written to the outbox table so
 * that an administrator can read what was sent; without SMTP the text is also logged, because on
 * a laptop at a fair the operator needs the reset link somewhere.
 */
export function createMailer(options: { smtpUrl: string | null; from: string; logger: Logger }): Mailer {
  const transporter = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    transport: transporter ? 'smtp' : 'outbox',
    async send(tx, message) {
      let error: string | null = null;
      if (transporter) {
        try {
          await transporter.sendMail({
            from: options.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
          });
        } catch (caught) {
          error = (caught as Error).message;
          options.logger.warn(
            { to: message.to, kind: message.kind, error },
            'SMTP delivery failed; kept in outbox',
          );
        }
      } else {
        options.logger.info(
          { to: message.to, kind: message.kind, text: message.text },
          `outbox: ${message.subject}`,
        );
      }
      await tx.insert(schema.outboxMessages).values({
        to: message.to,
        subject: message.subject,
        text: message.text,
        kind: message.kind,
        sentVia: transporter && !error ? 'smtp' : 'outbox',
        sentAt: transporter && !error ? new Date() : null,
        error,
      });
    },
  };
}
