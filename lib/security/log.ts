import "server-only";
import { createHmac } from "node:crypto";
import pino from "pino";

/**
 * The security log (ASVS 16.2, 16.3): one JSON line per security-relevant event on stdout, for the
 * operator to ship off the host (README, "Security log"). Every line has `time`, `event` and, where
 * known, `account` (a staff id, never an email or a password), `client` (the client address, keyed-hashed
 * here so the log holds no IP), `path` and a few event-specific fields. Never pass a password, a token,
 * an application password or an answer of the form: the field list below is closed on purpose.
 */
export const SECURITY_EVENTS = [
  "staff.sign_in.success",
  "staff.sign_in.failure",
  "staff.second_factor.failure",
  "staff.locked_out",
  "staff.sign_out",
  "staff.password.changed",
  "staff.enrolment.completed",
  "staff.session.ended",
  "staff.step_up.failure",
  "staff.permission_denied",
  "staff.export",
  "staff.application.read",
  "staff.application.document_read",
  "applicant.lookup.failure",
  "applicant.sign_out",
  "rate_limit.refused",
  "request.cross_origin_refused",
  "demo.sign_in_refused",
  "retention.purge",
  "notifications.send",
  "notification.failed",
  "notification.preference",
  "catalogue.version_live",
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

export type SecurityFields = {
  /** Staff user id (or "anonymous"). */
  account?: string;
  /** Raw client address: hashed before it is written. */
  client?: string;
  path?: string;
  /** What was refused or read: a limit name, a permission, an application number, an export file. */
  target?: string;
  reason?: string;
  count?: number;
  /** Numbers per kind (e.g. what a purge removed): names and counts only, never data. */
  counts?: Record<string, number>;
};

const globalForLog = globalThis as unknown as { ventanillaSecurityLog?: pino.Logger };

function logger(): pino.Logger {
  // A synchronous destination: no worker thread (bundlers and `next start` keep it simple), and a line
  // is on stdout before the response that caused it goes out.
  globalForLog.ventanillaSecurityLog ??= pino(
    {
      base: { log: "security" },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "message",
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ dest: 1, sync: true }),
  );
  return globalForLog.ventanillaSecurityLog;
}

/**
 * The client address as the log shows it: HMAC-SHA256 under `SECURITY_LOG_KEY` (any long random string,
 * the same on every replica so lines can be correlated), first 16 hex characters. Without a key the
 * address is hashed under a fixed label: still no IP in the log, but guessable by trying addresses.
 */
export function hashClient(client: string): string {
  return createHmac("sha256", securityKey()).update(client).digest("hex").slice(0, 16);
}

/**
 * A keyed digest of an identifier the database keeps only to compare it (a rate-limit key holds a client
 * address, an email or an application number): HMAC-SHA256 under the same key as the log, labelled with
 * its purpose so it never equals the log's value for the same address. Full length: counters must not
 * collide.
 */
export function keyedDigest(purpose: string, value: string): string {
  return createHmac("sha256", securityKey()).update(`${purpose}\0${value}`).digest("hex");
}

function securityKey(): string {
  return process.env.SECURITY_LOG_KEY || "ventanilla-security-log";
}

/** Writes one security event. Never throws: a logging failure must not change the answer to the request. */
export function logSecurityEvent(event: SecurityEvent, fields: SecurityFields = {}): void {
  try {
    const { client, ...rest } = fields;
    logger().info({ event, ...rest, ...(client ? { client: hashClient(client) } : {}) });
  } catch {
    // stdout closed: nothing useful left to do.
  }
}
