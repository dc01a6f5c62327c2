import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { generateApplicationNumber } from "@/lib/applications/number";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { validDetails, validStepValues } from "../factories/answers";

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
let lookupApplication: typeof import("@/lib/applications/lookup").lookupApplication;
let applications: typeof import("@/lib/applications/mutations");
let queries: typeof import("@/lib/applications/queries");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  ({ lookupApplication } = await import("@/lib/applications/lookup"));
  applications = await import("@/lib/applications/mutations");
  queries = await import("@/lib/applications/queries");
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** Submits a real application and returns its number and the password shown to the applicant. */
async function submitted(slug = "notificacion-cambio-de-domicilio") {
  const draft = await applications.startDraft(slug, "es", newClient());
  if (!draft || !("token" in draft)) throw new Error("no draft");
  const values = validStepValues();
  for (const step of ["personal", "passport", "address"] as const)
    await applications.saveDraftStep(draft.token, slug, step, values[step]);
  await applications.saveDraftStep(draft.token, slug, "details", validDetails(slug));
  const result = await applications.submitDraft(draft.token, slug, newClient());
  if (!result.ok) throw new Error("submit failed");
  const confirmation = await queries.getConfirmation(draft.token, slug, "http://localhost");
  if (confirmation?.mode !== "full" || !confirmation.password) throw new Error("no password shown");
  return { number: result.number, password: confirmation.password };
}

let client = 0;
const newClient = () => `198.51.100.${(client += 1)}`;

describe("status look-up", () => {
  it("opens a session with the right number and password, typed loosely", async () => {
    const app = await submitted();
    const result = await lookupApplication(
      { number: app.number.toLowerCase().replace(/-/g, " "), password: app.password.toLowerCase() },
      newClient(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const status = await queries.getStatusForSession(result.sessionToken, "http://localhost");
    expect(status?.view.number).toBe(app.number);
    expect(status?.timeline.map((e) => e.type)).toEqual(["submitted"]);
  });

  it("answers an unknown number exactly like a wrong password", async () => {
    const app = await submitted();
    const wrongPassword = await lookupApplication({ number: app.number, password: "AAAA-BBBB-CCCC" }, newClient());
    const unknown = await lookupApplication({ number: "26-7KQ4-M9PX-3", password: "AAAA-BBBB-CCCC" }, newClient());
    const malformed = await lookupApplication({ number: "hello", password: "x" }, newClient());
    expect(wrongPassword).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
    expect(unknown).toEqual(wrongPassword);
    expect(malformed).toEqual(wrongPassword);
    expect(await lookupApplication({ number: 5, password: ["x"] }, newClient())).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
    });
  });

  it("allows exactly 5 failures per number under 20 concurrent attempts, then asks to wait", async () => {
    const app = await submitted();
    // 20, not more: every attempt on a limited number is still checked (L5), so each costs an argon2id hash.
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        lookupApplication({ number: app.number, password: "WRONG-WRONG-1" }, newClient()),
      ),
    );
    const failed = results.filter((r) => !r.ok && r.reason === "UNAUTHENTICATED");
    const limited = results.filter((r) => !r.ok && r.reason === "RATE_LIMITED");
    expect(failed).toHaveLength(5);
    expect(limited).toHaveLength(15);
    expect(limited[0]).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // A wrong password keeps getting "wait", never "wrong", so guessing on a limited number learns nothing.
    expect(await lookupApplication({ number: app.number, password: "WRONG-WRONG-2" }, newClient())).toMatchObject({
      reason: "RATE_LIMITED",
    });
  });

  it("L5: someone who knows the number cannot lock the owner out — the right password still gets in", async () => {
    const app = await submitted();
    const attacker = newClient();
    // The review's probe: 5 wrong passwords for the number, then the owner types the right one.
    for (let i = 0; i < 5; i += 1)
      expect(await lookupApplication({ number: app.number, password: `WRONG-WRONG-${i}` }, attacker)).toEqual({
        ok: false,
        reason: "UNAUTHENTICATED",
      });
    expect(await lookupApplication({ number: app.number, password: "WRONG-WRONG-9" }, attacker)).toMatchObject({
      reason: "RATE_LIMITED",
    });
    const owner = await lookupApplication({ number: app.number, password: app.password }, newClient());
    expect(owner.ok).toBe(true);
    // The success cleared the number's failures: the next wrong password is an ordinary failure again.
    expect(await lookupApplication({ number: app.number, password: "WRONG-WRONG-8" }, newClient())).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
  });

  it("limits one client to 30 failures across numbers, exactly", async () => {
    const address = newClient();
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        lookupApplication({ number: generateApplicationNumber(2026), password: "x" }, address),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(10);
  });

  it("a success clears the number's failures", async () => {
    const app = await submitted();
    const address = newClient();
    for (let i = 0; i < 4; i += 1) await lookupApplication({ number: app.number, password: "nope" }, address);
    expect((await lookupApplication({ number: app.number, password: app.password }, address)).ok).toBe(true);
    for (let i = 0; i < 4; i += 1)
      expect(await lookupApplication({ number: app.number, password: "nope" }, address)).toMatchObject({
        reason: "UNAUTHENTICATED",
      });
  });

  it("checks one argon2id hash of the same cost for an unknown or malformed number as for a wrong password", async () => {
    const app = await submitted();
    const { passwordHash } = await db.application.findUniqueOrThrow({
      where: { number: app.number },
      select: { passwordHash: true },
    });
    const cost = passwordHash.slice(0, passwordHash.indexOf("$", "$argon2id$v=19$".length) + 1); // "$argon2id$v=19$m=…,t=…,p=…$"
    const checked = async (number: string) => {
      verified.hashes = [];
      expect(await lookupApplication({ number, password: "WRONG-WRONG-7" }, newClient())).toEqual({
        ok: false,
        reason: "UNAUTHENTICATED",
      });
      return verified.hashes;
    };
    expect(await checked(app.number)).toEqual([passwordHash]);
    for (const number of ["26-7KQ4-M9PX-3", "hello"]) {
      const hashes = await checked(number);
      expect(hashes, number).toHaveLength(1);
      expect(hashes[0], number).not.toBe(passwordHash);
      expect(hashes[0]!.startsWith(cost), number).toBe(true);
    }
  });
});
