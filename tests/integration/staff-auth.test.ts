import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tokenId } from "@/lib/applications/crypto";
import { totpCode, totpStep } from "@/lib/auth/totp";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let auth: typeof import("@/lib/auth/mutations");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  auth = await import("@/lib/auth/mutations");
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

let client = 0;
const newClient = () => `203.0.113.${(client += 1)}`;

/** Password, then the current TOTP code: the session token of a full sign-in. */
async function signIn(staff: TestStaff, now = Date.now()) {
  const first = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
  if (!first.ok) throw new Error(`password step failed: ${first.reason}`);
  const second = await auth.verifySecondFactor(first.pendingToken, { code: totpCode(staff.totpSecret, totpStep(now)) }, now);
  if (!second.ok) throw new Error(`code step failed: ${second.reason}`);
  return { pendingToken: first.pendingToken, sessionToken: second.sessionToken };
}

describe("staff sign-in", () => {
  it("needs password and code, issues a new token at the second step, and stores argon2id hashes", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const { pendingToken, sessionToken } = await signIn(staff);
    expect(sessionToken).not.toBe(pendingToken);
    expect(await auth.staffFromSessionToken(pendingToken)).toBeNull();
    expect(await auth.staffFromSessionToken(sessionToken)).toMatchObject({ id: staff.id, role: "clerk", email: staff.email });
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // A pending sign-in is not a session: the password alone opens nothing.
    const half = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    expect(half.ok && (await auth.staffFromSessionToken(half.pendingToken))).toBeNull();
  });

  it("answers unknown email, wrong password and disabled account the same way", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const disabled = await createStaff(db, { role: "clerk" });
    await db.staffUser.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await auth.signInWithPassword({ email: "nobody@example.org", password: "whatever it is" }, newClient())).toEqual({ ok: false, reason: "failed" });
    expect(await auth.signInWithPassword({ email: staff.email, password: "wrong password" }, newClient())).toEqual({ ok: false, reason: "failed" });
    expect(await auth.signInWithPassword({ email: disabled.email, password: disabled.password }, newClient())).toEqual({ ok: false, reason: "failed" });
    expect(await auth.signInWithPassword({ email: "not an email", password: "x" }, newClient())).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts a code once: the same code again, a wrong code or an old one fail", async () => {
    const staff = await createStaff(db, { role: "supervisor" });
    const now = Date.now();
    await signIn(staff, now);
    const again = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    if (!again.ok) throw new Error("password step failed");
    const code = totpCode(staff.totpSecret, totpStep(now));
    expect(await auth.verifySecondFactor(again.pendingToken, { code }, now)).toEqual({ ok: false, reason: "failed" });
    expect(await auth.verifySecondFactor(again.pendingToken, { code: code === "000000" ? "111111" : "000000" }, now)).toEqual({ ok: false, reason: "failed" });
    expect(await auth.verifySecondFactor(again.pendingToken, { code: "12ab" }, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await auth.verifySecondFactor(again.pendingToken, { code: totpCode(staff.totpSecret, totpStep(now) + 1) }, now)).toMatchObject({ ok: true });
  });

  it("stops guessing codes after 5 tries on one pending sign-in", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const pending = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    if (!pending.ok) throw new Error("password step failed");
    const wrong = totpCode(staff.totpSecret, totpStep() - 5);
    const results = await Promise.all(Array.from({ length: 8 }, () => auth.verifySecondFactor(pending.pendingToken, { code: wrong })));
    expect(results.filter((r) => !r.ok && r.reason === "failed")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(3);
  });

  it("enrols a second factor at the first sign-in and confirms it with a code", async () => {
    const staff = await createStaff(db, { role: "admin", enrolled: false });
    const pending = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    expect(pending).toMatchObject({ ok: true, enrolling: true });
    if (!pending.ok) return;
    const enrolment = await auth.enrollmentSecret(pending.pendingToken);
    expect(enrolment?.secret).toMatch(/^[A-Z2-7]{32}$/);
    const done = await auth.verifySecondFactor(pending.pendingToken, { code: totpCode(enrolment!.secret, totpStep()) });
    expect(done.ok).toBe(true);
    expect(await auth.enrollmentSecret(pending.pendingToken)).toBeNull();
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).totpConfirmedAt).not.toBeNull();
  });

  it("ends sessions after 15 idle minutes, after 8 hours whatever the activity, and at sign-out", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const idle = await signIn(staff);
    expect(await auth.staffFromSessionToken(idle.sessionToken, Date.now() + 14 * 60_000)).not.toBeNull();
    // Activity at +14 min moved the idle clock: +28 min is fine, +44 is not.
    expect(await auth.staffFromSessionToken(idle.sessionToken, Date.now() + 28 * 60_000)).not.toBeNull();
    expect(await auth.staffFromSessionToken(idle.sessionToken, Date.now() + 44 * 60_000)).toBeNull();
    expect(await db.staffSession.count({ where: { id: tokenId(idle.sessionToken) } })).toBe(0);

    const long = await signIn(staff, Date.now() + 30_000);
    await db.staffSession.update({ where: { id: tokenId(long.sessionToken) }, data: { lastSeenAt: new Date(Date.now() + 8 * 3_600_000) } });
    expect(await auth.staffFromSessionToken(long.sessionToken, Date.now() + 8 * 3_600_000 + 60_000)).toBeNull();

    const out = await signIn(staff, Date.now() + 60_000);
    await auth.signOut(out.sessionToken);
    expect(await auth.staffFromSessionToken(out.sessionToken)).toBeNull();
  });

  it("lets an admin create, disable (ending sessions) and change roles, with audit rows; nobody else", async () => {
    const admin = await createStaff(db, { role: "admin" });
    const actor = { id: admin.id, role: "admin" as const };
    const created = await auth.createStaffMember(actor, { email: "New.Person@Example.org", name: "New Person", role: "clerk" });
    expect(created.password).toHaveLength(20);
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.email).toBe("new.person@example.org");
    await expect(auth.createStaffMember(actor, { email: "new.person@example.org", name: "Again", role: "clerk" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(auth.createStaffMember({ id: admin.id, role: "supervisor" }, { email: "x@example.org", name: "X", role: "clerk" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const member = await createStaff(db, { role: "clerk" });
    const session = await signIn(member);
    await auth.updateStaffMember(actor, { id: member.id, disabled: true });
    expect(await auth.staffFromSessionToken(session.sessionToken)).toBeNull();
    await auth.updateStaffMember(actor, { id: member.id, disabled: false, role: "supervisor" });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("supervisor");
    await expect(auth.updateStaffMember(actor, { id: admin.id, disabled: true })).rejects.toBeInstanceOf(DomainError);
    const audit = await db.auditLog.findMany({ where: { entity: "staff_user", actorId: admin.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["staff.create", "staff.update", "staff.update"]);
  });
});

describe("staff sign-in rate limit", () => {
  it("is exact under 50 concurrent failures for one account and address: 10 checked, 40 refused", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const address = newClient();
    const results = await Promise.all(Array.from({ length: 50 }, () => auth.signInWithPassword({ email: staff.email, password: "wrong password" }, address)));
    expect(results.filter((r) => !r.ok && r.reason === "failed")).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(40);
    // Even the right password waits now; another address is not blocked.
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, address)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient())).toMatchObject({ ok: true });
  });
});
