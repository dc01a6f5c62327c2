import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { tokenId } from "@/lib/crypto";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { validDetails, validStepValues } from "../factories/answers";

// Every new application password hashed, counted and passed through to the real argon2id (nothing is
// faked): the M4 test counts the expensive hashes a submit costs instead of timing them.
const hashed = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/crypto")>();
  return {
    ...real,
    hashPassword: (password: string) => {
      hashed.count += 1;
      return real.hashPassword(password);
    },
  };
});

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let applications: typeof import("@/lib/applications/mutations");
let queries: typeof import("@/lib/applications/queries");
let APPLICATION_LIMITS: typeof import("@/lib/applications/rate-limit").APPLICATION_LIMITS;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  applications = await import("@/lib/applications/mutations");
  queries = await import("@/lib/applications/queries");
  ({ APPLICATION_LIMITS } = await import("@/lib/applications/rate-limit"));
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const slug = "notificacion-cambio-de-domicilio";
let clients = 0;
const client = () => `2001:db8::${(clients += 1).toString(16)}`;

async function filledDraft(from = client()) {
  const draft = await applications.startDraft(slug, "es", from);
  if (!draft || !("token" in draft)) throw new Error(`no draft: ${JSON.stringify(draft)}`);
  const values = validStepValues();
  for (const step of ["personal", "passport", "address"] as const)
    await applications.saveDraftStep(draft.token, slug, step, values[step]);
  await applications.saveDraftStep(draft.token, slug, "details", validDetails(slug));
  return draft.token;
}

describe("applicant sessions end when asked (review finding M3)", () => {
  it("sign-out deletes the session on the server: a copied token no longer opens the application or its PDFs", async () => {
    const token = await filledDraft();
    const sent = await applications.submitDraft(token, slug, client());
    if (!sent.ok) throw new Error("submit failed");
    const session = await applications.createApplicantSession(sent.applicationId);
    expect((await queries.getApplicationForSession(session.token, sent.number, "http://x"))?.number).toBe(sent.number);

    await applications.endApplicantVisit({ sessionToken: session.token, draftTokens: [token], client: client() });

    // The review's probe: the old vt_session token asks for the PDF → the route's query finds nothing (404).
    expect(await queries.getApplicationForSession(session.token, sent.number, "http://x")).toBeNull();
    expect(await queries.getStatusForSession(session.token, "http://x")).toBeNull();
    // …and the confirmation page has nothing to show for the old draft cookie.
    expect(await queries.getConfirmation(token, slug, "http://x")).toBeNull();
    expect(await db.applicationDraft.findUnique({ where: { id: tokenId(token) } })).toBeNull();
    // The application itself is kept.
    expect(await db.application.findUnique({ where: { id: sent.applicationId } })).not.toBeNull();
  });

  it("finishing also deletes an unsent draft with its answers", async () => {
    const token = await filledDraft();
    await applications.endApplicantVisit({ draftTokens: [token], client: client() });
    expect(await db.applicationDraft.findUnique({ where: { id: tokenId(token) } })).toBeNull();
    expect(await applications.saveDraftStep(token, slug, "personal", validStepValues().personal)).toMatchObject({
      reason: "NOT_FOUND",
    });
  });

  it("after the confirmation window, or once the sent draft expired, the answers are not shown again", async () => {
    const token = await filledDraft();
    const sent = await applications.submitDraft(token, slug, client());
    if (!sent.ok) throw new Error("submit failed");
    expect((await queries.getConfirmation(token, slug, "http://x"))?.mode).toBe("full");
    await db.applicationDraft.update({
      where: { id: tokenId(token) },
      data: { sealedUntil: new Date(Date.now() - 1000) },
    });
    expect(await queries.getConfirmation(token, slug, "http://x")).toEqual({
      mode: "number",
      number: sent.number,
      procedureSlug: slug,
    });
    await db.applicationDraft.update({
      where: { id: tokenId(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await queries.getConfirmation(token, slug, "http://x")).toBeNull();
  });
});

describe("floods of fake applications are bounded (review finding M4)", () => {
  it("one client can start only so many request forms per hour; another client is not affected", async () => {
    const flooder = client();
    const results = await Promise.all(
      Array.from({ length: APPLICATION_LIMITS.draftsPerHour.points + 5 }, () =>
        applications.startDraft(slug, "es", flooder),
      ),
    );
    const started = results.filter((r) => r && "token" in r);
    const refused = results.filter((r) => r && "retryAfterSeconds" in r);
    expect(started).toHaveLength(APPLICATION_LIMITS.draftsPerHour.points);
    expect(refused).toHaveLength(5);
    expect(refused[0]).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(
      await db.applicationDraft.count({ where: { createdAt: { gte: new Date(Date.now() - 60_000) } } }),
    ).toBeGreaterThanOrEqual(APPLICATION_LIMITS.draftsPerHour.points);
    expect(await applications.startDraft(slug, "es", client())).toHaveProperty("token");
  });

  it("one client can submit only so many times per hour, and a refused submit creates nothing", async () => {
    const flooder = client();
    const tokens = await Promise.all(
      Array.from({ length: APPLICATION_LIMITS.submissionsPerHour.points + 1 }, () => filledDraft()),
    );
    const before = await db.application.count();
    const results = [];
    for (const token of tokens) results.push(await applications.submitDraft(token, slug, flooder));
    expect(results.filter((r) => r.ok)).toHaveLength(APPLICATION_LIMITS.submissionsPerHour.points);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect(await db.application.count()).toBe(before + APPLICATION_LIMITS.submissionsPerHour.points);
  });

  it("the review's probe: submits with a made-up draft cookie are answered 'expired' and counted against the client", async () => {
    const flooder = client();
    const results = [];
    for (let i = 0; i <= APPLICATION_LIMITS.submissionsPerHour.points; i += 1)
      results.push(await applications.submitDraft("x", slug, flooder, { office: "tapachula" }));
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason !== "RATE_LIMITED")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });

  it("the review's DoS amplifier is gone: no argon2id hash until a draft is found open and complete", async () => {
    hashed.count = 0;
    // The probe's replayed POST with a made-up cookie, and an unknown procedure: answered, never hashed.
    expect(await applications.submitDraft("x", slug, client())).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await applications.submitDraft("x", "no-such-procedure", client())).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
    // A real draft with steps missing: sent back to the first missing step, still no hash.
    const started = await applications.startDraft(slug, "es", client());
    if (!started || !("token" in started)) throw new Error("no draft");
    expect(await applications.submitDraft(started.token, slug, client())).toMatchObject({
      ok: false,
      reason: "incomplete",
      step: "personal",
    });
    expect(hashed.count).toBe(0);
    // A complete draft costs exactly one hash; the same submit again (double click) finds it sent and costs none.
    const token = await filledDraft();
    const sent = await applications.submitDraft(token, slug, client());
    expect(sent).toMatchObject({ ok: true, replayed: false });
    expect(hashed.count).toBe(1);
    expect(await applications.submitDraft(token, slug, client())).toMatchObject({ ok: true, replayed: true });
    expect(hashed.count).toBe(1);
  });
});

describe("spoofing characters in free text (review finding L9)", () => {
  it("the review's probe: a name with a newline and a right-to-left override is refused and nothing is stored", async () => {
    const draft = await applications.startDraft(slug, "es", client());
    if (!draft || !("token" in draft)) throw new Error("no draft");
    const result = await applications.saveDraftStep(draft.token, slug, "personal", {
      ...validStepValues().personal,
      givenNames: "Juan\nAPROBADO\u202E",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { givenNames: "errors.invalidCharacters" } });
    expect((await db.applicationDraft.findUniqueOrThrow({ where: { id: tokenId(draft.token) } })).answers).toEqual({});
  });

  it("a staff note with a NUL byte is an INVALID_INPUT error (a clear message), never a database failure", async () => {
    const { addApplicationNote } = await import("@/lib/applications/staff-mutations");
    const { DomainError } = await import("@/lib/errors");
    const token = await filledDraft();
    const sent = await applications.submitDraft(token, slug, client());
    if (!sent.ok) throw new Error("submit failed");
    const error = await addApplicationNote(
      { applicationId: sent.applicationId, body: "a\u0000b" },
      { id: "clerk@example.org", role: "clerk" },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as InstanceType<typeof DomainError>).code).toBe("INVALID_INPUT");
    expect(await db.applicationNote.count({ where: { applicationId: sent.applicationId } })).toBe(0);
  });
});
