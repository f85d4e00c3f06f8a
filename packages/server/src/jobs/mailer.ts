import nodemailer from "nodemailer";
import type { Logger } from "../logger.js";

/** One email, rendered. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** A stable Message-ID (from the outbox row) so that a repeated send is recognisable. */
  readonly messageId: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Sends email. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close?(): Promise<void>;
}

/** A mailer over SMTP (nodemailer), e.g. `smtp://user:pass@mail.example.com:587`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(m) {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        ...(m.headers ? { headers: { ...m.headers } } : {}),
      });
    },
    async close() {
      transport.close();
    },
  };
}

/** A mailer that only logs (demo, and servers without SMTP_URL). */
export function logMailer(logger: Logger): Mailer {
  return {
    async send(m) {
      logger.info(
        { to: m.to, subject: m.subject, messageId: m.messageId, text: m.text },
        "email (not sent: no SMTP_URL)",
      );
    },
  };
}
