import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStoredApplication } from "../factories/application";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
// The lib reads DATABASE_URL on first use: set it before importing the modules under test.
let lib: typeof import("@/lib/participation/mutations") &
  typeof import("@/lib/participation/queries") & {
    transitionApplication: typeof import("@/lib/applications/staff-mutations").transitionApplication;
    createApplicantSession: typeof import("@/lib/applications/mutations").createApplicantSession;
  };

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  lib = {
    ...(await import("@/lib/participation/mutations")),
    ...(await import("@/lib/participation/queries")),
    ...(await import("@/lib/applications/staff-mutations")),
    ...(await import("@/lib/applications/mutations")),
  };
  for (const actor of [clerk, supervisor])
    await db.staffUser.create({
      data: {
        id: actor.id,
        email: `${actor.role}@example.org`,
        name: `Test ${actor.role}`,
        role: actor.role,
        national: true,
      },
    });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

// Real national officials: office scoping lets staff act only through accounts that exist.
const clerk = { id: "00000000-0000-4000-8000-0000000000c1", role: "clerk" as const };
const supervisor = { id: "00000000-0000-4000-8000-0000000000c2", role: "supervisor" as const };
let clientSequence = 0;
const newClient = () => `192.0.2.${(clientSequence += 1)}`;
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );

/** A submitted application (unique number per call). */
async function application(slug = "renovacion-de-documento-migratorio", officeId: number | null = null) {
  return createStoredApplication(db, { slug, officeId });
}

/** An application moved to `to` by staff through the status machine, and an applicant session for it. */
async function resolvedApplication(
  to: "approved" | "denied" | "issued" | "withdrawn" | "in_review",
  options: { slug?: string; officeId?: number } = {},
) {
  const app = await application(options.slug, options.officeId ?? null);
  const path: { to: string; by: typeof clerk | typeof supervisor; message?: string }[] = [
    { to: "received", by: clerk },
    { to: "in_review", by: clerk },
  ];
  if (to === "approved" || to === "issued") path.push({ to: "approved", by: supervisor });
  if (to === "issued") path.push({ to: "issued", by: clerk });
  if (to === "denied") path.push({ to: "denied", by: supervisor, message: "No cumple el requisito 3." });
  if (to === "withdrawn") path.push({ to: "withdrawn", by: clerk });
  let version = 0;
  for (const step of path)
    ({ version } = await lib.transitionApplication(
      {
        applicationId: app.id,
        expectedVersion: version,
        to: step.to,
        message: step.message,
        evidence: "Petición escrita de la persona",
      },
      step.by,
    ));
  const session = await lib.createApplicantSession(app.id);
  return { ...app, session: session.token };
}

/** Today's date in Mexico City, from the platform's time-zone data rather than the code under test. */
const mexicoCityToday = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Mexico_City",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

const ANSWER = {
  satisfaction: "5",
  requirementsComplete: "yes",
  askedExtra: "no",
  extraDetail: "",
  officeTime: "30_60m",
  comment: "",
};

describe("page feedback", () => {
  it("takes answers on the guide's result pages (one path per result, no procedure) and refuses unknown results", async () => {
    const vote = await lib.recordPageFeedback(
      { path: "/es/guia/resultado/refugio", useful: "no", honeypot: "" },
      newClient(),
    );
    expect(vote).toMatchObject({ ok: true });
    const row = await db.pageFeedback.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row).toMatchObject({ path: "/guia/resultado/refugio", locale: "es", useful: false, procedureId: null });
    for (const path of ["/es/guia/resultado/no-existe", "/es/guia/preguntas"])
      expect(await lib.recordPageFeedback({ path, useful: "yes", honeypot: "" }, newClient()), path).toEqual({
        ok: false,
        reason: "INVALID_INPUT",
      });
  });

  it("stores the page without its language, the procedure, yes/no and the day; the comment is redacted and added once", async () => {
    const dayBefore = mexicoCityToday();
    const vote = await lib.recordPageFeedback(
      { path: "/en/tramites/renovacion-de-documento-migratorio/solicitud/pasaporte", useful: "no", honeypot: "" },
      newClient(),
    );
    const dayAfter = mexicoCityToday();
    expect(vote).toMatchObject({ ok: true });
    if (!vote.ok) return;
    const row = await db.pageFeedback.findFirstOrThrow({
      orderBy: { id: "desc" },
      include: { procedure: { select: { slug: true } } },
    });
    expect(row).toMatchObject({
      path: "/tramites/renovacion-de-documento-migratorio/solicitud/pasaporte",
      locale: "en",
      useful: false,
      comment: null,
    });
    expect(row.procedure?.slug).toBe("renovacion-de-documento-migratorio");
    // Only the day is kept: a DATE column (no time of day to link a vote to a visit), holding today in Mexico City.
    expect([`${dayBefore}T00:00:00.000Z`, `${dayAfter}T00:00:00.000Z`]).toContain(row.day.toISOString());
    const [column] = await db.$queryRaw<
      { data_type: string }[]
    >`SELECT data_type FROM information_schema.columns WHERE table_name = 'page_feedback' AND column_name = 'day'`;
    expect(column?.data_type).toBe("date");
    expect(row.commentKey).not.toBe(vote.ref);

    const comment =
      "No dice si el pasaporte G12345678 sirve vencido. Escríbanme a ana.lopez@example.org o al 55 1234 5678, CURP GOMA900517HJCRRN04.";
    expect(await lib.addFeedbackComment({ ref: vote.ref, pageComment: comment })).toEqual({ ok: true });
    const stored = await db.pageFeedback.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.comment).toBe(
      "No dice si el pasaporte [ID] sirve vencido. Escríbanme a [EMAIL] o al [PHONE], CURP [CURP].",
    );
    expect(stored.commentKey).toBeNull();
    expect(await lib.addFeedbackComment({ ref: vote.ref, pageComment: "otra vez" })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect((await db.pageFeedback.findUniqueOrThrow({ where: { id: row.id } })).comment).toBe(stored.comment);
  });

  it("refuses unknown pages and bad answers, and stores nothing for a filled honeypot", async () => {
    const before = await db.pageFeedback.count();
    for (const raw of [
      { path: "/es/tramites/no-existe", useful: "yes" },
      { path: "/es/tramites", useful: "maybe" },
      { path: "https://evil.example/es", useful: "yes" },
      { path: 42, useful: "yes" },
    ]) {
      expect(await lib.recordPageFeedback(raw, newClient())).toEqual({ ok: false, reason: "INVALID_INPUT" });
    }
    expect(
      await lib.recordPageFeedback(
        { path: "/es/tramites", useful: "yes", honeypot: "http://spam.example" },
        newClient(),
      ),
    ).toMatchObject({ ok: true });
    expect(await db.pageFeedback.count()).toBe(before);
    const vote = await lib.recordPageFeedback({ path: "/es", useful: "yes" }, newClient());
    if (!vote.ok) throw new Error("vote refused");
    expect(await lib.addFeedbackComment({ ref: vote.ref, pageComment: "x".repeat(1001) })).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
      fieldErrors: { pageComment: "errors.tooLong" },
    });
    expect(await lib.addFeedbackComment({ ref: vote.ref, pageComment: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { pageComment: "participation.errors.commentEmpty" },
    });
    expect(await lib.addFeedbackComment({ ref: "z".repeat(43), pageComment: "hola" })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await db.pageFeedback.count({ where: { comment: { not: null } } })).toBe(1);
  });

  it("drops spam-looking comments (many links) without storing them", async () => {
    const vote = await lib.recordPageFeedback({ path: "/es", useful: "yes" }, newClient());
    if (!vote.ok) throw new Error("vote refused");
    expect(
      await lib.addFeedbackComment({
        ref: vote.ref,
        pageComment: "buy http://a.example http://b.example www.c.example",
      }),
    ).toEqual({ ok: true });
    expect(await db.pageFeedback.count({ where: { comment: { contains: "example" } } })).toBe(0);
  });

  it("limits answers per page and address (10 an hour) and per address (60 an hour), concurrently exact", async () => {
    const client = newClient();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => lib.recordPageFeedback({ path: "/es/seguimiento", useful: "yes" }, client)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const limited = results.filter((r) => !r.ok);
    expect(limited).toHaveLength(2);
    expect(limited[0]).toMatchObject({ reason: "RATE_LIMITED" });
    expect((limited[0] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(3000);
    // Another page from the same address still counts, until the per-address limit.
    expect(await lib.recordPageFeedback({ path: "/es/tramites", useful: "yes" }, client)).toMatchObject({ ok: true });
  });
});

describe("satisfaction survey", () => {
  it("is offered once the application is approved, denied or issued — not while open, not when withdrawn", async () => {
    for (const status of ["approved", "denied", "issued"] as const) {
      const app = await resolvedApplication(status);
      expect(await lib.getSurveyState(app.session), status).toEqual({ state: "open" });
    }
    for (const status of ["in_review", "withdrawn"] as const) {
      const app = await resolvedApplication(status);
      expect(await lib.getSurveyState(app.session), status).toEqual({ state: "not-offered" });
      expect(await lib.submitSurvey(app.session, ANSWER)).toEqual({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await lib.submitSurvey(undefined, ANSWER)).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
    expect(await lib.submitSurvey("not-a-session-token-at-all", ANSWER)).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
  });

  it("takes one answer per application: a second one, even sent at the same time, is 'already answered'", async () => {
    const app = await resolvedApplication("approved");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => lib.submitSurvey(app.session, { ...ANSWER, comment: "Todo bien" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 4 }, () => ({ ok: false, reason: "CONFLICT" })));
    expect(await db.satisfactionSurvey.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await lib.submitSurvey(app.session, ANSWER)).toEqual({ ok: false, reason: "CONFLICT" });
    expect(await lib.getSurveyState(app.session)).toEqual({ state: "answered" });
  });

  it("stores procedure, office, outcome, month and redacted text; invalid answers store nothing", async () => {
    const office = await db.office.findFirstOrThrow({ orderBy: { position: "asc" }, select: { id: true } });
    const app = await resolvedApplication("denied", { officeId: office.id });
    const invalid = await lib.submitSurvey(app.session, {
      ...ANSWER,
      satisfaction: "6",
      officeTime: "",
      comment: "y".repeat(1001),
    });
    expect(invalid).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
      fieldErrors: { satisfaction: "errors.choose", officeTime: "errors.choose", comment: "errors.tooLong" },
    });
    expect(await db.satisfactionSurvey.count({ where: { applicationId: app.id } })).toBe(0);

    const answer = {
      ...ANSWER,
      satisfaction: "2",
      requirementsComplete: "no",
      askedExtra: "yes",
      extraDetail: "Me pidieron una carta del banco; llamen al +52 33 1234 5678",
      comment: "Mi RFC es GOMA900517AB1",
    };
    expect(await lib.submitSurvey(app.session, answer)).toEqual({ ok: true });
    const row = await db.satisfactionSurvey.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect(row).toMatchObject({
      procedureId: app.procedureId,
      officeId: office.id,
      outcome: "denied",
      satisfaction: 2,
      requirementsComplete: false,
      askedExtra: true,
      extraDetail: "Me pidieron una carta del banco; llamen al [PHONE]",
      officeTime: "30_60m",
      comment: "Mi RFC es [RFC]",
    });
    expect(row.month.toISOString().slice(8, 10)).toBe("01");
  });
});

describe("figures", () => {
  // Hand-counted fixture on two procedures no other test uses.
  const A = "visa-por-unidad-familiar";
  const B = "permiso-para-trabajar";
  // `office`: the first or second seeded office, or none.
  const SURVEYS: {
    slug: string;
    month: string;
    office: 0 | 1 | null;
    scores: number[];
    extra?: number[];
    incomplete?: number[];
  }[] = [
    { slug: A, month: "2026-10", office: 0, scores: [5, 4, 3, 5, 2], extra: [3, 2], incomplete: [2] },
    { slug: A, month: "2026-11", office: 0, scores: [5, 5, 4, 4] },
    { slug: A, month: "2026-11", office: 1, scores: [4, 1] },
    { slug: B, month: "2026-11", office: null, scores: [1, 4, 5], extra: [1] },
  ];
  let offices: number[] = [];

  beforeAll(async () => {
    offices = (await db.office.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } })).map((o) => o.id);
    for (const group of SURVEYS) {
      for (const score of group.scores) {
        const app = await application(group.slug);
        await db.satisfactionSurvey.create({
          data: {
            applicationId: app.id,
            procedureId: app.procedureId,
            officeId: group.office === null ? null : offices[group.office]!,
            outcome: "approved",
            month: new Date(`${group.month}-01T00:00:00Z`),
            satisfaction: score,
            requirementsComplete: !(group.incomplete ?? []).includes(score),
            askedExtra: (group.extra ?? []).includes(score),
            officeTime: "1_2h",
            comment: score === 1 ? "Muy lento" : null,
          },
        });
      }
    }
  });

  it("staff figures per procedure, office and month match the hand counts", async () => {
    const rows = await lib.getSurveyFigures({ procedureSlug: A }, ["procedure", "office", "month"], clerk);
    expect(
      rows.map((r) => [
        r.month,
        r.officeId,
        r.answers,
        r.satisfied,
        r.percentSatisfied,
        r.meetsTarget,
        r.askedExtra,
        r.requirementsIncomplete,
      ]),
    ).toEqual([
      ["2026-10", offices[0], 5, 3, 60, false, 2, 1],
      ["2026-11", offices[0], 4, 4, 100, true, 0, 0],
      ["2026-11", offices[1], 2, 1, 50, false, 0, 0],
    ]);
    const byProcedure = await lib.getSurveyFigures({ from: "2026-10", to: "2026-11" }, ["procedure"], clerk);
    const a = byProcedure.find((r) => r.procedureSlug === A)!;
    const b = byProcedure.find((r) => r.procedureSlug === B)!;
    expect([a.answers, a.satisfied, a.percentSatisfied, a.openFlags]).toEqual([11, 8, 72.7, 2]);
    expect([b.answers, b.satisfied, b.percentSatisfied, b.openFlags]).toEqual([3, 2, 66.7, 1]);
    const office2 = await lib.getSurveyFigures({ procedureSlug: A, officeId: offices[1] }, [], clerk);
    expect(office2).toMatchObject([
      { month: null, procedureSlug: null, officeId: null, answers: 2, satisfied: 1, percentSatisfied: 50 },
    ]);
    const october = await lib.getSurveyFigures({ procedureSlug: A, from: "2026-10", to: "2026-10" }, ["month"], clerk);
    expect(october.map((r) => [r.month, r.answers])).toEqual([["2026-10", 5]]);
  });

  it("public figures suppress cells under 5 answers (marked, not zero)", async () => {
    const figures = await lib.getPublicSatisfactionFigures();
    expect(figures.target).toBe(80);
    const cellOf = (slug: string) => figures.survey.byProcedure.find((p) => p.procedureSlug === slug)?.cell;
    expect(cellOf(A)).toEqual({ suppressed: false, answers: 11, percent: 72.7 });
    expect(cellOf(B)).toEqual({ suppressed: true });
    const total = await db.satisfactionSurvey.count();
    const satisfied = await db.satisfactionSurvey.count({ where: { satisfaction: { gte: 4 } } });
    expect(figures.survey.overall).toEqual({
      suppressed: false,
      answers: total,
      percent: Math.round((1000 * satisfied) / total) / 10,
    });
    expect(JSON.stringify(figures)).not.toContain("Muy lento");
  });

  it("page figures per page and month match the hand counts", async () => {
    const page = "/tramites/permiso-para-trabajar/formato";
    const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: B }, select: { id: true } });
    const rows = [
      ["2026-09-03", true],
      ["2026-09-20", false],
      ["2026-09-30", true],
      ["2026-10-01", false],
    ] as const;
    for (const [day, useful] of rows)
      await db.pageFeedback.create({
        data: { path: page, locale: "es", procedureId: procedure.id, useful, day: new Date(`${day}T00:00:00Z`) },
      });
    const figures = await lib.getPageFigures({ procedureSlug: B }, ["path", "month"], clerk);
    expect(figures.filter((f) => f.path === page).map((f) => [f.month, f.answers, f.useful, f.percentUseful])).toEqual([
      ["2026-09", 3, 2, 66.7],
      ["2026-10", 1, 0, 0],
    ]);
    const september = await lib.getPageFigures(
      { procedureSlug: B, from: "2026-09", to: "2026-09" },
      ["procedure"],
      clerk,
    );
    expect(september).toMatchObject([{ procedureSlug: B, answers: 3, useful: 2 }]);
  });
});

describe("authorisation", () => {
  it("every staff read and the export need a signed-in official; all roles may read, only supervisors and admins handle", async () => {
    const admin = { id: "admin@example.org", role: "admin" as const };
    const { exportParticipationCsv } = await import("@/lib/participation/export");
    for (const call of [
      () => lib.getSurveyFigures({}, [], null),
      () => lib.getPageFigures({}, [], null),
      () => lib.listPageComments({}, null),
      () => lib.listSurveyAnswers({}, {}, null),
      () => exportParticipationCsv("comentarios.csv", {}, null),
      () => lib.markFeedbackHandled({ kind: "page", id: 1, version: 0, note: "x" }, null),
    ]) {
      expect(await code(call())).toBe("UNAUTHENTICATED");
    }
    for (const actor of [clerk, supervisor, admin])
      expect(await code(lib.getSurveyFigures({}, [], actor)), actor.role).toBe("OK");
    expect(await code(exportParticipationCsv("encuestas.csv", {}, clerk))).toBe("OK");
    expect(await code(lib.markFeedbackHandled({ kind: "page", id: 999_998, version: 0, note: "x" }, admin))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("handling comments", () => {
  it("a supervisor marks a flag handled with a note: versioned, audited; clerks may not; stale versions conflict", async () => {
    const flag = (await lib.listSurveyAnswers({}, { onlyFlags: true }, clerk)).find((f) => f.handledAt === null)!;
    expect(flag.askedExtra).toBe(true);
    expect(JSON.stringify(flag)).not.toMatch(/number|applicationId|applicantName/);
    const input = {
      kind: "survey",
      id: flag.id,
      version: flag.version,
      note: "Hablamos con la oficina: no se vuelve a pedir.",
    };
    expect(await code(lib.markFeedbackHandled(input, clerk))).toBe("FORBIDDEN");
    expect(await code(lib.markFeedbackHandled({ ...input, note: "" }, supervisor))).toBe("INVALID_INPUT");
    const result = await lib.markFeedbackHandled(input, supervisor);
    expect(result.version).toBe(flag.version + 1);
    expect(await code(lib.markFeedbackHandled(input, supervisor))).toBe("CONFLICT");
    const audit = await db.auditLog.findMany({ where: { entity: "satisfaction_survey", entityId: String(flag.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: supervisor.id,
      action: "satisfaction_survey.handled",
      after: { handledNote: input.note },
    });
    const after = (await lib.listSurveyAnswers({}, { onlyFlags: true }, clerk)).find((f) => f.id === flag.id)!;
    expect(after).toMatchObject({ handledBy: supervisor.id, handledNote: input.note, version: flag.version + 1 });

    const comment = (await lib.listPageComments({}, clerk))[0]!;
    expect(
      await code(
        lib.markFeedbackHandled(
          { kind: "page", id: comment.id, version: comment.version, note: "Añadimos la aclaración." },
          supervisor,
        ),
      ),
    ).toBe("OK");
    expect(await code(lib.markFeedbackHandled({ kind: "page", id: 999_999, version: 0, note: "x" }, supervisor))).toBe(
      "NOT_FOUND",
    );
  });
});
