import "server-only";
import { createHash } from "node:crypto";
import { type RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { postgresLimiter } from "@/lib/rate-limit/postgres";

/**
 * Staff sign-in limits, in PostgreSQL like the status look-up's (shared by every app server).
 * - perAccount: failed passwords per account and client (ASVS 6.3.1). A correct password gives back
 *   the one point it reserved; it never wipes the count (security review H1).
 * - perClient: a broader cap per client address.
 * - perCodeSession: second-factor guesses per pending sign-in.
 * - perAccountCode: second-factor failures per ACCOUNT, across every pending sign-in, never reset by a
 *   correct password: the brute force of H1 (password → 5 guesses → password again…) stops after 10.
 * - stepUp: wrong current passwords when an official re-confirms it (admin actions, password change).
 * Keys are sha256 digests: an email of 254 characters plus an address never overflows the column (I6).
 */
export const STAFF_LIMITS = {
  perAccount: { points: 10, duration: 15 * 60 },
  perClient: { points: 100, duration: 15 * 60 },
  perCodeSession: { points: 5, duration: 10 * 60 },
  perAccountCode: { points: 10, duration: 15 * 60 },
  stepUp: { points: 5, duration: 15 * 60 },
} as const;

const KEY_PREFIXES: Record<keyof typeof STAFF_LIMITS, string> = {
  perAccount: "staff-account",
  perClient: "staff-client",
  perCodeSession: "staff-code",
  perAccountCode: "staff-code-account",
  stepUp: "staff-step-up",
};

const digest = (value: string) => createHash("sha256").update(value).digest("hex");

/** The staff limiters, on the shared rate-limit pool and table (lib/rate-limit/postgres.ts). */
function limiter(name: keyof typeof STAFF_LIMITS): RateLimiterPostgres {
  return postgresLimiter({ keyPrefix: KEY_PREFIXES[name], ...STAFF_LIMITS[name] });
}

export type Limited = { retryAfterSeconds: number; limit: keyof typeof STAFF_LIMITS };

async function consumeAll(pairs: [keyof typeof STAFF_LIMITS, string][]): Promise<Limited | null> {
  const results = await Promise.allSettled(pairs.map(([name, key]) => limiter(name).consume(digest(key))));
  let worst: Limited | null = null;
  results.forEach((r, i) => {
    if (r.status === "fulfilled") return;
    if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
    const seconds = Math.max(1, Math.ceil(r.reason.msBeforeNext / 1000));
    if (!worst || seconds > worst.retryAfterSeconds) worst = { retryAfterSeconds: seconds, limit: pairs[i]![0] };
  });
  return worst;
}

/** Reserves a failed password attempt before any hashing; null when allowed. */
export function reservePasswordAttempt(email: string, client: string) {
  return consumeAll([
    ["perAccount", `${email}|${client}`],
    ["perClient", client],
  ]);
}

/** A correct password gives back the point it reserved (and only that one). */
export async function refundPasswordAttempt(email: string, client: string): Promise<void> {
  await Promise.all([
    limiter("perAccount").reward(digest(`${email}|${client}`), 1),
    limiter("perClient").reward(digest(client), 1),
  ]);
}

/** Reserves a second-factor attempt for one pending sign-in and for the account behind it. */
export function reserveCodeAttempt(pendingSessionId: string, staffId: string) {
  return consumeAll([
    ["perCodeSession", pendingSessionId],
    ["perAccountCode", staffId],
  ]);
}

/** A correct code gives back the account point it reserved (failures stay counted). */
export async function refundCodeAttempt(staffId: string): Promise<void> {
  await limiter("perAccountCode").reward(digest(staffId), 1);
}

/** Reserves a re-confirmation of the current password (step-up, password change). */
export function reserveStepUp(staffId: string) {
  return consumeAll([["stepUp", staffId]]);
}

export async function refundStepUp(staffId: string): Promise<void> {
  await limiter("stepUp").reward(digest(staffId), 1);
}
