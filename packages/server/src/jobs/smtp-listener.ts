import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message the listener accepted: the envelope's recipients and the raw message. */
export interface ReceivedMail {
  readonly to: string[];
  readonly raw: string;
}

/** A real SMTP server on loopback for tests (`fail.next` answers the next message with 451). */
export interface SmtpListener {
  readonly server: SMTPServer;
  readonly port: number;
  readonly inbox: ReceivedMail[];
  readonly fail: { next: boolean };
  close(): Promise<void>;
}

/** Starts an SMTP listener on 127.0.0.1 at a free port (tests only: mail goes nowhere). */
export function startSmtpListener(): Promise<SmtpListener> {
  const inbox: ReceivedMail[] = [];
  const fail = { next: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        raw += chunk;
      });
      stream.on("end", () => {
        if (fail.next) {
          fail.next = false;
          const error = new Error("mailbox busy") as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({
        server,
        port: (server.server.address() as AddressInfo).port,
        inbox,
        fail,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** The subject, text and HTML of a raw message. */
export async function readMail(raw: string): Promise<{ subject: string; text: string; html: string }> {
  const mail = await simpleParser(raw);
  return {
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
  };
}
