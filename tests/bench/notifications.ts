/**
 * `npx tsx tests/bench/notifications.ts`: outbox figures, printed, never asserted.
 * 1. Throughput: BENCH_MESSAGES (default 1 000) pending outbox rows delivered by the sender to a local
 *    in-process SMTP server (smtp-server), messages per second, one and two senders side by side
 *    (FOR UPDATE SKIP LOCKED shares the rows).
 * 2. Added latency of a staff action: median time of a status change (transitionApplication) for an
 *    application with e-mail updates on (one outbox row in the transaction) and off (none).
 */
import { mkdtempSync } from "node:fs";
import Module from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../prisma/scripts/db";
import { applyMigrations } from "../../prisma/scripts/migrate";
import { seedCatalogue } from "../../prisma/scripts/seed";
import { startSmtpServer } from "../factories/smtp";
import { requireQuietMachine } from "./quiet";

// The lib files start with `import "server-only"` (a guard for React Server Components): empty here.
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === "server-only") return path.resolve(__dirname, "../setup/empty-module.ts");
  return resolveFilename.call(this, request, ...rest);
};

const messages = Number(process.env.BENCH_MESSAGES ?? 1_000);
const actions = Number(process.env.BENCH_ACTIONS ?? 50);

async function main() {
  requireQuietMachine("notifications bench");
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(os.tmpdir(), "ventanilla-bench-")),
    persistent: false,
  });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE bench_notifications`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = "/bench_notifications";
  process.env.DATABASE_URL = url.toString();
  process.env.PUBLIC_BASE_URL = "https://ventanilla.example.org";
  await applyMigrations(url.toString());
  await seedCatalogue(url.toString());
  const smtp = await startSmtpServer();
  try {
    /* eslint-disable @typescript-eslint/no-require-imports -- after the resolver above and DATABASE_URL */
    const { getDb } = require("../../lib/db") as typeof import("../../lib/db");
    const { sendDueNotifications } =
      require("../../lib/notifications/send") as typeof import("../../lib/notifications/send");
    const { createMailTransport } =
      require("../../lib/notifications/transport") as typeof import("../../lib/notifications/transport");
    const { transitionApplication } =
      require("../../lib/applications/staff-mutations") as typeof import("../../lib/applications/staff-mutations");
    const { generateApplicationNumber, paymentReference } =
      require("../../lib/applications/number") as typeof import("../../lib/applications/number");
    const db = getDb();
    const procedure = await db.procedure.findFirstOrThrow({ select: { id: true } });
    const answers = { personal: { givenNames: "Ana" }, address: { email: "ana@example.org" } };
    async function applications(count: number, notifyUpdates: boolean) {
      const ids: number[] = [];
      for (let i = 0; i < count; i += 1) {
        const number = generateApplicationNumber(2026);
        const row = await db.application.create({
          data: {
            number,
            passwordHash: "x",
            procedureId: procedure.id,
            locale: "es",
            answers,
            applicantName: "Ana",
            feePositions: [],
            paymentReference: paymentReference(number),
            notifyUpdates,
          },
          select: { id: true },
        });
        ids.push(row.id);
      }
      return ids;
    }

    for (const senders of [1, 2]) {
      const ids = await applications(messages, true);
      await db.outbox.createMany({
        data: ids.map((applicationId) => ({ applicationId, kind: "confirmation", data: { status: "submitted" } })),
      });
      const transports = Array.from({ length: senders }, () => createMailTransport({ smtpUrl: smtp.url }));
      const before = smtp.received.length;
      const start = performance.now();
      await Promise.all(transports.map((t) => sendDueNotifications(t, { limit: messages })));
      const seconds = (performance.now() - start) / 1000;
      transports.forEach((t) => t.close());
      const delivered = smtp.received.length - before;
      console.log(
        `outbox → SMTP, ${senders} sender(s): ${delivered} messages in ${seconds.toFixed(2)} s = ${(delivered / seconds).toFixed(0)} messages/s`,
      );
    }

    // A real clerk account (no office restriction): transitions check the actor's office scope.
    const { createStaff } = require("../factories/staff") as typeof import("../factories/staff");
    const clerk = { id: (await createStaff(db, { role: "clerk" })).id, role: "clerk" as const };
    for (const notify of [false, true, false, true]) {
      const ids = await applications(actions, notify);
      const times: number[] = [];
      for (const applicationId of ids) {
        const start = performance.now();
        await transitionApplication({ applicationId, expectedVersion: 0, to: "received" }, clerk);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `status change, updates ${notify ? "on " : "off"}: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms (${actions} changes)`,
      );
    }
    await db.$disconnect();
  } finally {
    await smtp.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
