import "server-only";
import { hashPassword, tokenId } from "@/lib/crypto";
import { getDb } from "@/lib/db";
import { fieldErrorsFromZod } from "@/lib/forms/action-state";
import { logSecurityEvent } from "@/lib/security/log";
import { enrolmentTokenId } from "./enrolment-links";
import { ENROL_PENDING_MINUTES, newToken } from "./mutations";
import { newPasswordSchema } from "./schemas";
import { generateTotpSecret } from "./totp";
import { encryptTotpSecret } from "./totp-crypto";

/** Who an enrolment link is for, or null when it is unknown, used, expired or the account is disabled. */
export async function getEnrolment(
  token: string | undefined,
  now = new Date(),
): Promise<{ email: string; name: string } | null> {
  if (!token || token.length > 100) return null;
  const link = await getDb().staffEnrolment.findUnique({
    where: { id: enrolmentTokenId(token) },
    select: { expiresAt: true, staff: { select: { email: true, name: true, disabledAt: true } } },
  });
  if (!link || link.expiresAt <= now || link.staff.disabledAt) return null;
  return { email: link.staff.email, name: link.staff.name };
}

export type EnrolmentResult =
  | { ok: true; pendingToken: string }
  | { ok: false; reason: "expired" }
  | { ok: false; reason: "INVALID_INPUT"; fieldErrors: Record<string, string> };

/**
 * Step 1 of an enrolment link: the official chooses a password (policy in password-policy.ts). In one
 * transaction the link is used up (a second submission, or a second tab, finds nothing), the password
 * is stored, a new TOTP secret is created (encrypted), every session of the account ends, and an
 * enrolment stage opens: the second-factor page shows the secret and the first code confirms it.
 */
export async function completeEnrolmentPassword(
  token: string | undefined,
  raw: { password?: unknown; confirm?: unknown },
  meta: { client?: string } = {},
  now = new Date(),
): Promise<EnrolmentResult> {
  const enrolment = await getEnrolment(token, now);
  if (!enrolment || !token) return { ok: false, reason: "expired" };
  const parsed = newPasswordSchema(enrolment.email).safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsFromZod(parsed.error.issues) };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const pendingToken = newToken();
  const staffId = await getDb().$transaction(async (tx) => {
    const link = await tx.staffEnrolment.findUnique({
      where: { id: enrolmentTokenId(token) },
      select: { staffId: true },
    });
    if (!link) return null;
    const used = await tx.staffEnrolment.deleteMany({ where: { id: enrolmentTokenId(token), expiresAt: { gt: now } } });
    if (used.count === 0) return null;
    await tx.staffUser.update({
      where: { id: link.staffId },
      data: {
        passwordHash,
        passwordChangedAt: now,
        totpSecret: encryptTotpSecret(generateTotpSecret(), link.staffId),
        totpConfirmedAt: null,
        totpLastStep: null,
      },
    });
    await tx.staffSession.deleteMany({ where: { staffId: link.staffId } });
    await tx.staffSession.create({
      data: {
        id: tokenId(pendingToken),
        staffId: link.staffId,
        stage: "enrol",
        expiresAt: new Date(now.getTime() + ENROL_PENDING_MINUTES * 60_000),
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: link.staffId,
        actorRole: "staff",
        action: "staff.enrolment.password_set",
        entity: "staff_user",
        entityId: link.staffId,
      },
    });
    return link.staffId;
  });
  if (!staffId) return { ok: false, reason: "expired" };
  logSecurityEvent("staff.password.changed", { account: staffId, client: meta.client, reason: "enrolment" });
  return { ok: true, pendingToken };
}
