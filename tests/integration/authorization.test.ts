import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TRANSITIONS, type ApplicationStatus } from "@/lib/applications/status-machine";
import {
  can,
  PERMISSIONS,
  STAFF_ROLES,
  type Permission,
  type StaffActor,
  type StaffRole,
} from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff } from "../factories/staff";
import { createStoredApplication } from "../factories/application";

/**
 * Every back-office action, called as anonymous, clerk, supervisor and admin, against the permission
 * table written out by hand below (not read from lib/auth/permissions.ts, so widening a role there fails
 * here): allowed exactly when the table says so, UNAUTHENTICATED without a session, FORBIDDEN otherwise.
 */

/** Who may do what, decided by the service, one cell per role and permission. */
const HAND_TABLE: Record<Permission, Record<StaffRole, boolean>> = {
  "applications.view": { clerk: true, supervisor: true, admin: false, editor: false, publisher: false },
  "applications.review": { clerk: true, supervisor: true, admin: false, editor: false, publisher: false },
  "applications.propose": { clerk: true, supervisor: false, admin: false, editor: false, publisher: false },
  "applications.resolve": { clerk: false, supervisor: true, admin: false, editor: false, publisher: false },
  "applications.reassign": { clerk: false, supervisor: true, admin: false, editor: false, publisher: false },
  "dashboard.view": { clerk: true, supervisor: true, admin: true, editor: false, publisher: false },
  "staff.manage": { clerk: false, supervisor: false, admin: true, editor: false, publisher: false },
  "participation.view": { clerk: true, supervisor: true, admin: true, editor: false, publisher: false },
  "participation.handle": { clerk: false, supervisor: true, admin: true, editor: false, publisher: false },
  "posters.manage": { clerk: true, supervisor: true, admin: true, editor: false, publisher: false },
  "catalogue.edit": { clerk: false, supervisor: false, admin: false, editor: true, publisher: true },
  "catalogue.publish": { clerk: false, supervisor: false, admin: false, editor: false, publisher: true },
};
const allowedByHand = (role: StaffRole, permission: Permission) => HAND_TABLE[permission][role];
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let staffMutations: typeof import("@/lib/applications/staff-mutations");
let staffQueries: typeof import("@/lib/applications/staff-queries");
let team: typeof import("@/lib/auth/team");
let catalogue: typeof import("@/lib/catalogue/mutations");
let catalogueQueries: typeof import("@/lib/catalogue/staff-queries");
let catalogueEditor: typeof import("@/lib/catalogue/editor-queries");
let authQueries: typeof import("@/lib/auth/queries");
let dashboard: typeof import("@/lib/statistics/dashboard");
let posters: typeof import("@/lib/posters/mutations") & typeof import("@/lib/posters/queries");
let participation: typeof import("@/lib/participation/queries") &
  typeof import("@/lib/participation/mutations") &
  typeof import("@/lib/participation/export");
const actors: Record<string, StaffActor | null> = { anonymous: null };
/** The step-up password of every test official (tests/factories/staff.ts). */
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  staffMutations = await import("@/lib/applications/staff-mutations");
  staffQueries = await import("@/lib/applications/staff-queries");
  team = await import("@/lib/auth/team");
  catalogue = await import("@/lib/catalogue/mutations");
  catalogueQueries = await import("@/lib/catalogue/staff-queries");
  catalogueEditor = await import("@/lib/catalogue/editor-queries");
  authQueries = await import("@/lib/auth/queries");
  dashboard = await import("@/lib/statistics/dashboard");
  participation = {
    ...(await import("@/lib/participation/queries")),
    ...(await import("@/lib/participation/mutations")),
    ...(await import("@/lib/participation/export")),
  };
  posters = { ...(await import("@/lib/posters/mutations")), ...(await import("@/lib/posters/queries")) };
  for (const role of STAFF_ROLES) actors[role] = await createStaff(db, { role });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** The office new applications are filed at (the office-scoping matrix below changes it). */
let filedAt: number | null = null;

async function application(status: ApplicationStatus) {
  return createStoredApplication(db, { status, officeId: filedAt });
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (e: unknown) => (e instanceof DomainError ? e.code : `unexpected: ${String(e)}`),
  );
const expected = (actor: StaffActor | null, permission: Permission) =>
  !actor ? "UNAUTHENTICATED" : allowedByHand(actor.role, permission) ? "allowed" : "FORBIDDEN";

type Action = { name: string; permission: Permission; run: (actor: StaffActor | null) => Promise<unknown> };

const actions: Action[] = [
  { name: "list applications", permission: "applications.view", run: (a) => staffQueries.listApplications(a, {}) },
  {
    name: "open an application",
    permission: "applications.view",
    run: async (a) => staffQueries.getApplicationForStaff(a, (await application("submitted")).number),
  },
  { name: "list case workers", permission: "applications.view", run: (a) => authQueries.listCaseWorkers(a) },
  {
    name: "write a note",
    permission: "applications.review",
    run: async (a) =>
      staffMutations.addApplicationNote({ applicationId: (await application("in_review")).id, body: "Revisado" }, a),
  },
  {
    name: "propose a decision",
    permission: "applications.propose",
    run: async (a) =>
      staffMutations.addApplicationNote(
        { applicationId: (await application("in_review")).id, body: "Propongo aprobar", proposal: "approved" },
        a,
      ),
  },
  {
    name: "assign",
    permission: "applications.reassign",
    run: async (a) =>
      staffMutations.assignApplication(
        { applicationId: (await application("received")).id, expectedVersion: 0, assigneeId: null },
        a,
      ),
  },
  { name: "see the dashboard", permission: "dashboard.view", run: (a) => dashboard.getDashboard(a) },
  { name: "list staff", permission: "staff.manage", run: (a) => authQueries.listStaffMembers(a) },
  {
    name: "open an application's PDF",
    permission: "applications.view",
    run: async (a) =>
      staffQueries.getApplicationDocumentForStaff(
        a,
        (await application("submitted")).number,
        "hoja-de-pago",
        "http://localhost",
      ),
  },
  {
    name: "create staff",
    permission: "staff.manage",
    run: (a) =>
      team.createStaffMember(
        a,
        { email: `new-${Math.random().toString(36).slice(2)}@example.org`, name: "New", role: "clerk" },
        PASSWORD,
      ),
  },
  {
    name: "end someone's sessions",
    permission: "staff.manage",
    run: (a) => team.updateStaffMember(a, { id: actors.clerk!.id, endSessions: true }, PASSWORD),
  },
  {
    name: "reset someone's access",
    permission: "staff.manage",
    run: async (a) =>
      team.updateStaffMember(a, { id: (await createStaff(db, { role: "clerk" })).id, resetAccess: true }, PASSWORD),
  },
  {
    name: "assign offices",
    permission: "staff.manage",
    run: async (a) =>
      team.updateStaffMember(
        a,
        { id: (await createStaff(db, { role: "clerk" })).id, offices: [], national: false },
        PASSWORD,
      ),
  },
  {
    name: "see participation figures",
    permission: "participation.view",
    run: (a) => participation.getSurveyFigures({}, ["month", "procedure", "office"], a),
  },
  {
    name: "read feedback comments",
    permission: "participation.view",
    run: (a) => participation.listPageComments({}, a),
  },
  {
    name: "export participation CSV",
    permission: "participation.view",
    run: (a) => participation.exportParticipationCsv("comentarios.csv", {}, a),
  },
  {
    name: "make a poster",
    permission: "posters.manage",
    run: (a) =>
      posters.getOrCreateShortLink(a, {
        kind: "procedure",
        procedure: "renovacion-de-documento-migratorio",
        office: undefined,
      }),
  },
  { name: "see poster scans", permission: "posters.manage", run: (a) => posters.listPosterScans(a) },
  {
    name: "mark feedback handled",
    permission: "participation.handle",
    run: async (a) => {
      const row = await db.pageFeedback.create({
        data: {
          path: "/tramites",
          locale: "es",
          useful: false,
          comment: "Falta el horario",
          day: new Date("2026-11-02T00:00:00Z"),
        },
        select: { id: true },
      });
      return participation.markFeedbackHandled({ kind: "page", id: row.id, version: 0, note: "Añadido" }, a);
    },
  },
  {
    name: "open a procedure's catalogue draft",
    permission: "catalogue.edit",
    run: (a) => catalogue.openDraft(a, "renovacion-de-documento-migratorio"),
  },
  {
    name: "read a procedure's draft in the editor",
    permission: "catalogue.edit",
    run: (a) => catalogueEditor.getDraftForEditor(a, "renovacion-de-documento-migratorio"),
  },
  {
    name: "read the editor's choice lists",
    permission: "catalogue.edit",
    run: (a) => catalogueEditor.getEditorOptions(a),
  },
  {
    name: "publish a catalogue draft someone else submitted",
    permission: "catalogue.publish",
    run: async (a) => {
      const editor = await createStaff(db, { role: "editor" });
      const slug = `prueba-${Math.random().toString(36).slice(2, 10)}`;
      const { id } = await catalogue.startNewProcedure(editor, {
        slug,
        copyFrom: "renovacion-de-documento-migratorio",
      });
      const draft = await db.catalogueDraft.findUniqueOrThrow({ where: { id }, select: { document: true } });
      await catalogue.saveDraft(editor, id, { revision: 0, document: draft.document, note: "Prueba" });
      await catalogue.submitDraft(editor, id, { revision: 1 });
      return catalogue.publishDraft(a, id, { revision: 2 });
    },
  },
  {
    name: "list the catalogue with its drafts and scheduled versions",
    permission: "catalogue.edit",
    run: (a) => catalogueQueries.listCatalogueForStaff(a),
  },
  {
    name: "list the procedures a new one may copy",
    permission: "catalogue.edit",
    run: (a) => catalogueQueries.listCopyableProcedures(a),
  },
  {
    name: "read a draft under review",
    permission: "catalogue.edit",
    run: (a) => catalogueQueries.getDraftReview(a, "renovacion-de-documento-migratorio"),
  },
  {
    name: "preview a draft",
    permission: "catalogue.edit",
    run: (a) => catalogueQueries.getDraftPreview(a, "renovacion-de-documento-migratorio"),
  },
];

// Every step of the status machine, from an application in its starting status.
for (const [from, targets] of Object.entries(TRANSITIONS)) {
  for (const [to, rule] of Object.entries(targets ?? {})) {
    actions.push({
      name: `move ${from} → ${to}`,
      permission: rule!.permission,
      run: async (a) =>
        staffMutations.transitionApplication(
          {
            applicationId: (await application(from as ApplicationStatus)).id,
            expectedVersion: 0,
            to,
            message: "Motivo",
            requirements: [0],
            evidence: "Petición escrita de la persona",
          },
          a,
        ),
    });
  }
}

describe("authorisation matrix", () => {
  it("the permission table grants exactly what the hand-written table says, for every role and permission", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(HAND_TABLE).sort());
    expect([...STAFF_ROLES].sort()).toEqual(["admin", "clerk", "editor", "publisher", "supervisor"]);
    for (const permission of Object.keys(HAND_TABLE) as Permission[]) {
      for (const role of STAFF_ROLES)
        expect(can(role, permission), `${role} × ${permission}`).toBe(allowedByHand(role, permission));
    }
  });

  it("covers every permission of the table", () => {
    expect(new Set(actions.map((a) => a.permission))).toEqual(new Set(Object.keys(PERMISSIONS)));
  });
  for (const action of actions) {
    it(`${action.name}: ${action.permission}`, async () => {
      for (const [name, actor] of Object.entries(actors)) {
        expect(await outcome(action.run(actor)), `${action.name} as ${name}`).toBe(expected(actor, action.permission));
      }
    });
  }
});

/**
 * The same actions for officials who handle one office (not national): on an application of their office
 * they get exactly what the permission table says; on one filed at another office every read answers
 * "not found" and every change NOT_FOUND, whatever their role — as if it did not exist.
 */
describe("office scoping matrix", () => {
  const scoped: Record<string, StaffActor> = {};
  let own = 0;
  let other = 0;
  beforeAll(async () => {
    [own, other] = (await db.office.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } })).map(
      (o) => o.id,
    ) as [number, number];
    for (const role of ["clerk", "supervisor"] as const) scoped[role] = await createStaff(db, { role, offices: [own] });
  });
  afterAll(() => {
    filedAt = null;
  });
  const scopedOutcome = (promise: Promise<unknown>) =>
    promise.then(
      (v) => (v === null ? "NOT_FOUND" : "allowed"),
      (e: unknown) => (e instanceof DomainError ? e.code : `unexpected: ${String(e)}`),
    );
  const perApplication = actions.filter(
    (a) => a.permission.startsWith("applications.") && !["list applications", "list case workers"].includes(a.name),
  );

  for (const action of perApplication) {
    it(`${action.name}: own office as the table says, another office NOT_FOUND`, async () => {
      for (const [name, actor] of Object.entries(scoped)) {
        filedAt = own;
        expect(await scopedOutcome(action.run(actor)), `${action.name} as ${name}, own office`).toBe(
          expected(actor, action.permission),
        );
        filedAt = other;
        // Holding the permission: "not found". Without it: refused either way (which check comes first may vary).
        const refused = allowedByHand(actor.role, action.permission) ? ["NOT_FOUND"] : ["FORBIDDEN", "NOT_FOUND"];
        expect(refused, `${action.name} as ${name}, other office`).toContain(await scopedOutcome(action.run(actor)));
      }
    });
  }

  it("the list shows a scoped official only their office's applications and those assigned to them", async () => {
    filedAt = own;
    const mine = await application("received");
    filedAt = other;
    const theirs = await application("received");
    const assigned = await application("received");
    await db.application.update({ where: { id: assigned.id }, data: { assigneeId: scoped.clerk!.id } });
    const numbers = async (actor: StaffActor) =>
      new Set((await staffQueries.listApplications(actor, { q: "Ana" }, "2026-12-01")).rows.map((r) => r.number));
    const listAll = async (actor: StaffActor) => {
      const seen = new Set<string>();
      for (let page = 1; ; page++) {
        const result = await staffQueries.listApplications(actor, { page }, "2026-12-01");
        result.rows.forEach((r) => seen.add(r.number));
        if (page >= result.pages) return seen;
      }
    };
    const clerkSees = await listAll(scoped.clerk!);
    expect(clerkSees.has(mine.number)).toBe(true);
    expect(clerkSees.has(assigned.number)).toBe(true);
    expect(clerkSees.has(theirs.number)).toBe(false);
    expect((await numbers(actors.clerk!)).size).toBeGreaterThan(0);
    const nationalSees = await listAll(actors.supervisor!);
    for (const n of [mine.number, theirs.number, assigned.number]) expect(nationalSees.has(n)).toBe(true);
    // Opening the assigned one works; the other office's one is "not found".
    expect(await staffQueries.getApplicationForStaff(scoped.clerk!, assigned.number)).not.toBeNull();
    expect(await staffQueries.getApplicationForStaff(scoped.clerk!, theirs.number)).toBeNull();
  });

  it("records every staff read of an application and of its PDFs (audit row), and keeps reads out of the change history", async () => {
    filedAt = own;
    const app = await application("received");
    const detail = await staffQueries.getApplicationForStaff(scoped.clerk!, app.number);
    expect(detail?.history).toEqual([]);
    await staffQueries.getApplicationDocumentForStaff(scoped.clerk!, app.number, "solicitud", "http://localhost");
    const reads = await db.auditLog.findMany({
      where: { entity: "application", entityId: String(app.id) },
      orderBy: { id: "asc" },
    });
    expect(reads.map((r) => [r.action, r.actorId])).toEqual([
      ["application.read", scoped.clerk!.id],
      ["application.document_read", scoped.clerk!.id],
    ]);
    expect(reads[1]!.after).toEqual({ document: "solicitud" });
    // Refused reads leave no read row; the security log has the read, the refusal and an export.
    filedAt = other;
    const elsewhere = await application("received");
    const { captureSecurityLog } = await import("../factories/security-log");
    const lines = await captureSecurityLog(async () => {
      await staffQueries.getApplicationForStaff(scoped.clerk!, app.number);
      await staffQueries.getApplicationForStaff(scoped.clerk!, elsewhere.number);
      await participation.exportParticipationCsv("comentarios.csv", {}, scoped.clerk!);
      await outcome(
        team.createStaffMember(scoped.clerk!, { email: "x@example.org", name: "X", role: "admin" }, PASSWORD),
      );
    });
    expect(await db.auditLog.count({ where: { entity: "application", entityId: String(elsewhere.id) } })).toBe(0);
    expect(lines.map((l) => [l.event, l.target])).toEqual([
      ["staff.application.read", app.number],
      ["staff.permission_denied", elsewhere.number],
      ["staff.export", "comentarios.csv"],
      ["staff.permission_denied", "staff.manage"],
    ]);
  });

  it("a supervisor cannot widen anyone's reach by assigning to an official of another office", async () => {
    const outsider = await createStaff(db, { role: "clerk", offices: [other] });
    filedAt = own;
    const app = await application("received");
    await expect(
      staffMutations.assignApplication(
        { applicationId: app.id, expectedVersion: 0, assigneeId: outsider.id },
        scoped.supervisor!,
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const colleague = await createStaff(db, { role: "clerk", offices: [own] });
    await expect(
      staffMutations.assignApplication(
        { applicationId: app.id, expectedVersion: 0, assigneeId: colleague.id },
        scoped.supervisor!,
      ),
    ).resolves.toEqual({ version: 1 });
  });
});
