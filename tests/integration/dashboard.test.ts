import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateApplicationNumber, paymentReference } from "@/lib/applications/number";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../factories/database";

/**
 * The staff dashboard against a hand-counted set of applications whose deadline facts are written
 * directly (not by the code under test). "Today" is 2026-06-15 in Mexico City; the period is
 * 2025-07 … 2026-06.
 *
 * Resolved (counted by month of resolution):
 *   2026-05  renovación @X: approved in time ×3, denied late ×1
 *   2026-05  domicilio  @Y: approved in time ×1, issued (approved) late ×1
 *   2026-04  renovación @Y: approved in time ×2
 *   2026-05  withdrawn ×1 (not a resolution) · 2025-05 approved in time ×1 (outside the period)
 * → 8 resolved, 6 in time (75 %, below the 80 % target); 2026-05: 6/4, 2026-04: 2/2;
 *   renovación 6/5, domicilio 2/1; office X 4/3, office Y 4/3.
 * Open: sent 06-14 (0–7 days), in review sent 06-01 due 06-30 (8–30), received sent 05-01 due 05-29
 *   (31–60, overdue), documents requested sent 03-01, no due date (91+, paused)
 * → 4 open, 1 overdue, 1 paused.
 */
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let getDashboard: typeof import("@/lib/statistics/dashboard").getDashboard;
const supervisor = { id: "00000000-0000-4000-8000-000000000001", role: "supervisor" as const };
const now = new Date("2026-06-15T18:00:00.000Z");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  ({ getDashboard } = await import("@/lib/statistics/dashboard"));

  const procedures = Object.fromEntries(
    (
      await db.procedure.findMany({
        where: { slug: { in: ["renovacion-de-documento-migratorio", "notificacion-cambio-de-domicilio"] } },
        select: { id: true, slug: true },
      })
    ).map((p) => [p.slug, p.id]),
  );
  const [x, y] = await db.office.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
  const at = (day: string) => new Date(`${day}T18:00:00.000Z`);
  type Fixture = {
    procedure: string;
    office: number;
    status: string;
    sent: string;
    received?: string;
    resolved?: string;
    due?: string;
    inTime?: boolean | null;
  };
  const fixtures: Fixture[] = [
    ...Array.from({ length: 3 }, () => ({
      procedure: "renovacion-de-documento-migratorio",
      office: x!.id,
      status: "approved",
      sent: "2026-04-20",
      received: "2026-04-22",
      resolved: "2026-05-10",
      due: "2026-05-20",
      inTime: true,
    })),
    {
      procedure: "renovacion-de-documento-migratorio",
      office: x!.id,
      status: "denied",
      sent: "2026-04-01",
      received: "2026-04-02",
      resolved: "2026-05-12",
      due: "2026-04-30",
      inTime: false,
    },
    {
      procedure: "notificacion-cambio-de-domicilio",
      office: y!.id,
      status: "approved",
      sent: "2026-05-01",
      received: "2026-05-04",
      resolved: "2026-05-08",
      due: "2026-06-01",
      inTime: true,
    },
    {
      procedure: "notificacion-cambio-de-domicilio",
      office: y!.id,
      status: "issued",
      sent: "2026-03-01",
      received: "2026-03-02",
      resolved: "2026-05-05",
      due: "2026-03-30",
      inTime: false,
    },
    ...Array.from({ length: 2 }, () => ({
      procedure: "renovacion-de-documento-migratorio",
      office: y!.id,
      status: "approved",
      sent: "2026-03-20",
      received: "2026-03-23",
      resolved: "2026-04-15",
      due: "2026-04-21",
      inTime: true,
    })),
    {
      procedure: "renovacion-de-documento-migratorio",
      office: x!.id,
      status: "withdrawn",
      sent: "2026-05-02",
      received: "2026-05-04",
      resolved: "2026-05-06",
      due: "2026-06-01",
      inTime: null,
    },
    // Withdrawn long after its due date: out of the share, but shown (L4).
    {
      procedure: "notificacion-cambio-de-domicilio",
      office: y!.id,
      status: "withdrawn",
      sent: "2026-03-01",
      received: "2026-03-02",
      resolved: "2026-05-20",
      due: "2026-03-30",
      inTime: null,
    },
    {
      procedure: "renovacion-de-documento-migratorio",
      office: x!.id,
      status: "approved",
      sent: "2025-04-01",
      received: "2025-04-02",
      resolved: "2025-05-02",
      due: "2025-05-05",
      inTime: true,
    },
    { procedure: "renovacion-de-documento-migratorio", office: x!.id, status: "submitted", sent: "2026-06-14" },
    {
      procedure: "renovacion-de-documento-migratorio",
      office: x!.id,
      status: "in_review",
      sent: "2026-06-01",
      received: "2026-06-02",
      due: "2026-06-30",
    },
    {
      procedure: "notificacion-cambio-de-domicilio",
      office: y!.id,
      status: "received",
      sent: "2026-05-01",
      received: "2026-05-01",
      due: "2026-05-29",
    },
    {
      procedure: "notificacion-cambio-de-domicilio",
      office: y!.id,
      status: "documents_requested",
      sent: "2026-03-01",
      received: "2026-03-02",
    },
  ];
  for (const f of fixtures) {
    const number = generateApplicationNumber(2026);
    await db.application.create({
      data: {
        number,
        passwordHash: "x",
        procedureId: procedures[f.procedure]!,
        officeId: f.office,
        locale: "es",
        answers: {},
        applicantName: "Ana",
        feePositions: [],
        paymentReference: paymentReference(number),
        status: f.status as never,
        submittedAt: at(f.sent),
        receivedAt: f.received ? at(f.received) : null,
        resolvedAt: f.resolved ? at(f.resolved) : null,
        dueOn: f.due ? new Date(`${f.due}T00:00:00.000Z`) : null,
        resolvedInTime: f.inTime ?? null,
      },
    });
  }
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("staff dashboard", () => {
  it("gives the in-time share of the period against the 80 % target", async () => {
    const d = await getDashboard(supervisor, { now });
    expect(d.period).toEqual({ from: "2025-07", to: "2026-06" });
    expect(d.total).toEqual({ resolved: 8, inTime: 6, share: 0.75, meetsTarget: false });
    expect(d.byMonth).toHaveLength(12);
    expect(d.byMonth.find((m) => m.key === "2026-05")).toMatchObject({ resolved: 6, inTime: 4 });
    expect(d.byMonth.find((m) => m.key === "2026-04")).toMatchObject({ resolved: 2, inTime: 2, meetsTarget: true });
    expect(d.byMonth.find((m) => m.key === "2026-03")).toMatchObject({ resolved: 0, share: null, meetsTarget: null });
    expect(d.includesSample).toBe(false);
  });

  it("breaks it down by procedure and by office, lowest share first", async () => {
    const d = await getDashboard(supervisor, { now });
    expect(d.byProcedure.map((r) => [r.key, r.resolved, r.inTime])).toEqual([
      ["notificacion-cambio-de-domicilio", 2, 1],
      ["renovacion-de-documento-migratorio", 6, 5],
    ]);
    expect(d.byOffice.map((r) => [r.resolved, r.inTime])).toEqual([
      [4, 3],
      [4, 3],
    ]);
  });

  it("counts the open backlog by age, the overdue and the paused", async () => {
    const d = await getDashboard(supervisor, { now });
    expect(d.backlog).toEqual([
      { key: "0-7", count: 1, overdue: 0 },
      { key: "8-30", count: 1, overdue: 0 },
      { key: "31-60", count: 1, overdue: 1 },
      { key: "61-90", count: 0, overdue: 0 },
      { key: "91+", count: 1, overdue: 0 },
    ]);
    expect({ open: d.open, overdue: d.overdue, paused: d.paused }).toEqual({ open: 4, overdue: 1, paused: 1 });
  });

  it("shows the withdrawals the share leaves out, and how many were already overdue (L4)", async () => {
    expect((await getDashboard(supervisor, { now })).withdrawn).toEqual({ total: 2, overdue: 1 });
    expect(
      (await getDashboard(supervisor, { now, procedureSlug: "renovacion-de-documento-migratorio" })).withdrawn,
    ).toEqual({ total: 1, overdue: 0 });
  });

  it("filters by procedure", async () => {
    const d = await getDashboard(supervisor, { now, procedureSlug: "renovacion-de-documento-migratorio" });
    expect(d.total).toMatchObject({ resolved: 6, inTime: 5 });
    expect(d.open).toBe(2);
  });
});
