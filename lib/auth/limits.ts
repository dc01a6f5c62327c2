import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Staff sign-in limits, in PostgreSQL like the status look-up's (shared by every app server).
 * Consecutive failures per account and client (ASVS 6.3.1; quality-anchors S6), a broader cap per
 * client, and second-factor attempts per pending sign-in.
 */
export const STAFF_LIMITS = {
  perAccount: { points: 10, duration: 15 * 60 },
  perClient: { points: 100, duration: 15 * 60 },
  perCodeSession: { points: 5, duration: 10 * 60 },
} as const;

type Limiters = Record<keyof typeof STAFF_LIMITS, RateLimiterPostgres>;
const globalForLimiters = globalThis as unknown as { ventanillaStaffLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimiters.ventanillaStaffLimiters) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000 });
    pool.on("error", () => undefined);
    const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true, clearExpiredByTimeout: false } as const;
    globalForLimiters.ventanillaStaffLimiters = {
      perAccount: new RateLimiterPostgres({ ...common, keyPrefix: "staff-account", ...STAFF_LIMITS.perAccount }),
      perClient: new RateLimiterPostgres({ ...common, keyPrefix: "staff-client", ...STAFF_LIMITS.perClient }),
      perCodeSession: new RateLimiterPostgres({ ...common, keyPrefix: "staff-code", ...STAFF_LIMITS.perCodeSession }),
    };
  }
  return globalForLimiters.ventanillaStaffLimiters;
}

async function consumeAll(pairs: [RateLimiterPostgres, string][]): Promise<{ retryAfterSeconds: number } | null> {
  const results = await Promise.allSettled(pairs.map(([limiter, key]) => limiter.consume(key)));
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (rejected.length === 0) return null;
  for (const r of rejected) if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
  return { retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...rejected.map((r) => (r.reason as RateLimiterRes).msBeforeNext)) / 1000)) };
}

/** Reserves a failed password attempt before any hashing; null when allowed. */
export function reservePasswordAttempt(email: string, client: string) {
  const l = limiters();
  return consumeAll([
    [l.perAccount, `${email}|${client}`],
    [l.perClient, client],
  ]);
}

export async function refundPasswordAttempt(email: string, client: string): Promise<void> {
  const l = limiters();
  await Promise.all([l.perAccount.delete(`${email}|${client}`), l.perClient.reward(client, 1)]);
}

/** Reserves a second-factor attempt for one pending sign-in. */
export function reserveCodeAttempt(pendingSessionId: string) {
  return consumeAll([[limiters().perCodeSession, pendingSessionId]]);
}
