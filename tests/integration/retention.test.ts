import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { tokenId } from "@/lib/crypto";
import { randomToken } from "@/lib/applications/number";
import { createPrismaClient } from "@/lib/db";
import { RETENTION } from "@/lib/privacy/retention-periods";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { validDetails, validStepValues } from "../factories/answers";
import { createStaff } from "../factories/staff";

const root = path.resolve(__dirname, "..", "..");
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let applications: typeof import("@/lib/applications/mutations");
let purgeExpiredData: typeof import("@/lib/retention/purge").purgeExpiredData;
let PURGE_LOCK_KEY: bigint;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  applications = await import("@/lib/applications/mutations");
  ({ purgeExpiredData, PURGE_LOCK_KEY } = await import("@/lib/retention/purge"));
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
let clients = 0;
const client = () => `203.0.113.${(clients += 1)}`;
const ago = (ms: number) => new Date(Date.now() - ms);

/** A sent application; returns its id and the draft token of the browser that sent it. */
async function sentApplication(slug = "notificacion-cambio-de-domicilio") {
  const draft = await applications.startDraft(slug, "es", client());
  if (!draft || !("token" in draft)) throw new Error("no draft");
  const values = validStepValues();
  for (const step of ["personal", "passport", "address"] as const)
    await applications.saveDraftStep(draft.token, slug, step, values[step]);
  await applications.saveDraftStep(draft.token, slug, "details", validDetails(slug));
  const result = await applications.submitDraft(draft.token, slug, client());
  if (!result.ok) throw new Error("submit failed");
  return { applicationId: result.applicationId, token: draft.token };
}

async function procedureId() {
  return (await db.procedure.findFirstOrThrow({ select: { id: true } })).id;
}

async function draftRow(expiresAt: Date, answers: object = { personal: { givenNames: "Ana" } }) {
  const id = tokenId(randomToken());
  await db.applicationDraft.create({
    data: { id, procedureId: await procedureId(), locale: "es", answers, expiresAt },
  });
  return id;
}

describe("retention purge (review finding M5)", () => {
  it("deletes abandoned drafts after their 24 h and keeps the ones still open", async () => {
    const old = await draftRow(ago(1000));
    const open = await draftRow(new Date(Date.now() + RETENTION.draftMs));
    const result = await purgeExpiredData(db);
    expect(result.ran).toBe(true);
    expect(await db.applicationDraft.findUnique({ where: { id: old } })).toBeNull();
    expect(await db.applicationDraft.findUnique({ where: { id: open } })).not.toBeNull();
  });

  it("wipes a sent draft's copy of the answers and sealed password after the confirmation window, keeps the application", async () => {
    const recent = await sentApplication();
    const older = await sentApplication();
    await db.applicationDraft.update({ where: { id: tokenId(older.token) }, data: { sealedUntil: ago(1000) } });
    await purgeExpiredData(db);
    const wiped = await db.applicationDraft.findUniqueOrThrow({ where: { id: tokenId(older.token) } });
    expect(wiped.answers).toEqual({});
    expect(wiped.sealedPassword).toBeNull();
    const kept = await db.applicationDraft.findUniqueOrThrow({ where: { id: tokenId(recent.token) } });
    expect(kept.answers).not.toEqual({});
    expect(kept.sealedPassword).not.toBeNull();
    expect((await db.application.findUniqueOrThrow({ where: { id: older.applicationId } })).answers).toMatchObject({
      personal: { firstSurname: "Muñoz" },
    });
  });

  it("deletes a sent draft once its own expiry passed", async () => {
    const sent = await sentApplication();
    await db.applicationDraft.update({
      where: { id: tokenId(sent.token) },
      data: { sealedUntil: ago(DAY), expiresAt: ago(1000) },
    });
    const result = await purgeExpiredData(db);
    expect(result.ran && result.counts.submittedDraftsDeleted).toBeGreaterThanOrEqual(1);
    expect(await db.applicationDraft.findUnique({ where: { id: tokenId(sent.token) } })).toBeNull();
    expect(await db.application.findUnique({ where: { id: sent.applicationId } })).not.toBeNull();
  });

  it("deletes expired applicant and staff sessions (pending sign-ins included), keeps live ones", async () => {
    const { applicationId } = await sentApplication();
    const expiredApplicant = tokenId(randomToken());
    const liveApplicant = tokenId(randomToken());
    await db.applicantSession.createMany({
      data: [
        { id: expiredApplicant, applicationId, expiresAt: ago(1000) },
        { id: liveApplicant, applicationId, expiresAt: new Date(Date.now() + RETENTION.applicantSessionMs) },
      ],
    });
    const staff = await createStaff(db, { role: "clerk" });
    const [pending, expiredFull, liveFull] = [tokenId(randomToken()), tokenId(randomToken()), tokenId(randomToken())];
    await db.staffSession.createMany({
      data: [
        { id: pending, staffId: staff.id, stage: "password", expiresAt: ago(60_000), createdAt: ago(10 * 60_000) },
        { id: expiredFull, staffId: staff.id, stage: "full", expiresAt: ago(1000) },
        { id: liveFull, staffId: staff.id, stage: "full", expiresAt: new Date(Date.now() + HOUR) },
      ],
    });
    await purgeExpiredData(db);
    expect(await db.applicantSession.findUnique({ where: { id: expiredApplicant } })).toBeNull();
    expect(await db.applicantSession.findUnique({ where: { id: liveApplicant } })).not.toBeNull();
    expect(
      await db.staffSession.findMany({ where: { id: { in: [pending, expiredFull, liveFull] } }, select: { id: true } }),
    ).toEqual([{ id: liveFull }]);
  });

  it("deletes expired staff enrolment links, keeps live ones", async () => {
    const staff = await createStaff(db, { role: "clerk" });
    const [expired, live] = [tokenId(randomToken()), tokenId(randomToken())];
    await db.staffEnrolment.createMany({
      data: [
        { id: expired, staffId: staff.id, issuedBy: "cli", expiresAt: ago(1000) },
        { id: live, staffId: staff.id, issuedBy: "cli", expiresAt: new Date(Date.now() + HOUR) },
      ],
    });
    await purgeExpiredData(db);
    expect(await db.staffEnrolment.findMany({ where: { id: { in: [expired, live] } }, select: { id: true } })).toEqual([
      { id: live },
    ]);
  });

  it("deletes rate-limit rows (addresses, emails, numbers in their keys) once their window passed", async () => {
    await db.rateLimit.createMany({
      data: [
        { key: "lookup-client:198.51.100.7", points: 3, expire: BigInt(Date.now() - 1000) },
        { key: "staff-account:ana@inm.example|198.51.100.7", points: 1, expire: BigInt(Date.now() - 1000) },
        { key: "lookup-client:198.51.100.8", points: 2, expire: BigInt(Date.now() + 10 * 60_000) },
      ],
    });
    await purgeExpiredData(db);
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).not.toContain("lookup-client:198.51.100.7");
    expect(keys).not.toContain("staff-account:ana@inm.example|198.51.100.7");
    expect(keys).toContain("lookup-client:198.51.100.8");
  });

  it("the review's probe: rate-limit rows name no client address, email or application number, only keyed digests", async () => {
    const { lookupApplication } = await import("@/lib/applications/lookup");
    const { signInWithPassword } = await import("@/lib/auth/mutations");
    const { recordPageFeedback } = await import("@/lib/participation/mutations");
    const address = "198.51.100.231";
    const number = "26-7KQ4-M9PX-3";
    const staff = await createStaff(db, { role: "clerk" });
    expect(await lookupApplication({ number, password: "not the password" }, address)).toMatchObject({ ok: false });
    expect(await signInWithPassword({ email: staff.email, password: "not the password" }, address)).toMatchObject({
      ok: false,
    });
    expect(await recordPageFeedback({ path: "/es/tramites", useful: "yes" }, address)).toMatchObject({ ok: true });
    expect(await applications.startDraft("notificacion-cambio-de-domicilio", "es", address)).toHaveProperty("token");
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    const prefixes = keys.map((k) => k.split(":")[0]);
    for (const prefix of ["lookup-client", "lookup-number", "staff-account", "staff-client", "feedback-client"])
      expect(prefixes).toContain(prefix);
    const text = keys.join("\n");
    for (const secret of [address, number, staff.email, staff.email.split("@")[0]!]) expect(text).not.toContain(secret);
    for (const key of keys.filter((k) => !k.startsWith("lookup-client:198.51.100.8")))
      expect(key).toMatch(/^[a-z-]+:[0-9a-f]{64}$/);
  });

  it("deletes stored PDFs and sent e-mail records of applications closed longer than the period, keeps open and recently closed ones", async () => {
    const closedLongAgo = await sentApplication();
    const closedRecently = await sentApplication();
    const open = await sentApplication();
    await db.application.update({ where: { id: closedLongAgo.applicationId }, data: { status: "denied" } });
    await db.application.update({ where: { id: closedRecently.applicationId }, data: { status: "issued" } });
    await db.applicationEvent.updateMany({
      where: { applicationId: { in: [closedLongAgo.applicationId, open.applicationId] } },
      data: { at: ago(RETENTION.documentsAfterCloseMs + DAY) },
    });
    await db.applicationEvent.create({
      data: { applicationId: closedRecently.applicationId, type: "issued", at: ago(DAY) },
    });
    for (const { applicationId } of [closedLongAgo, closedRecently, open]) {
      await db.applicationDocument.create({
        data: {
          applicationId,
          kind: "solicitud",
          locale: "es",
          pageSize: "carta",
          sha256: "0".repeat(64),
          bytes: new Uint8Array([37, 80, 68, 70]),
        },
      });
      await db.outbox.create({ data: { applicationId, kind: "status", state: "sent" } });
    }
    // A message still waiting to go out is kept whatever its age: the sender is not done with it.
    await db.outbox.create({ data: { applicationId: closedLongAgo.applicationId, kind: "status", state: "pending" } });
    await purgeExpiredData(db);
    const left = (await db.applicationDocument.findMany({ select: { applicationId: true } })).map(
      (d) => d.applicationId,
    );
    expect(left).not.toContain(closedLongAgo.applicationId);
    expect(left).toContain(closedRecently.applicationId);
    expect(left).toContain(open.applicationId);
    const mail = await db.outbox.findMany({
      where: { applicationId: { in: [closedLongAgo.applicationId, closedRecently.applicationId, open.applicationId] } },
      select: { applicationId: true, state: true },
    });
    expect(mail.filter((m) => m.applicationId === closedLongAgo.applicationId)).toEqual([
      { applicationId: closedLongAgo.applicationId, state: "pending" },
    ]);
    expect(mail.filter((m) => m.applicationId === closedRecently.applicationId)).toHaveLength(1);
    expect(mail.filter((m) => m.applicationId === open.applicationId)).toHaveLength(1);
  });

  it("runs on one replica at a time: while another holds the advisory lock, a purge skips its round", async () => {
    const old = await draftRow(ago(1000));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const other = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PURGE_LOCK_KEY})`;
      locked();
      await held;
    });
    await lockTaken;
    expect(await purgeExpiredData(db)).toEqual({ ran: false, reason: "locked" });
    expect(await db.applicationDraft.findUnique({ where: { id: old } })).not.toBeNull();
    release();
    await other;
    expect((await purgeExpiredData(db)).ran).toBe(true);
    expect(await db.applicationDraft.findUnique({ where: { id: old } })).toBeNull();
  });
});

describe("the purge runs on its own, and on demand", () => {
  it("the app server's timer purges a minute after start, with the default interval", async () => {
    const { startPurgeSchedule } = await import("@/lib/retention/schedule");
    const old = await draftRow(ago(1000));
    const open = await draftRow(new Date(Date.now() + RETENTION.draftMs));
    const saved = process.env.RETENTION_PURGE_INTERVAL_MINUTES;
    delete process.env.RETENTION_PURGE_INTERVAL_MINUTES;
    // Only the timer functions are faked, so the clock jumps the first minute; the database work is real.
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "clearTimeout", "clearInterval"] });
    try {
      startPurgeSchedule();
      await vi.advanceTimersByTimeAsync(59_000);
      expect(await db.applicationDraft.findUnique({ where: { id: old } })).not.toBeNull();
      await vi.advanceTimersByTimeAsync(1_000);
    } finally {
      // The hourly interval it set stays a fake one and never fires again in this file.
      vi.useRealTimers();
      if (saved !== undefined) process.env.RETENTION_PURGE_INTERVAL_MINUTES = saved;
    }
    await expect.poll(() => db.applicationDraft.findUnique({ where: { id: old } }), { timeout: 10_000 }).toBeNull();
    expect(await db.applicationDraft.findUnique({ where: { id: open } })).not.toBeNull();
  });

  it("npm run db:purge purges now and prints what it removed", async () => {
    const old = await draftRow(ago(1000));
    const open = await draftRow(new Date(Date.now() + RETENTION.draftMs));
    const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/scripts/purge.ts"],
        { cwd: root, env: { ...process.env, DATABASE_URL: database.url } },
      );
      let out = "";
      child.stdout.on("data", (c) => (out += c));
      child.stderr.on("data", (c) => (out += c));
      child.on("exit", (code) => resolve({ code, out }));
    });
    expect(result.code, result.out).toBe(0);
    const printed = JSON.parse(result.out.trim().split("\n").at(-1)!) as {
      event: string;
      counts: { abandonedDrafts: number };
    };
    expect(printed.event).toBe("retention.purge");
    expect(printed.counts.abandonedDrafts).toBe(1);
    expect(await db.applicationDraft.findUnique({ where: { id: old } })).toBeNull();
    expect(await db.applicationDraft.findUnique({ where: { id: open } })).not.toBeNull();
  });
});
