import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { isValidPaymentReference } from "@/lib/applications/number";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { validDetails, validStepValues } from "../factories/answers";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
// The lib reads DATABASE_URL on first use: set it before importing the modules under test.
let lib: {
  startDraft: typeof import("@/lib/applications/mutations").startDraft;
  saveDraftStep: typeof import("@/lib/applications/mutations").saveDraftStep;
  submitDraft: typeof import("@/lib/applications/mutations").submitDraft;
  createApplicantSession: typeof import("@/lib/applications/mutations").createApplicantSession;
  getConfirmation: typeof import("@/lib/applications/queries").getConfirmation;
  getApplicationForSession: typeof import("@/lib/applications/queries").getApplicationForSession;
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

// Each call comes from its own address: the per-client application limits are not the subject here.
let clients = 0;
const client = () => `192.0.2.${(clients += 1) % 250}:${clients}`;

/** A new draft's token (fails the test when the draft could not be started). */
async function newDraft(slug: string, locale: "es" | "en" = "es"): Promise<string> {
  const draft = await lib.startDraft(slug, locale, client());
  if (!draft || !("token" in draft)) throw new Error(`no draft: ${JSON.stringify(draft)}`);
  return draft.token;
}

const counts = async () => ({ applications: await db.application.count(), events: await db.applicationEvent.count() });

async function fillDraft(slug: string) {
  const token = await newDraft(slug);
  const values = validStepValues();
  for (const step of ["personal", "passport", "address"] as const) {
    const result = await lib.saveDraftStep(token, slug, step, values[step]);
    expect(result, step).toMatchObject({ ok: true });
  }
  expect(await lib.saveDraftStep(token, slug, "details", validDetails(slug))).toEqual({ ok: true, next: "review" });
  return token;
}

describe("submitting an application", () => {
  it("stores exactly one application with every answer, the case's fees and a hashed password", async () => {
    const before = await counts();
    const token = await fillDraft("renovacion-de-documento-migratorio");
    const result = await lib.submitDraft(token, "renovacion-de-documento-migratorio", client());
    expect(result).toMatchObject({ ok: true, replayed: false });
    if (!result.ok) return;
    expect(await counts()).toEqual({ applications: before.applications + 1, events: before.events + 1 });

    const stored = await db.application.findUniqueOrThrow({
      where: { number: result.number },
      include: { events: true, draft: true },
    });
    expect(stored.number).toMatch(/^\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(stored.applicantName).toBe("José Ángel Muñoz Peña");
    expect(stored.answers).toMatchObject({
      personal: { givenNames: "José Ángel", firstSurname: "Muñoz", birthCountry: "GT" },
      passport: { migrationDocument: "temporary-resident", migrationDocumentNumber: "RT123456" },
      address: { state: "JC", postalCode: "44100", street: "Av. Juárez 123, int. 4" },
      details: { feeChoice: "1" },
    });
    expect(stored.feePositions).toEqual([1]); // the 2-year card chosen, not every alternative
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(isValidPaymentReference(stored.paymentReference)).toBe(true);
    expect(stored.events.map((e) => e.type)).toEqual(["submitted"]);
    expect(stored.draft?.sealedPassword).not.toBeNull();
  });

  it("shows the password only to the browser that submitted, and only for a while", async () => {
    const slug = "notificacion-cambio-de-domicilio";
    const token = await fillDraft(slug);
    const result = await lib.submitDraft(token, slug, client());
    if (!result.ok) throw new Error("submit failed");
    const shown = await lib.getConfirmation(token, slug, "http://localhost:3000");
    if (shown?.mode !== "full") throw new Error(`expected the full confirmation, got ${JSON.stringify(shown)}`);
    expect(shown.view.number).toBe(result.number);
    expect(shown.password).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await lib.getConfirmation("someone-elses-token", slug, "http://x")).toBeNull();
    const stored = await db.application.findUniqueOrThrow({ where: { number: result.number } });
    expect(JSON.stringify(stored)).not.toContain(shown.password!);
    // After the confirmation window: the number only — no password, no answers (review finding M3).
    await db.applicationDraft.updateMany({
      where: { applicationId: stored.id },
      data: { sealedUntil: new Date(Date.now() - 1000) },
    });
    expect(await lib.getConfirmation(token, slug, "http://localhost:3000")).toEqual({
      mode: "number",
      number: result.number,
      procedureSlug: slug,
    });
  });

  it("20 concurrent submissions of one draft create one application and all get its number", async () => {
    const slug = "permiso-de-salida-y-regreso";
    const token = await fillDraft(slug);
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 20 }, () => lib.submitDraft(token, slug, client())));
    expect(await counts()).toEqual({ applications: before.applications + 1, events: before.events + 1 });
    const numbers = new Set(results.map((r) => (r.ok ? r.number : "failed")));
    expect(numbers.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
  });

  it("stores the office the applicant chose and shows it on the confirmation", async () => {
    const slug = "tarjeta-de-visitante-trabajador-fronterizo";
    const token = await fillDraft(slug);
    const result = await lib.submitDraft(token, slug, client(), { office: "tapachula" });
    if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
    const stored = await db.application.findUniqueOrThrow({
      where: { number: result.number },
      select: { office: { select: { slug: true } } },
    });
    expect(stored.office?.slug).toBe("tapachula");
    const shown = await lib.getConfirmation(token, slug, "http://x");
    expect(shown?.mode === "full" ? shown.view.office?.city : null).toBe("Tapachula");
  });

  it("refuses an office that does not receive the procedure, or none, and stores nothing", async () => {
    const slug = "tarjeta-de-visitante-trabajador-fronterizo";
    const token = await fillDraft(slug);
    const before = await counts();
    for (const office of ["jalisco", "", "../../evil", ["tapachula", "tapachula"]]) {
      expect(await lib.submitDraft(token, slug, client(), { office }), JSON.stringify(office)).toEqual({
        ok: false,
        reason: "INVALID_INPUT",
        fieldErrors: { office: "offices.chooseError" },
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses an incomplete draft and says which step is missing", async () => {
    const slug = "visa-por-unidad-familiar";
    const token = await newDraft(slug, "en");
    const before = await counts();
    await lib.saveDraftStep(token, slug, "personal", validStepValues().personal);
    expect(await lib.submitDraft(token, slug, client())).toEqual({ ok: false, reason: "incomplete", step: "passport" });
    expect(await counts()).toEqual(before);
  });

  it("gives downloads only to a session for that number", async () => {
    const slug = "renovacion-de-documento-migratorio";
    const token = await fillDraft(slug);
    const result = await lib.submitDraft(token, slug, client());
    if (!result.ok) throw new Error("submit failed");
    const session = await lib.createApplicantSession(result.applicationId);
    expect((await lib.getApplicationForSession(session.token, result.number.toLowerCase(), "http://x"))?.number).toBe(
      result.number,
    );
    expect(await lib.getApplicationForSession(session.token, "26-0000-0000-0", "http://x")).toBeNull();
    expect(await lib.getApplicationForSession("forged", result.number, "http://x")).toBeNull();
    await db.applicantSession.updateMany({
      where: { applicationId: result.applicationId },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await lib.getApplicationForSession(session.token, result.number, "http://x")).toBeNull();
  });
});

describe("invalid input stores nothing", () => {
  const slug = "renovacion-de-documento-migratorio";

  it("each step with a wrong value is rejected with a message key and leaves the draft as it was", async () => {
    const draft = { token: await newDraft(slug) };
    const bad = validStepValues({
      personal: { birthDate: "2199-01-01" },
      passport: { passportExpiry: "2001-01-01" },
      address: { postalCode: "123" },
    });
    const before = await db.applicationDraft.findUniqueOrThrow({
      where: { id: (await import("@/lib/crypto")).tokenId(draft!.token) },
    });
    for (const step of ["personal", "passport", "address"] as const) {
      const result = await lib.saveDraftStep(draft!.token, slug, step, bad[step]);
      expect(result.ok, step).toBe(false);
      if (!result.ok) {
        expect(Object.values(result.fieldErrors)[0], step).toMatch(/^errors\./);
        expect(result.values, step).toMatchObject(bad[step]);
      }
    }
    const after = await db.applicationDraft.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.answers).toEqual(before.answers);
  });

  it("malformed payloads (wrong types, missing fields, 1 MB strings, unknown keys) get a clear error, never a throw", async () => {
    const draft = { token: await newDraft(slug) };
    const valid = validStepValues().personal;
    const payloads: Record<string, unknown>[] = [
      {},
      { ...valid, givenNames: 42 },
      { ...valid, sex: ["M", "F"] },
      { ...valid, birthDate: { $gt: "" } },
      { ...valid, givenNames: null },
      { ...valid, givenNames: "x".repeat(1024 * 1024) },
      { ...valid, curp: "'; DROP TABLE application; --" },
      { ...valid, nationality: "<script>" },
      { ...valid, __proto__: { admin: true }, isAdmin: "true", answers: "{}" },
    ];
    for (const payload of payloads) {
      const result = await lib.saveDraftStep(draft!.token, slug, "personal", payload);
      if (payload.isAdmin) {
        // Unknown keys are ignored, the known ones are valid: saved, and only the schema's keys are kept.
        expect(result.ok).toBe(true);
        continue;
      }
      expect(result.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.reason, JSON.stringify(payload).slice(0, 80)).toBe("INVALID_INPUT");
    }
    const stored = await db.applicationDraft.findUniqueOrThrow({
      where: { id: (await import("@/lib/crypto")).tokenId(draft!.token) },
    });
    expect(Object.keys((stored.answers as { personal: object }).personal).sort()).toEqual(
      ["birthCountry", "birthDate", "firstSurname", "givenNames", "nationality", "secondSurname", "sex"].sort(),
    );
    expect(JSON.stringify(stored.answers)).not.toContain("isAdmin");
  });

  it("an unknown or expired draft stores nothing", async () => {
    const before = await counts();
    expect(await lib.saveDraftStep("no-such-token", slug, "personal", validStepValues().personal)).toMatchObject({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect(await lib.saveDraftStep(undefined, slug, "personal", {})).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await lib.submitDraft("no-such-token", slug, client())).toEqual({ ok: false, reason: "NOT_FOUND" });
    const token = await newDraft(slug);
    await db.applicationDraft.updateMany({
      where: { id: (await import("@/lib/crypto")).tokenId(token) },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await lib.saveDraftStep(token, slug, "personal", validStepValues().personal)).toMatchObject({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect(await counts()).toEqual(before);
  });

  it("a draft of one procedure cannot be used for another", async () => {
    const token = await newDraft(slug);
    expect(
      await lib.saveDraftStep(token, "permiso-para-trabajar", "personal", validStepValues().personal),
    ).toMatchObject({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("invalid details and replayed steps store nothing", () => {
  it("a wrong details answer (exit and return permit: back before leaving) is refused with its message, keeps what was typed and stores nothing", async () => {
    const slug = "permiso-de-salida-y-regreso";
    const token = await newDraft(slug);
    const values = validStepValues();
    for (const step of ["personal", "passport", "address"] as const)
      expect(await lib.saveDraftStep(token, slug, step, values[step])).toMatchObject({ ok: true });
    const id = (await import("@/lib/crypto")).tokenId(token);
    const before = await db.applicationDraft.findUniqueOrThrow({ where: { id } });
    const typed = {
      ...validDetails(slug),
      returnDate: validDetails(slug).departureDate,
      travelReason: "Boda de mi hermana en Quetzaltenango",
    };
    expect(await lib.saveDraftStep(token, slug, "details", typed)).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
      fieldErrors: { returnDate: "errors.returnBeforeDeparture" },
      values: typed,
    });
    const after = await db.applicationDraft.findUniqueOrThrow({ where: { id } });
    expect(after.answers).toEqual(before.answers);
    expect((after.answers as Record<string, unknown>).details).toBeUndefined();
  });

  it("a step sent again after the application was submitted is refused, and neither the draft nor the application change", async () => {
    const slug = "renovacion-de-documento-migratorio";
    const token = await fillDraft(slug);
    const result = await lib.submitDraft(token, slug, client());
    if (!result.ok) throw new Error("submit failed");
    const id = (await import("@/lib/crypto")).tokenId(token);
    const draftBefore = await db.applicationDraft.findUniqueOrThrow({ where: { id } });
    const applicationBefore = await db.application.findUniqueOrThrow({ where: { id: result.applicationId } });
    const changed = { ...validStepValues().personal, givenNames: "Otra Persona" };
    expect(await lib.saveDraftStep(token, slug, "personal", changed)).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await lib.saveDraftStep(token, slug, "details", validDetails(slug), true)).toMatchObject({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect((await db.applicationDraft.findUniqueOrThrow({ where: { id } })).answers).toEqual(draftBefore.answers);
    const applicationAfter = await db.application.findUniqueOrThrow({ where: { id: result.applicationId } });
    expect(applicationAfter.answers).toEqual(applicationBefore.answers);
    expect(applicationAfter.applicantName).toBe(applicationBefore.applicantName);
  });
});

describe("stored PDFs follow the layout", () => {
  it("a PDF stored with an older layout version is rendered again and replaces the old file; the current one is served as stored", async () => {
    const { getOrRenderApplicationDocument } = await import("@/lib/pdf/stored-documents");
    const { DOCUMENT_LAYOUT_VERSION } = await import("@/lib/pdf/types");
    const slug = "renovacion-de-documento-migratorio";
    const result = await lib.submitDraft(await fillDraft(slug), slug, client());
    if (!result.ok) throw new Error("submit failed");
    const session = await lib.createApplicantSession(result.applicationId);
    const application = await lib.getApplicationForSession(session.token, result.number, "http://x");
    if (!application) throw new Error("no application");
    const key = { applicationId: result.applicationId, kind: "solicitud", locale: "es", pageSize: "A4" };
    // A file from an older layout: not a PDF at all, so serving it again would show.
    const old = new TextEncoder().encode("old layout");
    await db.applicationDocument.create({
      data: { ...key, layoutVersion: DOCUMENT_LAYOUT_VERSION.solicitud - 1, sha256: "0".repeat(64), bytes: old },
    });

    const first = await getOrRenderApplicationDocument(application, "solicitud", "A4");
    expect(Buffer.from(first.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const rows = await db.applicationDocument.findMany({ where: { applicationId: result.applicationId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ layoutVersion: DOCUMENT_LAYOUT_VERSION.solicitud, sha256: first.sha256 });
    expect(Buffer.from(rows[0]!.bytes).equals(Buffer.from(first.bytes))).toBe(true);

    // Same layout: the stored bytes come back (a marker written into the row proves no second render).
    await db.applicationDocument.update({
      where: { applicationId_kind_locale_pageSize: key },
      data: { sha256: "f".repeat(64) },
    });
    expect((await getOrRenderApplicationDocument(application, "solicitud", "A4")).sha256).toBe("f".repeat(64));
  });
});
