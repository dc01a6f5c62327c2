import "server-only";
import pg from "pg";
import { DATABASE_CONNECT_TIMEOUT_MS } from "@/lib/db";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Failed status look-ups, counted in PostgreSQL so every app server shares them (rate-limiter-flexible,
 * one atomic INSERT … ON CONFLICT per attempt; the table comes from our migrations).
 * Limits follow OWASP ASVS 6.3.1-style credential-stuffing controls.
 */
export const LOOKUP_LIMITS = {
  perNumber: { points: 5, duration: 15 * 60 },
  perClient: { points: 30, duration: 10 * 60 },
} as const;

type Limiters = { perNumber: RateLimiterPostgres; perClient: RateLimiterPostgres };
const globalForLimiters = globalThis as unknown as { ventanillaLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimiters.ventanillaLimiters) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the next query simply opens a new one.
    pool.on("error", () => undefined);
    const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true, clearExpiredByTimeout: false } as const;
    globalForLimiters.ventanillaLimiters = {
      perNumber: new RateLimiterPostgres({ ...common, keyPrefix: "lookup-number", ...LOOKUP_LIMITS.perNumber }),
      perClient: new RateLimiterPostgres({ ...common, keyPrefix: "lookup-client", ...LOOKUP_LIMITS.perClient }),
    };
  }
  return globalForLimiters.ventanillaLimiters;
}

/**
 * Reserves one failed attempt for this number and this client before any password is hashed.
 * Returns null when allowed, or the seconds to wait when either limit is used up. Reserving first
 * (and refunding on success) keeps the count exact under concurrent requests.
 */
export async function reserveAttempt(numberKey: string, clientKey: string): Promise<{ retryAfterSeconds: number } | null> {
  const { perNumber, perClient } = limiters();
  const results = await Promise.allSettled([perNumber.consume(numberKey), perClient.consume(clientKey)]);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (rejected.length === 0) return null;
  for (const r of rejected) if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
  const waitMs = Math.max(...rejected.map((r) => (r.reason as RateLimiterRes).msBeforeNext));
  return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** A successful sign-in clears the number's failures and gives the client its attempt back. */
export async function refundAttempt(numberKey: string, clientKey: string): Promise<void> {
  const { perNumber, perClient } = limiters();
  await Promise.all([perNumber.delete(numberKey), perClient.reward(clientKey, 1)]);
}
