import "server-only";
import { verifyPassword } from "@/lib/crypto";
import { getDb } from "@/lib/db";
import { DomainError, rateLimitedError } from "@/lib/errors";
import { logSecurityEvent } from "@/lib/security/log";
import { dummyHash } from "./mutations";
import { refundStepUp, reserveStepUp } from "./limits";
import type { StaffActor } from "./permissions";
import { stepUpSchema } from "./schemas";

/**
 * Re-authentication before a sensitive change (ASVS 7.5.1; security review L11): the acting official
 * types their current password again. Wrong passwords are counted per account (5 per 15 minutes) before
 * any hashing. A success gives back its point.
 * @throws DomainError INVALID_INPUT with a `stepUp` field error for a wrong or missing password, RATE_LIMITED past the limit.
 */
export async function confirmCurrentPassword(
  actor: StaffActor,
  raw: unknown,
  meta: { client?: string; target?: string } = {},
): Promise<void> {
  const parsed = stepUpSchema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError("INVALID_INPUT", "Confirm with your password", {
      fieldErrors: { stepUp: "staff.errors.stepUpRequired" },
    });
  const limited = await reserveStepUp(actor.id);
  if (limited) {
    logSecurityEvent("staff.locked_out", {
      account: actor.id,
      client: meta.client,
      target: limited.limit,
      reason: "step-up",
    });
    throw rateLimitedError(limited.retryAfterSeconds, "Too many wrong passwords");
  }
  const row = await getDb().staffUser.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(row?.passwordHash ?? (await dummyHash), parsed.data);
  if (!row?.passwordHash || row.disabledAt || !valid) {
    logSecurityEvent("staff.step_up.failure", { account: actor.id, client: meta.client, target: meta.target });
    throw new DomainError("INVALID_INPUT", "Wrong password", { fieldErrors: { stepUp: "staff.errors.stepUpFailed" } });
  }
  await refundStepUp(actor.id);
}
