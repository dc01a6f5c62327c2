import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword, tokenId, verifyPassword } from "@/lib/applications/crypto";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { refundPasswordAttempt, reserveCodeAttempt, reservePasswordAttempt } from "./limits";
import { authorize, type StaffActor } from "./permissions";
import { codeSchema, signInSchema, staffCreateSchema, staffUpdateSchema } from "./schemas";
import { generateTotpSecret, matchTotp } from "./totp";

/** Between password and second factor. */
export const PENDING_MINUTES = 5;
/** Staff sessions end after 15 idle minutes or 8 hours, whichever comes first (ASVS 7.3.1/7.3.2). */
export const IDLE_MINUTES = 15;
export const ABSOLUTE_HOURS = 8;

const newToken = () => randomBytes(32).toString("base64url");
const dummyHash = hashPassword("not-a-real-staff-password-0000");

export type PasswordResult =
  | { ok: true; pendingToken: string; enrolling: boolean }
  | { ok: false; reason: "invalid" | "failed" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * First step of a staff sign-in. Unknown email, wrong password and disabled account answer the same
 * and take the same time; attempts are reserved before any hashing. A success opens a pending
 * sign-in of a few minutes that only the second factor can complete.
 */
export async function signInWithPassword(raw: { email?: unknown; password?: unknown }, client: string): Promise<PasswordResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const limited = await reservePasswordAttempt(email, client);
  if (limited) return { ok: false, reason: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const db = getDb();
  const staff = await db.staffUser.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true, totpSecret: true, totpConfirmedAt: true } });
  const valid = await verifyPassword(staff?.passwordHash ?? (await dummyHash), password);
  if (!staff || !valid || staff.disabledAt) return { ok: false, reason: "failed" };

  await refundPasswordAttempt(email, client);
  const enrolling = !staff.totpConfirmedAt;
  if (enrolling && !staff.totpSecret) await db.staffUser.update({ where: { id: staff.id }, data: { totpSecret: generateTotpSecret() } });
  const pendingToken = newToken();
  await db.staffSession.create({ data: { id: tokenId(pendingToken), staffId: staff.id, stage: "password", expiresAt: new Date(Date.now() + PENDING_MINUTES * 60_000) } });
  return { ok: true, pendingToken, enrolling };
}

export type CodeResult =
  | { ok: true; sessionToken: string }
  | { ok: false; reason: "invalid" | "failed" | "expired" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Second step: a TOTP code for the pending sign-in. A code is accepted once (its 30-second step must
 * be newer than the last one used). Success replaces the pending token with a new session token, so
 * the identifier changes at sign-in (ASVS 7.2.4).
 */
export async function verifySecondFactor(pendingToken: string | undefined, raw: { code?: unknown }, now = Date.now()): Promise<CodeResult> {
  if (!pendingToken || pendingToken.length > 100) return { ok: false, reason: "expired" };
  const db = getDb();
  const pendingId = tokenId(pendingToken);
  const pending = await db.staffSession.findUnique({
    where: { id: pendingId },
    select: { stage: true, expiresAt: true, staff: { select: { id: true, totpSecret: true, totpConfirmedAt: true, disabledAt: true } } },
  });
  if (!pending || pending.stage !== "password" || pending.expiresAt <= new Date(now) || pending.staff.disabledAt || !pending.staff.totpSecret) return { ok: false, reason: "expired" };
  const parsed = codeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const limited = await reserveCodeAttempt(pendingId);
  if (limited) return { ok: false, reason: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const step = matchTotp(pending.staff.totpSecret, parsed.data.code, now);
  if (step === null) return { ok: false, reason: "failed" };
  const sessionToken = newToken();
  const staffId = pending.staff.id;
  const accepted = await db.$transaction(async (tx) => {
    // One atomic check-and-set: the same code twice (or two tabs at once) succeeds once.
    const used = await tx.staffUser.updateMany({
      where: { id: staffId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: BigInt(step) } }] },
      data: { totpLastStep: BigInt(step), ...(pending.staff.totpConfirmedAt ? {} : { totpConfirmedAt: new Date(now) }) },
    });
    if (used.count === 0) return false;
    const removed = await tx.staffSession.deleteMany({ where: { id: pendingId, stage: "password" } });
    if (removed.count === 0) return false;
    await tx.staffSession.create({ data: { id: tokenId(sessionToken), staffId, stage: "full", expiresAt: new Date(now + ABSOLUTE_HOURS * 3_600_000) } });
    await tx.auditLog.create({ data: { actorId: staffId, actorRole: "staff", action: "staff.sign_in", entity: "staff_user", entityId: staffId } });
    return true;
  });
  return accepted ? { ok: true, sessionToken } : { ok: false, reason: "failed" };
}

/** The secret to enrol in an authenticator app, only during a pending sign-in of an account without one confirmed. */
export async function enrollmentSecret(pendingToken: string | undefined): Promise<{ secret: string; email: string } | null> {
  if (!pendingToken || pendingToken.length > 100) return null;
  const pending = await getDb().staffSession.findUnique({
    where: { id: tokenId(pendingToken) },
    select: { stage: true, expiresAt: true, staff: { select: { email: true, totpSecret: true, totpConfirmedAt: true } } },
  });
  if (!pending || pending.stage !== "password" || pending.expiresAt <= new Date() || pending.staff.totpConfirmedAt || !pending.staff.totpSecret) return null;
  return { secret: pending.staff.totpSecret, email: pending.staff.email };
}

/** Ends this session on the server: the old cookie is worthless afterwards (ASVS 7.4.1). */
export async function signOut(sessionToken: string | undefined): Promise<void> {
  if (!sessionToken || sessionToken.length > 100) return;
  await getDb().staffSession.deleteMany({ where: { id: tokenId(sessionToken) } });
}

export type SessionStaff = StaffActor & { email: string; name: string; sessionCreatedAt: Date };

/**
 * The official behind a session token, or null when it is unknown, only half signed in, idle for
 * more than 15 minutes, older than 8 hours, or the account is disabled. Activity is recorded at most
 * once a minute.
 */
export async function staffFromSessionToken(sessionToken: string | undefined, now = Date.now()): Promise<SessionStaff | null> {
  if (!sessionToken || sessionToken.length > 100) return null;
  const db = getDb();
  const id = tokenId(sessionToken);
  const session = await db.staffSession.findUnique({
    where: { id },
    select: { stage: true, createdAt: true, lastSeenAt: true, expiresAt: true, staff: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.stage !== "full" || session.staff.disabledAt) return null;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() <= now - IDLE_MINUTES * 60_000) {
    await db.staffSession.deleteMany({ where: { id } });
    return null;
  }
  if (session.lastSeenAt.getTime() < now - 60_000) await db.staffSession.updateMany({ where: { id }, data: { lastSeenAt: new Date(now) } });
  const { staff } = session;
  return { id: staff.id, email: staff.email, name: staff.name, role: staff.role, sessionCreatedAt: session.createdAt };
}

/** A readable first password: 20 characters from an unambiguous alphabet (~100 bits). */
export function generateStaffPassword(): string {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

function audit(actor: StaffActor, action: string, entityId: string, before: unknown, after: unknown) {
  return { actorId: actor.id, actorRole: actor.role, action, entity: "staff_user", entityId, before: before as object, after: after as object };
}

/** Admin: creates an official and returns the first password, to hand over once. */
export async function createStaffMember(actor: StaffActor | null, raw: unknown): Promise<{ id: string; password: string }> {
  const admin = authorize(actor, "staff.manage");
  const parsed = staffCreateSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("INVALID_INPUT", "Invalid staff member", { cause: parsed.error });
  const password = generateStaffPassword();
  const passwordHash = await hashPassword(password);
  const db = getDb();
  try {
    const created = await db.$transaction(async (tx) => {
      const row = await tx.staffUser.create({ data: { ...parsed.data, passwordHash }, select: { id: true } });
      await tx.auditLog.create({ data: audit(admin, "staff.create", row.id, null, { email: parsed.data.email, role: parsed.data.role }) });
      return row;
    });
    return { id: created.id, password };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new DomainError("CONFLICT", "That email already has an account");
    throw error;
  }
}

/**
 * Admin: changes a role or disables/enables an account. Disabling, a role change and a second-factor
 * reset end every session of that account at once (ASVS 7.4.2).
 */
export type StaffUpdateInput = { id: string; role?: string; disabled?: boolean; resetSecondFactor?: boolean; endSessions?: boolean };

export async function updateStaffMember(actor: StaffActor | null, raw: StaffUpdateInput): Promise<void> {
  const admin = authorize(actor, "staff.manage");
  const parsed = staffUpdateSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("INVALID_INPUT", "Invalid change");
  const { id, role, disabled } = parsed.data;
  const reset = raw.resetSecondFactor === true;
  if (id === admin.id && (disabled || (role && role !== "admin"))) throw new DomainError("INVALID_INPUT", "Admins cannot lock themselves out");
  await getDb().$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id }, select: { role: true, disabledAt: true } });
    if (!before) throw new DomainError("NOT_FOUND", "No such staff member");
    const data = {
      ...(role ? { role } : {}),
      ...(disabled === undefined ? {} : { disabledAt: disabled ? new Date() : null }),
      ...(reset ? { totpSecret: null, totpConfirmedAt: null, totpLastStep: null } : {}),
    };
    await tx.staffUser.update({ where: { id }, data });
    if (disabled || (role && role !== before.role) || reset || raw.endSessions === true) await tx.staffSession.deleteMany({ where: { staffId: id } });
    await tx.auditLog.create({
      data: audit(admin, "staff.update", id, { role: before.role, disabled: !!before.disabledAt }, { role: role ?? before.role, disabled: disabled ?? !!before.disabledAt, ...(reset ? { secondFactorReset: true } : {}), ...(raw.endSessions ? { sessionsEnded: true } : {}) }),
    });
  });
}
