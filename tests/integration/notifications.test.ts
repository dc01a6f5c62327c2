import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { unseal } from "@/lib/crypto";
import { createPrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { STATUSES } from "@/lib/applications/status-machine";
import { locales } from "@/lib/i18n/config";
import { NOTIFICATION_KINDS } from "@/lib/notifications/types";
import { renderNotification } from "@/lib/notifications/render";
import { createTestDatabase, type TestDatabase } from "../factories/database";
import { validDetails, validStepValues } from "../factories/answers";
import { decodedBody, startSmtpServer } from "../factories/smtp";
import { createStaff } from "../factories/staff";

let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;
let lib: typeof import("@/lib/applications/mutations") &
  typeof import("@/lib/applications/staff-mutations") &
  typeof import("@/lib/notifications/send") &
  typeof import("@/lib/notifications/transport") &
  typeof import("@/lib/notifications/mutations") &
  typeof import("@/lib/notifications/queries") &
  typeof import("@/lib/notifications/links");
let oneClick: typeof import("@/app/api/v1/avisos/baja/route");

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  process.env.DATABASE_URL = database.url;
  process.env.PUBLIC_BASE_URL = "https://ventanilla.example.org";
  process.env.MAIL_FROM = "Ventanilla <avisos@ventanilla.example.org>";
  db = createPrismaClient(database.url);
  lib = {
    ...(await import("@/lib/applications/mutations")),
    ...(await import("@/lib/applications/staff-mutations")),
    ...(await import("@/lib/notifications/send")),
    ...(await import("@/lib/notifications/transport")),
    ...(await import("@/lib/notifications/mutations")),
    ...(await import("@/lib/notifications/queries")),
    ...(await import("@/lib/notifications/links")),
  };
  oneClick = await import("@/app/api/v1/avisos/baja/route");
  clerk = { id: (await createStaff(db, { role: "clerk" })).id, role: "clerk" };
  supervisor = { id: (await createStaff(db, { role: "supervisor" })).id, role: "supervisor" };
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

let clients = 0;
const client = () => `198.51.100.${(clients += 1) % 250}:${clients}`;
// Real national officials: staff queries and mutations act only within the official's scope (lib/auth/scope.ts).
let clerk: { id: string; role: "clerk" };
let supervisor: { id: string; role: "supervisor" };
const SLUG = "tarjeta-de-visitante-trabajador-fronterizo";
/** A moment far enough ahead that every reminder and retry is due. */
const later = (days: number) => new Date(Date.now() + days * 86_400_000);

/** Sends a complete request form with the given consent; returns the application and its password. */
async function submitted(
  consent: { notify?: string; notifyLocale?: string } = { notify: "on", notifyLocale: "es" },
  email = `persona.${clients}@example.org`,
) {
  const draft = await lib.startDraft(SLUG, "es", client());
  if (!draft || !("token" in draft)) throw new Error("no draft");
  const values = validStepValues({ address: { email } });
  for (const step of ["personal", "passport", "address"] as const)
    expect(await lib.saveDraftStep(draft.token, SLUG, step, values[step])).toMatchObject({ ok: true });
  expect(await lib.saveDraftStep(draft.token, SLUG, "details", validDetails(SLUG))).toMatchObject({ ok: true });
  const result = await lib.submitDraft(draft.token, SLUG, client(), { office: "tapachula", ...consent });
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
  const row = await db.applicationDraft.findFirstOrThrow({
    where: { applicationId: result.applicationId },
    select: { sealedPassword: true },
  });
  const password = unseal(draft.token, row.sealedPassword!)!;
  return { id: result.applicationId, number: result.number, password };
}

const outboxOf = (applicationId: number) => db.outbox.findMany({ where: { applicationId }, orderBy: { id: "asc" } });

describe("consent and the outbox", () => {
  it("writes the confirmation with the application, and a row per status change, only with consent", async () => {
    const yes = await submitted();
    const no = await submitted({ notifyLocale: "en" });
    expect(
      await db.application.findUniqueOrThrow({
        where: { id: no.id },
        select: { notifyUpdates: true, notifyLocale: true },
      }),
    ).toEqual({ notifyUpdates: false, notifyLocale: "en" });
    expect((await outboxOf(yes.id)).map((r) => r.kind)).toEqual(["confirmation"]);
    expect(await outboxOf(no.id)).toEqual([]);
    await lib.transitionApplication({ applicationId: yes.id, expectedVersion: 0, to: "received" }, clerk);
    await lib.transitionApplication({ applicationId: no.id, expectedVersion: 0, to: "received" }, clerk);
    expect((await outboxOf(yes.id)).map((r) => [r.kind, r.data])).toEqual([
      ["confirmation", { status: "submitted" }],
      ["status", { status: "received" }],
    ]);
    expect(await outboxOf(no.id)).toEqual([]);
  });

  it("a refused status change writes no message (same transaction)", async () => {
    const app = await submitted();
    await expect(
      lib.transitionApplication({ applicationId: app.id, expectedVersion: 7, to: "received" }, clerk),
    ).rejects.toBeInstanceOf(DomainError);
    expect((await outboxOf(app.id)).map((r) => r.kind)).toEqual(["confirmation"]);
  });

  it("refuses a consent language that is not offered, storing nothing", async () => {
    const before = await db.application.count();
    const draft = await lib.startDraft(SLUG, "es", client());
    if (!draft || !("token" in draft)) throw new Error("no draft");
    const values = validStepValues();
    for (const step of ["personal", "passport", "address"] as const)
      await lib.saveDraftStep(draft.token, SLUG, step, values[step]);
    await lib.saveDraftStep(draft.token, SLUG, "details", validDetails(SLUG));
    expect(
      await lib.submitDraft(draft.token, SLUG, client(), { office: "tapachula", notify: "on", notifyLocale: "fr" }),
    ).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
      fieldErrors: { notifyLocale: "notifications.consent.invalid" },
    });
    expect(await db.application.count()).toBe(before);
  });

  it("a request for documents carries the list and the deliver-by date, and schedules a reminder two business days before", async () => {
    const app = await submitted();
    let { version } = await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: 0, to: "received" },
      clerk,
    );
    ({ version } = await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: version, to: "in_review" },
      clerk,
    ));
    await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: version, to: "documents_requested", requirements: [1, 2] },
      clerk,
    );
    const rows = await outboxOf(app.id);
    const request = rows.find((r) => r.kind === "documents_requested")!;
    const reminder = rows.find((r) => r.kind === "documents_reminder")!;
    const data = request.data as { requirements: number[]; deliverBy: string };
    expect(data.requirements).toEqual([1, 2]);
    expect(data.deliverBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reminder.data).toEqual(request.data);
    // 09:00 in Mexico City, on a weekday, before the deliver-by date.
    expect(reminder.sendAfter.toISOString()).toMatch(/T15:00:00\.000Z$/);
    expect(reminder.sendAfter.toISOString().slice(0, 10) < data.deliverBy).toBe(true);
    expect([0, 6]).not.toContain(reminder.sendAfter.getUTCDay());
  });
});

describe("sending through a real SMTP server", () => {
  it("delivers multipart messages with the status link, the one-click headers, no password, and records each attempt", async () => {
    const smtp = await startSmtpServer();
    const transport = lib.createMailTransport({ smtpUrl: smtp.url });
    try {
      const app = await submitted({ notify: "on", notifyLocale: "en" }, "ana.mail@example.org");
      await lib.transitionApplication({ applicationId: app.id, expectedVersion: 0, to: "received" }, clerk);
      await lib.sendDueNotifications(transport);
      const mine = smtp.received.filter((m) => m.to.includes("ana.mail@example.org"));
      expect(mine).toHaveLength(2);
      const rows = await outboxOf(app.id);
      expect(rows.map((r) => r.state)).toEqual(["sent", "sent"]);
      for (const [i, mail] of mine.entries()) {
        const body = decodedBody(mail.raw);
        expect(mail.headers["content-type"]).toMatch(/^multipart\/alternative/);
        expect(mail.raw).toMatch(/Content-Type: text\/plain/);
        expect(mail.raw).toMatch(/Content-Type: text\/html/);
        expect(mail.messageId).toBe(lib.outboxMessageId(rows[i]!, "ventanilla.example.org"));
        expect(mail.headers["list-unsubscribe"]).toMatch(
          /^<https:\/\/ventanilla\.example\.org\/api\/v1\/avisos\/baja\?t=\d+\.[\w-]{32}>$/,
        );
        expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
        expect(body).toContain("https://ventanilla.example.org/en/seguimiento");
        expect(body).toContain(app.number);
        expect(body).toContain("Hello José,");
        // The application password never leaves in a message, with or without its dashes; nor the surname or passport.
        expect(body).not.toContain(app.password);
        expect(body).not.toContain(app.password.replace(/-/g, ""));
        expect(body).not.toContain("Muñoz");
        expect(body).not.toMatch(/\{\w+\}/);
      }
      expect(decodedBody(mine[0]!.raw)).toContain("Tapachula");
      expect(await db.outboxAttempt.count({ where: { outboxId: { in: rows.map((r) => r.id) }, ok: true } })).toBe(2);
    } finally {
      transport.close();
      await smtp.close();
    }
  });

  it("retries a refused attempt with exponential backoff and marks a permanent refusal failed for staff", async () => {
    // First delivery attempt of this server: 451 (try later); the one after the permanent test: 550.
    let mode: "temporary" | "permanent" | "ok" = "temporary";
    const smtp = await startSmtpServer({
      refuse: () =>
        mode === "temporary"
          ? { code: 451, message: "Try later" }
          : mode === "permanent"
            ? { code: 550, message: "No such user" }
            : null,
    });
    const transport = lib.createMailTransport({ smtpUrl: smtp.url });
    try {
      await lib.sendDueNotifications(transport, { now: later(30) });
      const app = await submitted();
      const now = new Date();
      expect(await lib.sendDueNotifications(transport, { now })).toMatchObject({ retried: 1, sent: 0 });
      let [row] = await outboxOf(app.id);
      expect(row).toMatchObject({ state: "pending", attemptCount: 1 });
      expect(row!.sendAfter.getTime()).toBe(now.getTime() + lib.retryDelaySeconds(1) * 1000);
      expect(lib.retryDelaySeconds(2)).toBe(2 * lib.retryDelaySeconds(1));
      // Not due yet at the same moment: nothing is tried.
      expect(await lib.sendDueNotifications(transport, { now })).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
        skipped: 0,
      });
      mode = "ok";
      expect(await lib.sendDueNotifications(transport, { now: new Date(row!.sendAfter.getTime() + 1) })).toMatchObject({
        sent: 1,
      });
      [row] = await outboxOf(app.id);
      expect(row).toMatchObject({ state: "sent", attemptCount: 2 });
      expect(
        (await db.outboxAttempt.findMany({ where: { outboxId: row!.id }, orderBy: { id: "asc" } })).map((a) => a.ok),
      ).toEqual([false, true]);

      mode = "permanent";
      const undeliveredBefore = await lib.countUndeliveredNotifications(supervisor);
      const lost = await submitted();
      expect(await lib.sendDueNotifications(transport)).toMatchObject({ failed: 1 });
      const [failed] = await outboxOf(lost.id);
      expect(failed).toMatchObject({ state: "failed", attemptCount: 1 });
      expect(failed!.lastError).toMatch(/550|No such user/);
      expect(await lib.countUndeliveredNotifications(supervisor)).toBe(undeliveredBefore + 1);
      expect((await lib.getApplicationNotifications(lost.id, supervisor)).entries[0]).toMatchObject({
        state: "failed",
        kind: "confirmation",
      });

      // A supervisor resends (a clerk may not); the copy goes out once the server accepts again.
      await expect(lib.resendNotification(failed!.id, clerk)).rejects.toMatchObject({ code: "FORBIDDEN" });
      mode = "ok";
      const copy = await lib.resendNotification(failed!.id, supervisor);
      await lib.sendDueNotifications(transport);
      expect(await db.outbox.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({
        state: "sent",
        kind: "confirmation",
      });
      expect(
        await db.auditLog.count({ where: { action: "application.notification_resend", entityId: String(lost.id) } }),
      ).toBe(1);
    } finally {
      transport.close();
      await smtp.close();
    }
  });

  it("after a crash between the SMTP server's OK and the commit, the message goes again with the same Message-ID", async () => {
    const smtp = await startSmtpServer();
    const real = lib.createMailTransport({ smtpUrl: smtp.url });
    try {
      await lib.sendDueNotifications(real, { now: later(30) });
      const app = await submitted();
      let accepted!: () => void;
      const acceptedOnce = new Promise<void>((resolve) => (accepted = resolve));
      // Delivers, then hangs like a server that dies before recording the delivery.
      const dying = {
        ...real,
        send: async (mail: Parameters<typeof real.send>[0]) => {
          await real.send(mail);
          accepted();
          return new Promise<string>(() => {});
        },
      };
      const first = lib.sendDueNotifications(dying).catch((e: unknown) => e);
      await acceptedOnce;
      // The "crash": the database session holding the row's lock ends, its transaction is rolled back.
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      const killed = await admin.query(
        "SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.relation = 'outbox'::regclass AND l.mode = 'RowShareLock' AND l.pid <> pg_backend_pid()",
      );
      expect(killed.rowCount).toBe(1);
      await admin.end();
      void first;
      expect((await outboxOf(app.id))[0]).toMatchObject({ state: "pending" });
      await lib.sendDueNotifications(real);
      const copies = smtp.received.filter((m) => decodedBody(m.raw).includes(app.number));
      expect(copies).toHaveLength(2);
      expect(copies[0]!.messageId).toBe(copies[1]!.messageId);
      expect((await outboxOf(app.id))[0]).toMatchObject({ state: "sent" });
    } finally {
      real.close();
      await smtp.close();
    }
  });

  it("skips a reminder when the documents were recorded, and every message once updates are off", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ventanilla-mail-"));
    const files = lib.createMailTransport({ smtpUrl: "", mailDir: dir });
    await lib.sendDueNotifications(files, { now: later(60) });
    const app = await submitted();
    let { version } = await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: 0, to: "received" },
      clerk,
    );
    ({ version } = await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: version, to: "in_review" },
      clerk,
    ));
    ({ version } = await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: version, to: "documents_requested", requirements: [1] },
      clerk,
    ));
    ({ version } = await lib.transitionApplication(
      { applicationId: app.id, expectedVersion: version, to: "in_review" },
      clerk,
    ));
    await lib.sendDueNotifications(files, { now: later(60) });
    const rows = await outboxOf(app.id);
    expect(rows.find((r) => r.kind === "documents_reminder")).toMatchObject({
      state: "skipped",
      lastError: "documents already recorded",
    });
    expect(rows.filter((r) => r.state === "sent")).toHaveLength(5);
    // Without SMTP_URL each message is an .eml file named after its Message-ID.
    const written = await fs.readdir(dir);
    expect(written.filter((f) => f.startsWith(`outbox-${rows[0]!.id}-`))).toHaveLength(1);
    expect(
      await fs.readFile(
        path.join(
          dir,
          written.find((f) => f.startsWith(`outbox-${rows[0]!.id}-`))!,
        ),
        "utf8",
      ),
    ).toMatch(/^Message-ID: <outbox-/m);

    await lib.setNotifyUpdates(app.id, false, "status-page");
    await db.outbox.create({ data: { applicationId: app.id, kind: "status", data: { status: "in_review" } } });
    await lib.sendDueNotifications(files);
    expect((await outboxOf(app.id)).at(-1)).toMatchObject({ state: "skipped", lastError: "updates turned off" });
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe("unsubscribe", () => {
  it("the List-Unsubscribe one-click POST turns updates off; a forged token changes nothing", async () => {
    const app = await submitted();
    const token = await lib.signUnsubscribeToken(app.id);
    const forged = `${app.id}.${"A".repeat(32)}`;
    const post = (t: string) =>
      oneClick.POST(
        new Request(`https://ventanilla.example.org/api/v1/avisos/baja?t=${encodeURIComponent(t)}`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
      );
    expect((await post(forged)).status).toBe(422);
    expect((await post(`${app.id + 1}.${token.split(".")[1]}`)).status).toBe(422);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).notifyUpdates).toBe(true);
    expect((await post(token)).status).toBe(200);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).notifyUpdates).toBe(false);
    await lib.transitionApplication({ applicationId: app.id, expectedVersion: 0, to: "received" }, clerk);
    expect((await outboxOf(app.id)).map((r) => r.kind)).toEqual(["confirmation"]);
  });

  it("the page's form (no JavaScript: a plain POST of the token and the choice) turns them off and on again", async () => {
    const app = await submitted();
    const token = await lib.signUnsubscribeToken(app.id);
    expect(await lib.setNotifyUpdatesByToken(token, { updates: "off" }, "link")).toBe(true);
    expect(await lib.getNotifyUpdates(app.id)).toBe(false);
    expect(await lib.setNotifyUpdatesByToken(token, { updates: "on" }, "link")).toBe(true);
    expect(await lib.getNotifyUpdates(app.id)).toBe(true);
    expect(await lib.setNotifyUpdatesByToken(token, { updates: "maybe" }, "link")).toBe(false);
    expect(await lib.setNotifyUpdatesByToken("1.x", { updates: "off" }, "link")).toBe(false);
    expect(await lib.getNotifyUpdates(app.id)).toBe(true);
  });
});

describe("templates", () => {
  it("every kind renders in es and en with every status: no placeholder left, no missing text", () => {
    for (const locale of locales) {
      for (const kind of NOTIFICATION_KINDS) {
        for (const status of STATUSES) {
          const message = renderNotification({
            locale,
            kind,
            data: { status, requirements: [1], deliverBy: "2026-03-16" },
            firstName: "Ana",
            number: "26-7KQ4-M9PX-3",
            procedure: "Trámite",
            office: kind === "confirmation" ? null : "Tapachula",
            documents: ["Pasaporte"],
            links: {
              status: "https://x.example/s",
              preferences: "https://x.example/p",
              oneClick: "https://x.example/o",
            },
          });
          for (const part of [message.subject, message.text, message.html]) {
            expect(part, `${locale} ${kind} ${status}`).not.toMatch(/\{\w+\}|undefined|null|\[object/);
          }
          expect(message.text).toContain("26-7KQ4-M9PX-3");
          expect(message.text).toContain("https://x.example/s");
          expect(message.html).toContain(`lang="${locale}"`);
          expect(message.html).toContain('href="https://x.example/p"');
          if (kind.startsWith("documents"))
            expect(message.text).toContain(locale === "es" ? "16 de marzo de 2026" : "March 16, 2026");
        }
      }
    }
  });
});
