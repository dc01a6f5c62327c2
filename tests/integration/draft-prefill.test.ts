import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { tokenId } from "@/lib/crypto";
import { addDays, todayIn } from "@/lib/dates";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { validStepValues } from "../factories/answers";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
// The lib reads DATABASE_URL on first use: set it before importing the modules under test.
let lib: {
  startDraft: typeof import("@/lib/applications/mutations").startDraft;
  saveDraftStep: typeof import("@/lib/applications/mutations").saveDraftStep;
  submitDraft: typeof import("@/lib/applications/mutations").submitDraft;
  getDraftState: typeof import("@/lib/applications/queries").getDraftState;
};

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  lib = { ...(await import("@/lib/applications/mutations")), ...(await import("@/lib/applications/queries")) };
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

let clients = 0;
const client = () => `198.51.100.${(clients += 1) % 250}:${clients}`;
const RENEWAL = "renovacion-de-documento-migratorio";
const expiry = addDays(todayIn(), 20);

async function newDraft(prefill?: unknown): Promise<string> {
  const draft = await lib.startDraft(RENEWAL, "es", client(), prefill);
  if (!draft || !("token" in draft)) throw new Error(`no draft: ${JSON.stringify(draft)}`);
  return draft.token;
}

describe("a draft started with values the portal already knows", () => {
  it("stores only the values the procedure asks and its fields accept, and none of them as answers", async () => {
    const token = await newDraft({
      passport: { migrationDocument: "temporary-resident", passportNumber: "<script>" },
      details: { currentCardExpiry: expiry, route: "oferta-de-empleo", feeChoice: "1", changeDate: "2020-01-10" },
      personal: { givenNames: 42 },
    });
    expect(await lib.getDraftState(token, RENEWAL)).toEqual({
      status: "open",
      answers: {},
      prefill: { passport: { migrationDocument: "temporary-resident" }, details: { currentCardExpiry: expiry } },
    });
  });

  it("stores no prefill at all when nothing survives the checks, or when none is given", async () => {
    for (const prefill of [{ details: { currentCardExpiry: "not a date" } }, "passport", undefined]) {
      const token = await newDraft(prefill);
      const row = await db.applicationDraft.findUniqueOrThrow({ where: { id: tokenId(token) } });
      expect(row.prefill, JSON.stringify(prefill)).toBeNull();
    }
  });

  it("still needs every step sent by the person, and forgets the prefill once the application is made", async () => {
    const token = await newDraft({
      passport: { migrationDocument: "visitor" },
      details: { currentCardExpiry: expiry },
    });
    expect(await lib.submitDraft(token, RENEWAL, client())).toEqual({
      ok: false,
      reason: "incomplete",
      step: "personal",
    });
    const values = validStepValues();
    for (const step of ["personal", "passport", "address"] as const)
      expect(await lib.saveDraftStep(token, RENEWAL, step, values[step])).toMatchObject({ ok: true });
    expect(await lib.saveDraftStep(token, RENEWAL, "details", { currentCardExpiry: expiry, feeChoice: "1" })).toEqual({
      ok: true,
      next: "review",
    });
    const result = await lib.submitDraft(token, RENEWAL, client());
    expect(result).toMatchObject({ ok: true });
    const row = await db.applicationDraft.findUniqueOrThrow({ where: { id: tokenId(token) } });
    expect(row.prefill).toBeNull();
    // The person's own choice was saved, not the proposal.
    const application = await db.application.findUniqueOrThrow({ where: { id: row.applicationId! } });
    expect(application.answers).toMatchObject({ passport: { migrationDocument: "temporary-resident" } });
  });
});
