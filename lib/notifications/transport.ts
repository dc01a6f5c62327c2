import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

/** A message ready to hand over: envelope, headers and both bodies. */
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

/** What the sender needs from a transport; `permanent` marks an error no retry can fix (SMTP 5xx). */
export type MailTransport = { kind: "smtp" | "files"; send(mail: OutgoingMail): Promise<string>; close(): void };

export const DEFAULT_MAIL_FROM = "Ventanilla <no-reply@localhost>";
/** Where messages land when no SMTP_URL is set (README "Notifications"). */
export const MAIL_DIR = path.join(process.cwd(), ".data", "mail");

/** An SMTP error code 5xx: the server refuses for good (unknown mailbox, policy); 4xx may pass later. */
export function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set (smtps:// for TLS, smtp://user:pass@host:587 with
 * STARTTLS), otherwise `.eml` files under `.data/mail/` (or `mailDir`), one per Message-ID, so a
 * laptop without a mail server still shows every message.
 */
export function createMailTransport(
  options: { smtpUrl?: string; from?: string; mailDir?: string } = {},
): MailTransport {
  const smtpUrl = options.smtpUrl ?? process.env.SMTP_URL;
  const from = options.from ?? process.env.MAIL_FROM ?? DEFAULT_MAIL_FROM;
  const toNodemailer = (mail: OutgoingMail) => ({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: mail.headers,
  });
  if (smtpUrl) {
    // Pooled connections: one TLS handshake for many messages (the URL may say ?pool=false).
    const transporter = nodemailer.createTransport({ url: smtpUrl, pool: true });
    return {
      kind: "smtp",
      async send(mail) {
        const info = await transporter.sendMail(toNodemailer(mail));
        return String(info.response ?? "accepted").slice(0, 300);
      },
      close: () => transporter.close(),
    };
  }
  const dir = options.mailDir ?? MAIL_DIR;
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "files",
    async send(mail) {
      const info = await transporter.sendMail(toNodemailer(mail));
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${mail.messageId.replace(/[^A-Za-z0-9.@-]/g, "")}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      return `written ${path.relative(process.cwd(), file)}`;
    },
    close: () => transporter.close(),
  };
}

/** The domain of MAIL_FROM's address (for Message-IDs). */
export function mailDomain(from = process.env.MAIL_FROM ?? DEFAULT_MAIL_FROM): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? "localhost";
}
