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
 * Reserves one failed attempt for this number and this client before any password is hashed.
 * Returns null when allowed, or the seconds to wait when either limit is used up. Reserving first
 * (and refunding on success) keeps the count exact under concurrent requests.
 */
export async function reserveAttempt(numberKey: string, clientKey: string): Promise<{ retryAfterSeconds: number } | null> {
  const { perNumber, perClient } = limiters();
  return consumeAll([
    [perNumber, numberKey],
    [perClient, clientKey],
  ]);
}

/** A successful sign-in clears the number's failures and gives the client its attempt back. */
export async function refundAttempt(numberKey: string, clientKey: string): Promise<void> {
  const { perNumber, perClient } = limiters();
  await Promise.all([perNumber.delete(numberKey), perClient.reward(clientKey, 1)]);
}
