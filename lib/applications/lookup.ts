import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/crypto";
import { createApplicantSession } from "./mutations";
import { normalizeApplicationNumber, normalizePassword } from "./number";
import { logSecurityEvent } from "@/lib/security/log";
import { countNumberAttempt, refundAttempt, reserveClientAttempt } from "./rate-limit";

/** What the status form sends; anything else is ignored. Lengths are capped before any work. */
export const lookupSchema = z.object({
  number: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(40, { error: "errors.lookupFailed" }),
  password: z
    .string({ error: "errors.required" })
    .min(1, { error: "errors.required" })
    .max(64, { error: "errors.lookupFailed" }),
});

export type LookupResult =
  | { ok: true; sessionToken: string; expiresAt: Date }
  | { ok: false; reason: "INVALID_INPUT" | "UNAUTHENTICATED" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number };

// Verified against when the number does not exist, so an unknown number costs the same time as a
// wrong password (no enumeration by timing).
const dummyHash = hashPassword("not-a-real-password-0000");

/**
 * Signs an applicant in with number and password. Unknown number and wrong password give the same
 * answer. The per-client limit is checked *before* any hashing. The per-number limit never refuses the
 * right password (L5): once a number has had too many failures, a wrong password gets "wait" instead
 * of "wrong", so guessing gains nothing, while the owner can still get in. A success opens a short
 * applicant session for the status page and the downloads.
 */
export async function lookupApplication(
  raw: { number?: unknown; password?: unknown },
  clientKey: string,
): Promise<LookupResult> {
  const parsed = lookupSchema.safeParse({ number: raw.number, password: raw.password });
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT" };
  const normalized = normalizeApplicationNumber(parsed.data.number);
  // Malformed numbers share one counter per client, so junk cannot be used to dodge the per-number limit.
  const numberKey = normalized ?? `malformed:${clientKey}`;

  const clientLimited = await reserveClientAttempt(clientKey);
  if (clientLimited) {
    logSecurityEvent("rate_limit.refused", { client: clientKey, target: "lookup-client" });
    return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: clientLimited.retryAfterSeconds };
  }
  const numberLimited = await countNumberAttempt(numberKey);

  const application = normalized
    ? await getDb().application.findUnique({ where: { number: normalized }, select: { id: true, passwordHash: true } })
    : null;
  const password = normalizePassword(parsed.data.password);
  const valid = await verifyPassword(application?.passwordHash ?? (await dummyHash), password);
  if (!application || !valid) {
    if (numberLimited) {
      logSecurityEvent("rate_limit.refused", { client: clientKey, target: "lookup-number" });
      return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: numberLimited.retryAfterSeconds };
    }
    logSecurityEvent("applicant.lookup.failure", { client: clientKey });
    return { ok: false, reason: "UNAUTHENTICATED" };
  }

  await refundAttempt(numberKey, clientKey);
  const session = await createApplicantSession(application.id);
  return { ok: true, sessionToken: session.token, expiresAt: session.expiresAt };
}
