import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";
import { createStoredApplication } from "../factories/application";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let transition: typeof import("@/lib/applications/staff-mutations").transitionApplication;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  ({ transitionApplication: transition } = await import("@/lib/applications/staff-mutations"));
  clerk = await createStaff(db, { role: "clerk" });
  supervisor = await createStaff(db, { role: "supervisor" });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

let clerk: TestStaff;
let supervisor: TestStaff;

/** A stored application in a given status (factory: unique number per call). */
async function application(status: "submitted" | "in_review" | "documents_requested" = "submitted") {
  return createStoredApplication(db, { status });
}

/**
 * The legal due date, walked independently of lib/deadlines: the 20th day after the reception day (Mexico City)
 * that is neither Saturday, Sunday nor a national holiday in the database.
 */
async function twentyBusinessDaysAfter(receivedAt: Date): Promise<string> {
  const holidays = new Set(
    (await db.holiday.findMany({ where: { offices: { isEmpty: true } }, select: { date: true } })).map((h) =>
      h.date.toISOString().slice(0, 10),
    ),
  );
  const local = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Mexico_City",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(receivedAt);
  const day = new Date(`${local}T00:00:00Z`);
  for (let counted = 0; counted < 20;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.has(iso)) counted += 1;
  }
  return day.toISOString().slice(0, 10);
}

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );

describe("staff transitions", () => {
  it("walk the journey, writing a timeline event and an audit row for each step", async () => {
    const app = await application();
    let version = app.version;
    ({ version } = await transition({ applicationId: app.id, expectedVersion: version, to: "received" }, clerk));
    ({ version } = await transition({ applicationId: app.id, expectedVersion: version, to: "in_review" }, clerk));
    ({ version } = await transition(
      {
        applicationId: app.id,
        expectedVersion: version,
        to: "documents_requested",
        requirements: [1],
        message: "Traiga el original.",
      },
      clerk,
    ));
    ({ version } = await transition({ applicationId: app.id, expectedVersion: version, to: "in_review" }, clerk));
    ({ version } = await transition({ applicationId: app.id, expectedVersion: version, to: "approved" }, supervisor));
    const events = await db.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual([
      "received",
      "in_review",
      "documents_requested",
      "documents_received",
      "approved",
    ]);
    expect(events[2]?.data).toMatchObject({
      message: "Traiga el original.",
      requirements: [{ position: 1, name: { es: expect.any(String), en: expect.any(String) } }],
    });
    const audit = await db.auditLog.findMany({ where: { entityId: String(app.id) }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(5);
    expect(audit[4]).toMatchObject({
      actorId: supervisor.id,
      actorRole: "supervisor",
      action: "application.approved",
      before: { status: "in_review" },
      after: { status: "approved" },
    });
    expect(version).toBe(5);
    const facts = await db.application.findUniqueOrThrow({
      where: { id: app.id },
      select: { receivedAt: true, dueOn: true, resolvedAt: true, resolvedInTime: true },
    });
    // Resolved the same day it was received: well inside 20 business days, due date set, in time.
    expect(facts.receivedAt).toEqual(events[0]!.at);
    expect(facts.dueOn!.toISOString().slice(0, 10)).toBe(await twentyBusinessDaysAfter(facts.receivedAt!));
    expect(facts.resolvedAt).toEqual(events[4]!.at);
    expect(facts.resolvedInTime).toBe(true);
  });

  it("refuses what the role or the status machine does not allow, changing nothing", async () => {
    const app = await application("in_review");
    expect(await code(transition({ applicationId: app.id, expectedVersion: 0, to: "approved" }, clerk))).toBe(
      "FORBIDDEN",
    );
    expect(await code(transition({ applicationId: app.id, expectedVersion: 0, to: "issued" }, supervisor))).toBe(
      "INVALID_INPUT",
    );
    expect(
      await code(
        transition(
          {
            applicationId: app.id,
            expectedVersion: 0,
            to: "documents_requested",
            message: "Traiga una carta de su jefe",
          },
          clerk,
        ),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await code(
        transition(
          { applicationId: app.id, expectedVersion: 0, to: "documents_requested", requirements: [999] },
          clerk,
        ),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await code(transition({ applicationId: app.id, expectedVersion: 0, to: "denied", message: "" }, supervisor)),
    ).toBe("INVALID_INPUT");
    expect(await code(transition({ applicationId: app.id, expectedVersion: 0, to: "in_review" }, null))).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      await code(
        transition(
          { applicationId: app.id, expectedVersion: 0, to: "documents_requested", requirements: [1] },
          { id: "admin@example.org", role: "admin" },
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(await code(transition({ applicationId: 999_999, expectedVersion: 0, to: "received" }, clerk))).toBe(
      "NOT_FOUND",
    );
    expect(await db.auditLog.count({ where: { entityId: String(app.id) } })).toBe(0);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("in_review");
  });

  it("20 officials acting at once on the same version: 1 wins, 19 are told it changed, 1 audit row", async () => {
    const app = await application();
    const clerks = await Promise.all(Array.from({ length: 20 }, () => createStaff(db, { role: "clerk" })));
    const results = await Promise.all(
      clerks.map((c) => code(transition({ applicationId: app.id, expectedVersion: 0, to: "received" }, c))),
    );
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    expect(results.filter((r) => r === "CONFLICT")).toHaveLength(19);
    expect(await db.auditLog.count({ where: { entityId: String(app.id) } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("withdraws only with its recorded basis (L4): the applicant's request for a clerk, the decision for a supervisor", async () => {
    const byClerk = await application("in_review");
    // The review's probe: "Retirar" with nothing else no longer takes a case out of the figures.
    expect(await code(transition({ applicationId: byClerk.id, expectedVersion: 0, to: "withdrawn" }, clerk))).toBe(
      "INVALID_INPUT",
    );
    expect(
      await code(
        transition({ applicationId: byClerk.id, expectedVersion: 0, to: "withdrawn", evidence: "   " }, clerk),
      ),
    ).toBe("INVALID_INPUT");
    expect((await db.application.findUniqueOrThrow({ where: { id: byClerk.id } })).status).toBe("in_review");
    await transition(
      {
        applicationId: byClerk.id,
        expectedVersion: 0,
        to: "withdrawn",
        evidence: "Escrito de desistimiento entregado en ventanilla, folio 123",
      },
      clerk,
    );
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: byClerk.id, type: "withdrawn" },
    });
    expect(event.data).toMatchObject({
      evidence: "Escrito de desistimiento entregado en ventanilla, folio 123",
      basis: "applicant_request",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: String(byClerk.id), action: "application.withdrawn" },
    });
    expect(audit.after).toMatchObject({ basis: "applicant_request", evidence: expect.stringContaining("folio 123") });

    const bySupervisor = await application("documents_requested");
    await transition(
      { applicationId: bySupervisor.id, expectedVersion: 0, to: "withdrawn", evidence: "Duplicada de otra solicitud" },
      supervisor,
    );
    expect(
      (await db.applicationEvent.findFirstOrThrow({ where: { applicationId: bySupervisor.id, type: "withdrawn" } }))
        .data,
    ).toMatchObject({ basis: "supervisor_decision" });
  });

  it("keeps the audit log append-only in the database itself", async () => {
    const app = await application();
    await transition({ applicationId: app.id, expectedVersion: 0, to: "received" }, clerk);
    await expect(db.$executeRaw`UPDATE audit_log SET actor_id = 'someone-else'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_log`).rejects.toThrow(/append-only/);
  });
});
