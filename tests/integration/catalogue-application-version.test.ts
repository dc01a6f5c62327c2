/**
 * An application keeps the catalogue version it was filed under: after the procedure changes, its checklist,
 * fees, PDFs and the documents a clerk may ask for still come from that version, and the staff view says a
 * newer one exists. Versions 2–4 are made the way staff make them (lib/catalogue/mutations.ts: an editor
 * drafts, another person publishes).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ProcedureDocument } from "@/lib/catalogue/document";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { createStaff, type TestStaff } from "../factories/staff";
import { validDetails, validStepValues } from "../factories/answers";
import { decodedBody } from "../factories/smtp";

const SLUG = "renovacion-de-documento-migratorio";
/** The data file's first requirement, which version 4 removes (read from the file by hand). */
const REMOVED = "Formato para solicitar trámite migratorio de estancia";
/** Requirements version 4 adds at the end: positions 8 and 9 there, positions version 3 does not have. */
const ADDED = ["Constancia añadida en la versión 4", "Segunda constancia añadida en la versión 4"];
/** The 2-year card (fee position 1, the one validDetails chooses): 16693 in the files, then these. */
const V3_AMOUNT = 17001;
const V4_AMOUNT = 18002;

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let editor: TestStaff;
let publisher: TestStaff;
let clerk: TestStaff;
let dir: string;
let catalogue: typeof import("@/lib/catalogue/mutations");
let lib: typeof import("@/lib/applications/mutations") &
  typeof import("@/lib/applications/queries") &
  typeof import("@/lib/applications/staff-mutations") &
  typeof import("@/lib/applications/staff-queries") &
  typeof import("@/lib/catalogue/application-version") &
  typeof import("@/lib/cache/catalogue-generation") &
  typeof import("@/lib/procedures/queries");
let render: typeof import("@/lib/pdf/render").renderApplicationDocument;
let notifications: typeof import("@/lib/notifications/send") & typeof import("@/lib/notifications/transport");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  dir = mkdtempSync(path.join(os.tmpdir(), "app-version-"));
  catalogue = await import("@/lib/catalogue/mutations");
  lib = {
    ...(await import("@/lib/applications/mutations")),
    ...(await import("@/lib/applications/queries")),
    ...(await import("@/lib/applications/staff-mutations")),
    ...(await import("@/lib/applications/staff-queries")),
    ...(await import("@/lib/catalogue/application-version")),
    ...(await import("@/lib/cache/catalogue-generation")),
    ...(await import("@/lib/procedures/queries")),
  };
  ({ renderApplicationDocument: render } = await import("@/lib/pdf/render"));
  notifications = { ...(await import("@/lib/notifications/send")), ...(await import("@/lib/notifications/transport")) };
  editor = await createStaff(db, { role: "editor" });
  publisher = await createStaff(db, { role: "publisher" });
  clerk = await createStaff(db, { role: "clerk" });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** An editor changes the procedure, another person publishes it; the catalogue copy reloads as on the server. */
async function publishChange(change: (doc: ProcedureDocument) => void, note: string) {
  const { id } = await catalogue.openDraft(editor, SLUG);
  const draft = await db.catalogueDraft.findUniqueOrThrow({
    where: { id },
    select: { document: true, revision: true },
  });
  const document = structuredClone(draft.document) as ProcedureDocument;
  change(document);
  const saved = await catalogue.saveDraft(editor, id, { revision: draft.revision, document, note });
  const submitted = await (
    await import("@/lib/catalogue/mutations")
  ).submitDraft(editor, id, {
    revision: saved.revision,
  });
  const published = await catalogue.publishDraft(publisher, id, { revision: submitted.revision });
  lib.announceCatalogueChange();
  return published;
}

let clients = 0;
const client = () => `198.51.100.${(clients += 1) % 250}:${clients}`;

async function fileApplication(): Promise<{ number: string; applicationId: number }> {
  const token = await lib.startDraft(SLUG, "es", client());
  if (!token || !("token" in token)) throw new Error("no draft");
  const values = validStepValues();
  for (const step of ["personal", "passport", "address"] as const)
    expect(await lib.saveDraftStep(token.token, SLUG, step, values[step])).toMatchObject({ ok: true });
  expect(await lib.saveDraftStep(token.token, SLUG, "details", validDetails(SLUG))).toMatchObject({ ok: true });
  const result = await lib.submitDraft(token.token, SLUG, client());
  if (!result.ok) throw new Error(`not submitted: ${JSON.stringify(result)}`);
  return result;
}

function pdfText(bytes: Buffer, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );

describe("an application keeps the version it was filed under", () => {
  let filed: { number: string; applicationId: number };

  beforeAll(async () => {
    await publishChange((doc) => {
      doc.feeNotes = { es: "Nota de la versión 2.", en: "Version 2 note." };
    }, "v2");
    await publishChange((doc) => {
      doc.fees[1]!.amount = V3_AMOUNT;
    }, "v3");
    filed = await fileApplication();
    await publishChange((doc) => {
      doc.requirements.shift();
      for (const name of ADDED)
        doc.requirements.push({
          name: { es: name, en: name },
          presentation: "original",
          sources: doc.requirements[0]!.sources,
          verify: true,
        } as ProcedureDocument["requirements"][number]);
      doc.fees[1]!.amount = V4_AMOUNT;
    }, "v4");
  }, 60_000);

  it("records version 3 at submission", async () => {
    const row = await db.application.findUniqueOrThrow({
      where: { id: filed.applicationId },
      select: { procedureVersion: { select: { number: true } } },
    });
    expect(row.procedureVersion?.number).toBe(3);
    expect((await lib.getProcedureBySlug(SLUG))?.version?.number).toBe(4);
  });

  it("shows the applicant version 3's requirements and fee after version 4", async () => {
    const application = await db.application.findUniqueOrThrow({
      where: { id: filed.applicationId },
      select: { ...lib.applicationSelect },
    });
    const view = await lib.toView(application, "http://localhost");
    const names = view.procedure.requirements.map((r) => r.name.es);
    expect(names).toHaveLength(9);
    expect(names[0]).toBe(REMOVED);
    expect(names).not.toContain(ADDED[0]);
    expect(view.selectedFees.map((f) => f.amountCentavos)).toEqual([V3_AMOUNT * 100]);

    const checklist = pdfText(await render("requisitos", view, "LETTER"), "requisitos");
    expect(checklist).toContain(REMOVED);
    expect(checklist).not.toContain(ADDED[0]);
    const payment = pdfText(await render("hoja-de-pago", view, "LETTER"), "hoja-de-pago");
    expect(payment).toContain("17,001");
    expect(payment).not.toContain("18,002");
  });

  /** Moves an application to in_review (where documents may be requested); returns its row version. */
  async function underReview(applicationId: number): Promise<number> {
    let { version } = await db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { version: true },
    });
    for (const to of ["received", "in_review"])
      ({ version } = await lib.transitionApplication({ applicationId, expectedVersion: version, to }, clerk));
    return version;
  }

  const askFor = (applicationId: number, expectedVersion: number, position: number) =>
    lib.transitionApplication(
      { applicationId, expectedVersion, to: "documents_requested", requirements: [position], message: "Falta." },
      clerk,
    );

  it("lets a clerk ask only for version 3's requirements, named as version 3 names them", async () => {
    // The applicant takes e-mail updates: the request for documents names them in a message too.
    await db.application.update({ where: { id: filed.applicationId }, data: { notifyUpdates: true } });
    const version = await underReview(filed.applicationId);
    // Position 9 exists only in version 4 (version 3 has 0–8).
    expect(await codeOf(askFor(filed.applicationId, version, 9))).toBe("INVALID_INPUT");
    // Position 0 is the form in version 3; version 4 removed it, so there it is another requirement.
    expect(await codeOf(askFor(filed.applicationId, version, 0))).toBe("ok");
    const asked = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: filed.applicationId, type: "documents_requested" },
      select: { data: true },
    });
    expect((asked.data as { requirements: { name: { es: string } }[] }).requirements.map((r) => r.name.es)).toEqual([
      REMOVED,
    ]);

    const mailDir = mkdtempSync(path.join(dir, "mail-"));
    await notifications.sendDueNotifications(notifications.createMailTransport({ smtpUrl: "", mailDir }), {
      now: new Date(Date.now() + 60_000),
    });
    const message = await db.outbox.findFirstOrThrow({
      where: { applicationId: filed.applicationId, kind: "documents_requested" },
      select: { id: true, state: true },
    });
    expect(message.state).toBe("sent");
    const file = readdirSync(mailDir).find((f) => f.startsWith(`outbox-${message.id}-`))!;
    const body = decodedBody(readFileSync(path.join(mailDir, file), "utf8"));
    expect(body).toContain(REMOVED);
  });

  it("lets a clerk ask for version 4's new requirement on an application filed under version 4", async () => {
    const later = await fileApplication();
    const version = await underReview(later.applicationId);
    expect(await codeOf(askFor(later.applicationId, version, 9))).toBe("ok");
    const asked = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: later.applicationId, type: "documents_requested" },
      select: { data: true },
    });
    expect((asked.data as { requirements: { name: { es: string } }[] }).requirements.map((r) => r.name.es)).toEqual([
      ADDED[1],
    ]);
  });

  it("tells staff that a newer version exists", async () => {
    const detail = await lib.getApplicationForStaff(clerk, filed.number);
    if (!detail) throw new Error("not visible to the clerk");
    const { procedure, newerVersion } = await lib.procedureOfApplication(detail);
    expect(procedure.version?.number).toBe(3);
    expect(newerVersion?.number).toBe(4);
    const current = await fileApplication();
    const fresh = await lib.getApplicationForStaff(clerk, current.number);
    expect((await lib.procedureOfApplication(fresh!)).newerVersion).toBeNull();
  });
});
