import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword, tokenId, verifyPassword } from "@/lib/crypto";
import { getDb } from "@/lib/db";
import { logSecurityEvent } from "@/lib/security/log";
import { isDemoMode } from "./demo";
import { refundCodeAttempt, refundPasswordAttempt, reserveCodeAttempt, reservePasswordAttempt } from "./limits";
import type { StaffActor } from "./permissions";
import { codeSchema, signInSchema } from "./schemas";
import { matchTotp } from "./totp";
import { decryptTotpSecret } from "./totp-crypto";

/** Between password and second factor. */
export const PENDING_MINUTES = 5;
/** Between choosing a password through an enrolment link and confirming the authenticator app. */
export const ENROL_PENDING_MINUTES = 15;
/** Staff sessions end after 15 idle minutes or 8 hours, whichever comes first (ASVS 7.3.1/7.3.2). */
export const IDLE_MINUTES = 15;
export const ABSOLUTE_HOURS = 8;

export const newToken = () => randomBytes(32).toString("base64url");
/** Verified against when there is no account or no password, so every failure takes the same time. */
export const dummyHash = hashPassword("not-a-real-staff-password-0000");

export type RequestMeta = { client?: string; userAgent?: string | null };

export type PasswordResult =
  | { ok: true; pendingToken: string }
  | { ok: false; reason: "INVALID_INPUT" | "UNAUTHENTICATED" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number };

/**
 * First step of a staff sign-in. Unknown email, wrong password, disabled account, an account that has
 * not finished its enrolment and a demo account outside demo mode answer the same and take the same
 * time; attempts are reserved before any hashing. A success opens a pending sign-in of a few minutes
 * that only the second factor can complete. The second factor is enrolled only through an enrolment
 * link (lib/auth/enrolment.ts), never here: knowing a password is not enough to attach an authenticator.
 */
export async function signInWithPassword(
  raw: { email?: unknown; password?: unknown },
  client: string,
): Promise<PasswordResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT" };
  const { email, password } = parsed.data;
  const limited = await reservePasswordAttempt(email, client);
  if (limited) {
    logSecurityEvent("staff.locked_out", { client, target: limited.limit, reason: "password" });
    return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limited.retryAfterSeconds };
  }

  const db = getDb();
  const staff = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, totpConfirmedAt: true, isDemo: true },
  });
  const valid = await verifyPassword(staff?.passwordHash ?? (await dummyHash), password);
  if (!staff || !valid || staff.disabledAt || !staff.passwordHash || !staff.totpConfirmedAt) {
    logSecurityEvent("staff.sign_in.failure", {
      account: staff?.id ?? "unknown",
      client,
      reason: !staff ? "unknown" : !valid ? "password" : staff.disabledAt ? "disabled" : "not-enrolled",
    });
    return { ok: false, reason: "UNAUTHENTICATED" };
  }
  if (staff.isDemo && !isDemoMode()) {
    logSecurityEvent("demo.sign_in_refused", { account: staff.id, client });
    return { ok: false, reason: "UNAUTHENTICATED" };
  }

  await refundPasswordAttempt(email, client);
  const pendingToken = newToken();
  await db.staffSession.create({
    data: {
      id: tokenId(pendingToken),
      staffId: staff.id,
      stage: "password",
      expiresAt: new Date(Date.now() + PENDING_MINUTES * 60_000),
    },
  });
  return { ok: true, pendingToken };
}

export type CodeResult =
  | { ok: true; sessionToken: string }
  | { ok: false; reason: "INVALID_INPUT" | "UNAUTHENTICATED" | "expired" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number };

/**
 * Second step: a TOTP code for the pending sign-in (stage "password"), or the first code of a new
 * authenticator during enrolment (stage "enrol"). A code is accepted once (its 30-second step must be
 * newer than the last one used). Failures are counted per pending sign-in and per account; the account
 * count survives new pending sign-ins (H1). Success replaces the pending token with a new session
 * token, so the identifier changes at sign-in (ASVS 7.2.4).
 */
export async function verifySecondFactor(
  pendingToken: string | undefined,
  raw: { code?: unknown },
  now = Date.now(),
  meta: RequestMeta = {},
): Promise<CodeResult> {
  if (!pendingToken || pendingToken.length > 100) return { ok: false, reason: "expired" };
  const db = getDb();
  const pendingId = tokenId(pendingToken);
  const pending = await db.staffSession.findUnique({
    where: { id: pendingId },
    select: {
      stage: true,
      expiresAt: true,
      staff: { select: { id: true, totpSecret: true, totpConfirmedAt: true, disabledAt: true, isDemo: true } },
    },
  });
  const enrolling = pending?.stage === "enrol";
  if (
    !pending ||
    (pending.stage !== "password" && !enrolling) ||
    pending.expiresAt <= new Date(now) ||
    pending.staff.disabledAt ||
    !pending.staff.totpSecret
  )
    return { ok: false, reason: "expired" };
  if (enrolling === !!pending.staff.totpConfirmedAt) return { ok: false, reason: "expired" };
  if (pending.staff.isDemo && !isDemoMode()) return { ok: false, reason: "expired" };
  const parsed = codeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT" };
  const staffId = pending.staff.id;
  const limited = await reserveCodeAttempt(pendingId, staffId);
  if (limited) {
    logSecurityEvent("staff.locked_out", {
      account: staffId,
      client: meta.client,
      target: limited.limit,
      reason: "second-factor",
    });
    return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limited.retryAfterSeconds };
  }

  const step = matchTotp(decryptTotpSecret(pending.staff.totpSecret, staffId), parsed.data.code, now);
  if (step === null) {
    logSecurityEvent("staff.second_factor.failure", {
      account: staffId,
      client: meta.client,
      reason: enrolling ? "enrolment" : "code",
    });
    return { ok: false, reason: "UNAUTHENTICATED" };
  }
  const sessionToken = newToken();
  const accepted = await db.$transaction(async (tx) => {
    // One atomic check-and-set: the same code twice (or two tabs at once) succeeds once.
    const used = await tx.staffUser.updateMany({
      where: { id: staffId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: BigInt(step) } }] },
      data: { totpLastStep: BigInt(step), ...(enrolling ? { totpConfirmedAt: new Date(now) } : {}) },
    });
    if (used.count === 0) return false;
    const removed = await tx.staffSession.deleteMany({ where: { id: pendingId, stage: pending.stage } });
    if (removed.count === 0) return false;
    await tx.staffSession.create({
      data: {
        id: tokenId(sessionToken),
        staffId,
        stage: "full",
        expiresAt: new Date(now + ABSOLUTE_HOURS * 3_600_000),
        userAgent: meta.userAgent?.slice(0, 200) || null,
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: staffId,
        actorRole: "staff",
        action: enrolling ? "staff.enrolment.completed" : "staff.sign_in",
        entity: "staff_user",
        entityId: staffId,
      },
    });
    return true;
  });
  if (!accepted) {
    logSecurityEvent("staff.second_factor.failure", { account: staffId, client: meta.client, reason: "replayed" });
    return { ok: false, reason: "UNAUTHENTICATED" };
  }
  await refundCodeAttempt(staffId);
  if (enrolling) logSecurityEvent("staff.enrolment.completed", { account: staffId, client: meta.client });
  logSecurityEvent("staff.sign_in.success", { account: staffId, client: meta.client });
  return { ok: true, sessionToken };
}

/** The secret to add to an authenticator app: only during the enrolment stage that an enrolment link opened. */
export async function enrollmentSecret(
  pendingToken: string | undefined,
): Promise<{ secret: string; email: string } | null> {
  if (!pendingToken || pendingToken.length > 100) return null;
  const pending = await getDb().staffSession.findUnique({
    where: { id: tokenId(pendingToken) },
    select: {
      stage: true,
      expiresAt: true,
      staff: { select: { id: true, email: true, totpSecret: true, totpConfirmedAt: true } },
    },
  });
  if (
    !pending ||
    pending.stage !== "enrol" ||
    pending.expiresAt <= new Date() ||
    pending.staff.totpConfirmedAt ||
    !pending.staff.totpSecret
  )
    return null;
  return { secret: decryptTotpSecret(pending.staff.totpSecret, pending.staff.id), email: pending.staff.email };
}

/** Ends this session on the server: the old cookie is worthless afterwards (ASVS 7.4.1). */
export async function signOut(sessionToken: string | undefined, meta: RequestMeta = {}): Promise<void> {
  if (!sessionToken || sessionToken.length > 100) return;
  const removed = await getDb().staffSession.deleteMany({ where: { id: tokenId(sessionToken) } });
  if (removed.count) logSecurityEvent("staff.sign_out", { client: meta.client });
}

export type SessionStaff = StaffActor & { email: string; name: string; sessionCreatedAt: Date; sessionId: string };

/**
 * The official behind a session token, or null when it is unknown, only half signed in, idle for
 * more than 15 minutes, older than 8 hours, the account is disabled, or it is a demo account outside
 * demo mode. Activity is recorded at most once a minute.
 */
export async function staffFromSessionToken(
  sessionToken: string | undefined,
  now = Date.now(),
): Promise<SessionStaff | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const db = getDb();
  const id = tokenId(sessionToken);
  const session = await db.staffSession.findUnique({
    where: { id },
    select: {
      stage: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      staff: { select: { id: true, email: true, name: true, role: true, disabledAt: true, isDemo: true } },
    },
  });
  if (!session || session.stage !== "full" || session.staff.disabledAt || (session.staff.isDemo && !isDemoMode()))
    return null;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() <= now - IDLE_MINUTES * 60_000) {
    await db.staffSession.deleteMany({ where: { id } });
    return null;
  }
  if (session.lastSeenAt.getTime() < now - 60_000)
    await db.staffSession.updateMany({ where: { id }, data: { lastSeenAt: new Date(now) } });
  const { staff } = session;
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    sessionCreatedAt: session.createdAt,
    sessionId: id,
  };
}
