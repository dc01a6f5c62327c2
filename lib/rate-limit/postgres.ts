import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { currentClientAddress } from "@/lib/http/request-client";
import { keyedDigest, logSecurityEvent } from "@/lib/security/log";

/**
 * Counters of rate-limiter-flexible in PostgreSQL (the `rate_limit` table from our migrations), shared by
 * every app server: each point is one atomic INSERT … ON CONFLICT. One small pool serves every limiter.
 */
const globalForLimits = globalThis as unknown as {
  ventanillaRateLimitPool?: pg.Pool;
  ventanillaRateLimiters?: Map<string, RateLimiterPostgres>;
};

function pool(): pg.Pool {
  if (!globalForLimits.ventanillaRateLimitPool) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const created = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5_000 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the next query simply opens a new one.
    created.on("error", () => undefined);
    globalForLimits.ventanillaRateLimitPool = created;
  }
  return globalForLimits.ventanillaRateLimitPool;
}

export type Limit = { keyPrefix: string; points: number; duration: number };

/**
 * rate-limiter-flexible builds the row key through getKey in every call (consume, reward, delete, get), so
 * this is the one place keys change: what a caller counts by (a client address, an email, an application
 * number) is stored only as a keyed digest under SECURITY_LOG_KEY, and the table holds no address or email
 * while a window runs (review M5). Changing the key starts every counter afresh.
 */
class DigestKeyLimiter extends RateLimiterPostgres {
  override getKey(key: string | number): string {
    return super.getKey(keyedDigest("rate-limit", String(key)));
  }
}

/** The limiter for one limit (created once per process). */
export function postgresLimiter(limit: Limit): RateLimiterPostgres {
  globalForLimits.ventanillaRateLimiters ??= new Map();
  let limiter = globalForLimits.ventanillaRateLimiters.get(limit.keyPrefix);
  if (!limiter) {
    limiter = new DigestKeyLimiter({
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: false,
      ...limit,
    });
    globalForLimits.ventanillaRateLimiters.set(limit.keyPrefix, limiter);
  }
  return limiter;
}

/**
 * A refusal from rate-limiter-flexible, recognised by its shape as well as its class: the limiters live on
 * globalThis and are shared by every server bundle, while each bundle (route handlers, server actions) may
 * carry its own copy of the class, so `instanceof` alone turned a route's refusal into a 500 whenever a
 * page's action had created the limiter first.
 */
function isRefusal(reason: unknown): reason is RateLimiterRes {
  if (reason instanceof RateLimiterRes) return true;
  if (typeof reason !== "object" || reason === null || reason instanceof Error) return false;
  const candidate = reason as Partial<Record<keyof RateLimiterRes, unknown>>;
  return (
    typeof candidate.msBeforeNext === "number" &&
    typeof candidate.consumedPoints === "number" &&
    typeof candidate.remainingPoints === "number"
  );
}

/**
 * Consumes one point of every (limiter, key) pair at once. Null when all allowed, else the seconds to
 * wait for the longest-blocked one. Database failures are thrown, never read as "allowed". A refusal is
 * a `rate_limit.refused` line in the security log naming the limits (never their keys, which hold
 * addresses, emails or application numbers).
 */
export async function consumeAll(
  pairs: [RateLimiterPostgres, string][],
): Promise<{ retryAfterSeconds: number } | null> {
  const results = await Promise.allSettled(pairs.map(([limiter, key]) => limiter.consume(key)));
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (rejected.length === 0) return null;
  for (const r of rejected) if (!isRefusal(r.reason)) throw r.reason;
  const waitMs = Math.max(...rejected.map((r) => (r.reason as RateLimiterRes).msBeforeNext));
  const refused = pairs.filter((_, i) => results[i]!.status === "rejected").map(([limiter]) => limiter.keyPrefix);
  logSecurityEvent("rate_limit.refused", { target: refused.join(","), client: await currentClientAddress() });
  return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
