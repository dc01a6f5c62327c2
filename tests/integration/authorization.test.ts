import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateApplicationNumber, paymentReference } from "@/lib/applications/number";
import { TRANSITIONS, type ApplicationStatus } from "@/lib/applications/status-machine";
import { can, PERMISSIONS, STAFF_ROLES, type Permission, type StaffActor } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff } from "../factories/staff";

/**
 * Every back-office action, called as anonymous, clerk, supervisor and admin, against the permission
 * table in lib/auth/permissions.ts: allowed exactly when the table says so, UNAUTHENTICATED without a
 * session, FORBIDDEN otherwise.
 */
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let staffMutations: typeof import("@/lib/applications/staff-mutations");
let staffQueries: typeof import("@/lib/applications/staff-queries");
let authMutations: typeof import("@/lib/auth/mutations");
let authQueries: typeof import("@/lib/auth/queries");
let dashboard: typeof import("@/lib/statistics/dashboard");
let participation: typeof import("@/lib/participation/queries") & typeof import("@/lib/participation/mutations") & typeof import("@/lib/participation/export");
const actors: Record<string, StaffActor | null> = { anonymous: null };

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  staffMutations = await import("@/lib/applications/staff-mutations");
  staffQueries = await import("@/lib/applications/staff-queries");
  authMutations = await import("@/lib/auth/mutations");
  authQueries = await import("@/lib/auth/queries");
  dashboard = await import("@/lib/statistics/dashboard");
  participation = { ...(await import("@/lib/participation/queries")), ...(await import("@/lib/participation/mutations")), ...(await import("@/lib/participation/export")) };
  for (const role of STAFF_ROLES) actors[role] = await createStaff(db, { role });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function application(status: ApplicationStatus) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: "renovacion-de-documento-migratorio" }, select: { id: true } });
  const number = generateApplicationNumber(2026);
  return db.application.create({
    data: { number, passwordHash: "x", procedureId: procedure.id, locale: "es", answers: {}, applicantName: "Ana", feePositions: [], paymentReference: paymentReference(number), status },
    select: { id: true, number: true, version: true },
  });
}

const outcome = (promise: Promise<unknown>) => promise.then(() => "allowed", (e: unknown) => (e instanceof DomainError ? e.code : `unexpected: ${String(e)}`));
const expected = (actor: StaffActor | null, permission: Permission) => (!actor ? "UNAUTHENTICATED" : can(actor.role, permission) ? "allowed" : "FORBIDDEN");

type Action = { name: string; permission: Permission; run: (actor: StaffActor | null) => Promise<unknown> };

const actions: Action[] = [
  { name: "list applications", permission: "applications.view", run: (a) => staffQueries.listApplications(a, {}) },
  { name: "open an application", permission: "applications.view", run: async (a) => staffQueries.getApplicationForStaff(a, (await application("submitted")).number) },
  { name: "list case workers", permission: "applications.view", run: (a) => authQueries.listCaseWorkers(a) },
  { name: "write a note", permission: "applications.review", run: async (a) => staffMutations.addApplicationNote({ applicationId: (await application("in_review")).id, body: "Revisado" }, a) },
  { name: "propose a decision", permission: "applications.propose", run: async (a) => staffMutations.addApplicationNote({ applicationId: (await application("in_review")).id, body: "Propongo aprobar", proposal: "approved" }, a) },
  { name: "assign", permission: "applications.reassign", run: async (a) => staffMutations.assignApplication({ applicationId: (await application("received")).id, expectedVersion: 0, assigneeId: null }, a) },
  { name: "see the dashboard", permission: "dashboard.view", run: (a) => dashboard.getDashboard(a) },
  { name: "list staff", permission: "staff.manage", run: (a) => authQueries.listStaffMembers(a) },
  { name: "create staff", permission: "staff.manage", run: (a) => authMutations.createStaffMember(a, { email: `new-${Math.random().toString(36).slice(2)}@example.org`, name: "New", role: "clerk" }) },
  { name: "end someone's sessions", permission: "staff.manage", run: (a) => authMutations.updateStaffMember(a, { id: actors.clerk!.id, endSessions: true }) },
  { name: "see participation figures", permission: "participation.view", run: (a) => participation.getSurveyFigures({}, ["month", "procedure", "office"], a) },
  { name: "read feedback comments", permission: "participation.view", run: (a) => participation.listPageComments({}, a) },
  { name: "export participation CSV", permission: "participation.view", run: (a) => participation.exportParticipationCsv("comentarios.csv", {}, a) },
  {
    name: "mark feedback handled",
    permission: "participation.handle",
    run: async (a) => {
      const row = await db.pageFeedback.create({ data: { path: "/tramites", locale: "es", useful: false, comment: "Falta el horario", day: new Date("2026-11-02T00:00:00Z") }, select: { id: true } });
      return participation.markFeedbackHandled({ kind: "page", id: row.id, version: 0, note: "Añadido" }, a);
    },
  },
];

// Every step of the status machine, from an application in its starting status.
for (const [from, targets] of Object.entries(TRANSITIONS)) {
  for (const [to, rule] of Object.entries(targets ?? {})) {
    actions.push({
      name: `move ${from} → ${to}`,
      permission: rule!.permission,
      run: async (a) => staffMutations.transitionApplication({ applicationId: (await application(from as ApplicationStatus)).id, expectedVersion: 0, to, message: "Motivo", requirements: [0] }, a),
    });
  }
}

describe("authorisation matrix", () => {
  it("covers every permission of the table", () => {
    expect(new Set(actions.map((a) => a.permission))).toEqual(new Set(Object.keys(PERMISSIONS).filter((p) => p !== "posters.manage")));
  });
  for (const action of actions) {
    it(`${action.name}: ${action.permission}`, async () => {
      for (const [name, actor] of Object.entries(actors)) {
        expect(await outcome(action.run(actor)), `${action.name} as ${name}`).toBe(expected(actor, action.permission));
      }
    });
  }
});
