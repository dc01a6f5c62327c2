import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { tokenId } from "@/lib/crypto";
import { totpCode, totpStep } from "@/lib/auth/totp";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { decryptTotpSecret } from "@/lib/auth/totp-crypto";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";

// Every password check, recorded and passed through to the real argon2id verify (nothing is faked): the
// anti-enumeration test counts them instead of timing them.
const verified = vi.hoisted(() => ({ hashes: [] as string[] }));
vi.mock("@/lib/crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/crypto")>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      verified.hashes.push(hash);
      return real.verifyPassword(hash, password);
    },
  };
});

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let auth: typeof import("@/lib/auth/mutations");
let team: typeof import("@/lib/auth/team");
let enrolment: typeof import("@/lib/auth/enrolment");
let account: typeof import("@/lib/auth/account");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  auth = await import("@/lib/auth/mutations");
  team = await import("@/lib/auth/team");
  enrolment = await import("@/lib/auth/enrolment");
  account = await import("@/lib/auth/account");
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
  const second = await auth.verifySecondFactor(
    first.pendingToken,
    { code: totpCode(staff.totpSecret, totpStep(now)) },
    now,
  );
  if (!second.ok) throw new Error(`code step failed: ${second.reason}`);
  return { pendingToken: first.pendingToken, sessionToken: second.sessionToken };
}

describe("staff sign-in", () => {
  it("needs password and code, issues a new token at the second step, and stores argon2id hashes", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const { pendingToken, sessionToken } = await signIn(staff);
    expect(sessionToken).not.toBe(pendingToken);
    expect(await auth.staffFromSessionToken(pendingToken)).toBeNull();
    expect(await auth.staffFromSessionToken(sessionToken)).toMatchObject({
      id: staff.id,
      role: "clerk",
      email: staff.email,
    });
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
    expect(
      await auth.signInWithPassword({ email: "nobody@example.org", password: "whatever it is" }, newClient()),
    ).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
    expect(await auth.signInWithPassword({ email: staff.email, password: "wrong password" }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    expect(await auth.signInWithPassword({ email: disabled.email, password: disabled.password }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    expect(await auth.signInWithPassword({ email: "not an email", password: "x" }, newClient())).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
    });
  });

  it("checks one argon2id hash of the same cost for an unknown email as for a wrong password", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const { passwordHash } = await db.staffUser.findUniqueOrThrow({
      where: { id: staff.id },
      select: { passwordHash: true },
    });
    const cost = passwordHash!.slice(0, passwordHash!.indexOf("$", "$argon2id$v=19$".length) + 1); // "$argon2id$v=19$m=…,t=…,p=…$"
    const checked = async (email: string) => {
      verified.hashes = [];
      expect(await auth.signInWithPassword({ email, password: "Wrong-password-123456" }, newClient())).toEqual({
        ok: false,
        reason: "UNAUTHENTICATED",
      });
      return verified.hashes;
    };
    expect(await checked(staff.email)).toEqual([passwordHash]);
    const unknown = await checked(`nobody-${staff.id}@example.org`);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).not.toBe(passwordHash);
    expect(unknown[0]!.startsWith(cost)).toBe(true);
  });

  it("accepts a code once: the same code again, a wrong code or an old one fail", async () => {
    const staff = await createStaff(db, { role: "supervisor" });
    const now = Date.now();
    await signIn(staff, now);
    const again = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    if (!again.ok) throw new Error("password step failed");
    const code = totpCode(staff.totpSecret, totpStep(now));
    expect(await auth.verifySecondFactor(again.pendingToken, { code }, now)).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    expect(
      await auth.verifySecondFactor(again.pendingToken, { code: code === "000000" ? "111111" : "000000" }, now),
    ).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
    expect(await auth.verifySecondFactor(again.pendingToken, { code: "12ab" }, now)).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
    });
    expect(
      await auth.verifySecondFactor(again.pendingToken, { code: totpCode(staff.totpSecret, totpStep(now) + 1) }, now),
    ).toMatchObject({ ok: true });
  });

  it("stops guessing codes after 5 tries on one pending sign-in", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const pending = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    if (!pending.ok) throw new Error("password step failed");
    const wrong = totpCode(staff.totpSecret, totpStep() - 5);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => auth.verifySecondFactor(pending.pendingToken, { code: wrong })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "UNAUTHENTICATED")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(3);
  });

  it("never enrols a second factor at a password sign-in: an account without one cannot sign in (M2)", async () => {
    const staff = await createStaff(db, { role: "admin", enrolled: false });
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
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
    await db.staffSession.update({
      where: { id: tokenId(long.sessionToken) },
      data: { lastSeenAt: new Date(Date.now() + 8 * 3_600_000) },
    });
    expect(await auth.staffFromSessionToken(long.sessionToken, Date.now() + 8 * 3_600_000 + 60_000)).toBeNull();

    const out = await signIn(staff, Date.now() + 60_000);
    await auth.signOut(out.sessionToken);
    expect(await auth.staffFromSessionToken(out.sessionToken)).toBeNull();
  });

  it("lets an admin create (an enrolment link, no password), disable (ending sessions) and change roles, with audit rows; nobody else", async () => {
    const admin = await createStaff(db, { role: "admin" });
    const actor = { id: admin.id, role: "admin" as const };
    const created = await team.createStaffMember(
      actor,
      { email: "New.Person@Example.org", name: "New Person", role: "clerk" },
      admin.password,
    );
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created).not.toHaveProperty("password");
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.email).toBe("new.person@example.org");
    expect(row.passwordHash).toBeNull();
    // Only the sha256 of the link's token is stored.
    const links = await db.staffEnrolment.findMany({ where: { staffId: created.id } });
    expect(links).toHaveLength(1);
    expect(links[0]!.id).not.toContain(created.token);
    expect(links[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      team.createStaffMember(actor, { email: "new.person@example.org", name: "Again", role: "clerk" }, admin.password),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      team.createStaffMember(
        { id: admin.id, role: "supervisor" },
        { email: "x@example.org", name: "X", role: "clerk" },
        admin.password,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const member = await createStaff(db, { role: "clerk" });
    const session = await signIn(member);
    await team.updateStaffMember(actor, { id: member.id, disabled: true }, admin.password);
    expect(await auth.staffFromSessionToken(session.sessionToken)).toBeNull();
    await team.updateStaffMember(actor, { id: member.id, disabled: false, role: "supervisor" }, admin.password);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("supervisor");
    await expect(
      team.updateStaffMember(actor, { id: admin.id, disabled: true }, admin.password),
    ).rejects.toBeInstanceOf(DomainError);
    const audit = await db.auditLog.findMany({
      where: { entity: "staff_user", actorId: admin.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["staff.create", "staff.update", "staff.update"]);
  });
});

describe("staff sign-in rate limit", () => {
  it("is exact under 50 concurrent failures for one account and address: 10 checked, 40 refused", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const address = newClient();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        auth.signInWithPassword({ email: staff.email, password: "wrong password" }, address),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "UNAUTHENTICATED")).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(40);
    // Even the right password waits now; another address is not blocked.
    // (perAccount is keyed by account and address; the code counter below is per account only.)
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, address)).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient())).toMatchObject({
      ok: true,
    });
  });
});

describe("second factor brute force (security review H1)", () => {
  it("stops the review's attack: password → 5 wrong codes → password again… ends after 10 wrong codes for the account", async () => {
    const staff = await createStaff(db, { role: "supervisor" });
    const now = Date.now();
    const right = totpCode(staff.totpSecret, totpStep(now));
    // A code that is wrong in every accepted step (±1), so a random hit cannot make the test flaky.
    const valid = new Set([-1, 0, 1].map((d) => totpCode(staff.totpSecret, totpStep(now) + d)));
    const wrongCodes = Array.from({ length: 1000 }, (_, i) => String(i).padStart(6, "0")).filter((c) => !valid.has(c));
    let failed = 0;
    let refused = 0;
    let passwordRounds = 0;
    for (let round = 0; round < 10; round++) {
      // The password step is always accepted (the password is known) and never resets the code count.
      const pending = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
      expect(pending.ok).toBe(true);
      if (!pending.ok) return;
      passwordRounds += 1;
      for (let i = 0; i < 5; i++) {
        const result = await auth.verifySecondFactor(pending.pendingToken, { code: wrongCodes[round * 5 + i]! }, now);
        if (!result.ok && result.reason === "UNAUTHENTICATED") failed += 1;
        else if (!result.ok && result.reason === "RATE_LIMITED") refused += 1;
        else throw new Error(`unexpected ${JSON.stringify(result)}`);
      }
    }
    expect(passwordRounds).toBe(10);
    expect(failed).toBe(10);
    expect(refused).toBe(40);
    // Locked for the account: a fresh pending sign-in with the RIGHT code is refused too.
    const fresh = await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient());
    if (!fresh.ok) throw new Error("password step failed");
    expect(await auth.verifySecondFactor(fresh.pendingToken, { code: right }, now)).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
    // Failures of one account do not lock another.
    const other = await createStaff(db, { role: "supervisor" });
    expect(await signIn(other, now)).toMatchObject({ sessionToken: expect.any(String) });
  });

  it("a correct password gives back its own point but does not wipe earlier failures", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const address = newClient();
    for (let i = 0; i < 9; i++)
      expect(await auth.signInWithPassword({ email: staff.email, password: "wrong password" }, address)).toEqual({
        ok: false,
        reason: "UNAUTHENTICATED",
      });
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, address)).toMatchObject({
      ok: true,
    });
    expect(await auth.signInWithPassword({ email: staff.email, password: "wrong password" }, address)).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    // Ten failures stand: had the success deleted the counter, this would be accepted.
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, address)).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
  });

  it("keeps a 254-character email's limiter key inside its column instead of failing with a 500 (I6)", async () => {
    const email = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.org`;
    expect(email.length).toBe(254);
    expect(await auth.signInWithPassword({ email, password: "whatever it is" }, `2001:db8::${"f".repeat(40)}`)).toEqual(
      { ok: false, reason: "UNAUTHENTICATED" },
    );
  });
});

describe("demo accounts (security review H2)", () => {
  it("refuses a demo account's sign-in and session unless demo mode is on", async () => {
    const demo = await createStaff(db, { role: "admin", isDemo: true });
    const saved = process.env.VENTANILLA_DEMO;
    try {
      process.env.VENTANILLA_DEMO = "1";
      const session = await signIn(demo);
      expect(await auth.staffFromSessionToken(session.sessionToken)).toMatchObject({ id: demo.id });
      delete process.env.VENTANILLA_DEMO;
      // The published password is refused like a wrong one, and a session opened in demo mode stops working.
      expect(await auth.signInWithPassword({ email: demo.email, password: demo.password }, newClient())).toEqual({
        ok: false,
        reason: "UNAUTHENTICATED",
      });
      expect(await auth.staffFromSessionToken(session.sessionToken)).toBeNull();
      process.env.VENTANILLA_DEMO = "production";
      expect(await auth.signInWithPassword({ email: demo.email, password: demo.password }, newClient())).toEqual({
        ok: false,
        reason: "UNAUTHENTICATED",
      });
    } finally {
      if (saved === undefined) delete process.env.VENTANILLA_DEMO;
      else process.env.VENTANILLA_DEMO = saved;
    }
  });
});

describe("enrolment links (security review M2)", () => {
  async function newOfficial() {
    const admin = await createStaff(db, { role: "admin" });
    const email = `enrol-${Math.random().toString(36).slice(2, 10)}@example.org`;
    const created = await team.createStaffMember(
      { id: admin.id, role: "admin" },
      { email, name: "Nueva Persona", role: "clerk" },
      admin.password,
    );
    return { admin, ...created };
  }

  it("lets the official choose a password under the policy, enrol a new authenticator and sign in; the link works once", async () => {
    const { email, token, id } = await newOfficial();
    expect(await enrolment.getEnrolment(token)).toMatchObject({ email });
    expect(await enrolment.completeEnrolmentPassword(token, { password: "short", confirm: "short" })).toMatchObject({
      reason: "INVALID_INPUT",
      fieldErrors: { password: "staff.errors.passwordShort" },
    });
    expect(
      await enrolment.completeEnrolmentPassword(token, { password: "qwerty123456", confirm: "qwerty123456" }),
    ).toMatchObject({ reason: "INVALID_INPUT", fieldErrors: { password: "staff.errors.passwordCommon" } });
    expect(
      await enrolment.completeEnrolmentPassword(token, {
        password: "tortuga verde en el tejado",
        confirm: "tortuga verde",
      }),
    ).toMatchObject({ reason: "INVALID_INPUT", fieldErrors: { confirm: "staff.errors.passwordMismatch" } });
    const done = await enrolment.completeEnrolmentPassword(token, {
      password: "tortuga verde en el tejado",
      confirm: "tortuga verde en el tejado",
    });
    if (!done.ok) throw new Error(`enrolment failed: ${JSON.stringify(done)}`);
    // Single use: the same link again, or another tab, finds nothing.
    expect(
      await enrolment.completeEnrolmentPassword(token, {
        password: "otra frase muy larga aqui",
        confirm: "otra frase muy larga aqui",
      }),
    ).toEqual({ ok: false, reason: "expired" });
    expect(await enrolment.getEnrolment(token)).toBeNull();
    // Until the first code confirms the authenticator, the password alone signs nobody in.
    expect(await auth.signInWithPassword({ email, password: "tortuga verde en el tejado" }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    const secret = await auth.enrollmentSecret(done.pendingToken);
    expect(secret?.secret).toMatch(/^[A-Z2-7]{32}$/);
    // Stored encrypted (L2): the database holds no usable secret.
    const stored = (await db.staffUser.findUniqueOrThrow({ where: { id } })).totpSecret!;
    expect(stored.startsWith("v1:")).toBe(true);
    expect(stored).not.toContain(secret!.secret);
    expect(decryptTotpSecret(stored, id)).toBe(secret!.secret);
    const signedIn = await auth.verifySecondFactor(done.pendingToken, { code: totpCode(secret!.secret, totpStep()) });
    expect(signedIn.ok).toBe(true);
    expect(await auth.enrollmentSecret(done.pendingToken)).toBeNull();
    const later = await auth.signInWithPassword({ email, password: "tortuga verde en el tejado" }, newClient());
    expect(later.ok).toBe(true);
  });

  it("refuses an expired link", async () => {
    const { token } = await newOfficial();
    const tomorrow = new Date(Date.now() + 25 * 3_600_000);
    expect(await enrolment.getEnrolment(token, tomorrow)).toBeNull();
    expect(
      await enrolment.completeEnrolmentPassword(
        token,
        { password: "tortuga verde en el tejado", confirm: "tortuga verde en el tejado" },
        {},
        tomorrow,
      ),
    ).toEqual({ ok: false, reason: "expired" });
  });

  it("an admin reset clears password and second factor, ends sessions and issues a new link, never a password (M2 probe)", async () => {
    const admin = await createStaff(db, { role: "admin" });
    const official = await createStaff(db, { role: "supervisor" });
    const session = await signIn(official);
    const result = await team.updateStaffMember(
      { id: admin.id, role: "admin" },
      { id: official.id, resetAccess: true },
      admin.password,
    );
    expect(result.enrolment?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await auth.staffFromSessionToken(session.sessionToken)).toBeNull();
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: official.id } });
    expect(row).toMatchObject({ passwordHash: null, totpSecret: null, totpConfirmedAt: null });
    // The review's probe: reset the second factor, then sign in with the password the admin knew → nothing.
    expect(await auth.signInWithPassword({ email: official.email, password: official.password }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    expect(await enrolment.getEnrolment(result.enrolment!.token)).toMatchObject({ email: official.email });
  });
});

describe("step-up for admin actions (L11)", () => {
  it("asks for the admin's own password again and counts failures", async () => {
    const admin = await createStaff(db, { role: "admin" });
    const actor = { id: admin.id, role: "admin" as const };
    const member = await createStaff(db, { role: "clerk" });
    await expect(team.updateStaffMember(actor, { id: member.id, role: "supervisor" }, "")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { stepUp: "staff.errors.stepUpRequired" },
    });
    for (let i = 0; i < 4; i++)
      await expect(
        team.updateStaffMember(actor, { id: member.id, role: "supervisor" }, "not my password"),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("clerk");
    await team.updateStaffMember(actor, { id: member.id, role: "supervisor" }, admin.password);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("supervisor");
    await expect(
      team.updateStaffMember(actor, { id: member.id, role: "clerk" }, "not my password"),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Five failures in the window: even the right password waits.
    await expect(
      team.createStaffMember(
        actor,
        { email: `late-${Date.now()}@example.org`, name: "Late", role: "clerk" },
        admin.password,
      ),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("own password and sessions (M2, L11)", () => {
  it("changes the password with the current one, under the policy, and ends the other sessions", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const here = await signIn(staff);
    const elsewhere = await signIn(staff, Date.now() + 30_000);
    const me = await auth.staffFromSessionToken(here.sessionToken);
    expect(
      await account.changeOwnPassword(me, {
        current: "wrong one",
        password: "una frase nueva y larga",
        confirm: "una frase nueva y larga",
      }),
    ).toEqual({ ok: false, reason: "INVALID_INPUT", fieldErrors: { current: "staff.account.currentWrong" } });
    expect(
      await account.changeOwnPassword(me, {
        current: staff.password,
        password: "password1234",
        confirm: "password1234",
      }),
    ).toEqual({ ok: false, reason: "INVALID_INPUT", fieldErrors: { password: "staff.errors.passwordCommon" } });
    expect(
      await account.changeOwnPassword(me, {
        current: staff.password,
        password: "una frase nueva y larga",
        confirm: "una frase nueva y larga",
      }),
    ).toEqual({ ok: true });
    expect(await auth.staffFromSessionToken(here.sessionToken)).not.toBeNull();
    expect(await auth.staffFromSessionToken(elsewhere.sessionToken)).toBeNull();
    expect(await auth.signInWithPassword({ email: staff.email, password: staff.password }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    expect(
      (await auth.signInWithPassword({ email: staff.email, password: "una frase nueva y larga" }, newClient())).ok,
    ).toBe(true);
  });

  it("lists the official's own sessions and ends one of them, never someone else's", async () => {
    const staff = await createStaff(db, { role: "supervisor" });
    const stranger = await createStaff(db, { role: "supervisor" });
    const here = await signIn(staff);
    const elsewhere = await signIn(staff, Date.now() + 30_000);
    const theirs = await signIn(stranger, Date.now() + 60_000);
    const me = (await auth.staffFromSessionToken(here.sessionToken))!;
    const sessions = await account.listOwnSessions(me);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current).map((s) => s.id)).toEqual([tokenId(here.sessionToken)]);
    expect(await account.endOwnSessions(me, tokenId(theirs.sessionToken))).toBe(0);
    expect(await auth.staffFromSessionToken(theirs.sessionToken)).not.toBeNull();
    expect(await account.endOwnSessions(me, tokenId(elsewhere.sessionToken))).toBe(1);
    expect(await auth.staffFromSessionToken(elsewhere.sessionToken)).toBeNull();
    expect(await account.listOwnSessions(me)).toHaveLength(1);
  });
});

describe("security log (M6 for staff)", () => {
  it("writes sign-in failure, second-factor failure, lock-out and success, with the account and a hashed address, never the password", async () => {
    const { captureSecurityLog } = await import("../factories/security-log");
    const staff = await createStaff(db, { role: "clerk" });
    const address = "198.51.100.77";
    const now = Date.now();
    const lines = await captureSecurityLog(async () => {
      await auth.signInWithPassword({ email: staff.email, password: "wrong password" }, address);
      const pending = await auth.signInWithPassword({ email: staff.email, password: staff.password }, address);
      if (!pending.ok) throw new Error("password step failed");
      const valid = new Set([-1, 0, 1].map((d) => totpCode(staff.totpSecret, totpStep(now) + d)));
      const wrong = ["000000", "111111", "222222", "333333", "444444", "555555"].filter((c) => !valid.has(c));
      for (const code of wrong.slice(0, 5))
        await auth.verifySecondFactor(pending.pendingToken, { code }, now, { client: address });
      await auth.verifySecondFactor(pending.pendingToken, { code: wrong[5] ?? "666666" }, now, { client: address });
      await signIn(staff, now + 30_000);
    });
    const events = lines.map((l) => l.event);
    expect(events).toContain("staff.sign_in.failure");
    expect(events.filter((e) => e === "staff.second_factor.failure")).toHaveLength(5);
    expect(events).toContain("staff.locked_out");
    expect(events).toContain("staff.sign_in.success");
    const failure = lines.find((l) => l.event === "staff.sign_in.failure")!;
    expect(failure).toMatchObject({
      account: staff.id,
      reason: "password",
      client: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    const text = JSON.stringify(lines);
    for (const secret of [staff.password, "wrong password", address, staff.email]) expect(text).not.toContain(secret);
  });
});
