import "server-only";
import { consumeAll, postgresLimiter } from "@/lib/rate-limit/postgres";

/**
 * Failed status look-ups, counted in PostgreSQL so every app server shares them (lib/rate-limit).
 * Limits follow OWASP ASVS 6.3.1-style credential-stuffing controls.
 */
export const LOOKUP_LIMITS = {
  perNumber: { points: 5, duration: 15 * 60 },
  perClient: { points: 30, duration: 10 * 60 },
} as const;

function limiters() {
  return {
    perNumber: postgresLimiter({ keyPrefix: "lookup-number", ...LOOKUP_LIMITS.perNumber }),
    perClient: postgresLimiter({ keyPrefix: "lookup-client", ...LOOKUP_LIMITS.perClient }),
  };
}

/**
 * Reserves one attempt for this client before any password is hashed. Null when allowed, else the
 * seconds to wait. Reserving first (and refunding on success) keeps the count exact under concurrency.
 */
export async function reserveClientAttempt(clientKey: string): Promise<{ retryAfterSeconds: number } | null> {
  return consumeAll([[limiters().perClient, clientKey]]);
}

/**
 * Counts one attempt on this number. Null when the number is not limited, else the seconds to wait.
 * A limited number does not stop the right password (review finding L5: whoever knows a number could
 * otherwise lock its owner out); it only turns every wrong one into "wait", and the per-client limit,
 * checked before, still bounds how many passwords anyone can try.
 */
export async function countNumberAttempt(numberKey: string): Promise<{ retryAfterSeconds: number } | null> {
  return consumeAll([[limiters().perNumber, numberKey]]);
}

/** A successful sign-in clears the number's failures and gives the client its attempt back. */
export async function refundAttempt(numberKey: string, clientKey: string): Promise<void> {
  const { perNumber, perClient } = limiters();
  await Promise.all([perNumber.delete(numberKey), perClient.reward(clientKey, 1)]);
}

/**
 * Anti-automation for making applications (review finding M4): new request forms and submissions per
 * client address, per hour and per day, counted like the look-up limits and checked before any other
 * work (a submission's argon2id hash included). An office kiosk behind one address serves many people:
 * the daily figures leave room for a busy counter, and the hourly ones stop a script.
 */
export const APPLICATION_LIMITS = {
  draftsPerHour: { points: 30, duration: 60 * 60 },
  draftsPerDay: { points: 120, duration: 24 * 60 * 60 },
  submissionsPerHour: { points: 10, duration: 60 * 60 },
  submissionsPerDay: { points: 40, duration: 24 * 60 * 60 },
} as const;

/**
 * `APPLICATION_LIMIT_FACTOR` (a whole number, default 1) multiplies every figure above: for a site where
 * many applicants share one address (an office's kiosks behind one NAT), and for the end-to-end test
 * server, which sends every journey from one address.
 */
export function applicationLimitFactor(raw = process.env.APPLICATION_LIMIT_FACTOR): number {
  const factor = Number(raw);
  return Number.isInteger(factor) && factor >= 1 && factor <= 1000 ? factor : 1;
}

function applicationLimiter(keyPrefix: string, limit: { points: number; duration: number }) {
  return postgresLimiter({ keyPrefix, points: limit.points * applicationLimitFactor(), duration: limit.duration });
}

/** Counts one new request form for this client; null when allowed, else the seconds to wait. */
export async function reserveDraftStart(clientKey: string): Promise<{ retryAfterSeconds: number } | null> {
  return consumeAll([
    [applicationLimiter("draft-client-hour", APPLICATION_LIMITS.draftsPerHour), clientKey],
    [applicationLimiter("draft-client-day", APPLICATION_LIMITS.draftsPerDay), clientKey],
  ]);
}

/** Counts one submission attempt for this client; null when allowed, else the seconds to wait. */
export async function reserveSubmission(clientKey: string): Promise<{ retryAfterSeconds: number } | null> {
  return consumeAll([
    [applicationLimiter("submit-client-hour", APPLICATION_LIMITS.submissionsPerHour), clientKey],
    [applicationLimiter("submit-client-day", APPLICATION_LIMITS.submissionsPerDay), clientKey],
  ]);
}
