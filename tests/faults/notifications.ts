/**
 * Fault check of `npm run test:faults` (run.ts wires it): the e-mail outbox under kill -9. The harness makes
 * 200 status changes (one per application, submitted → received) with `transitionApplication`, the lib
 * mutation the staff page's action calls, which writes the outbox row in the change's transaction; the app
 * server's sender timer delivers them to a real SMTP server here that answers 4xx to ~20 % of attempts,
 * while the app server is killed with SIGKILL at random moments and restarted. Then every change's message
 * must have arrived at least once, every copy of one message must carry the same Message-ID (the row's),
 * and no outbox row may be left pending or failed.
 */
import Module from "node:module";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { createPrismaClient } from "../../lib/db";
import { generateApplicationNumber, paymentReference } from "../../lib/applications/number";
import { decodedBody } from "../factories/smtp";
import { signalApp, sleep, type AppServer } from "../bench/nginx";

// The lib files start with `import "server-only"` (a guard for React Server Components): empty here.
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === "server-only") return path.resolve(__dirname, "../setup/empty-module.ts");
  return resolveFilename.call(this, request, ...rest);
};

/** Share of delivery attempts the SMTP server refuses for now (451), half at RCPT, half after DATA. */
const REFUSE_SHARE = 0.2;
/** How long the outbox may take to drain after the last change and the last restart. */
const DRAIN_LIMIT_MS = 180_000;
const MIN_KILLS = 5;

type Accepted = { to: string; messageId: string | null; raw: string };

/** A real SMTP server on a free port that refuses ~REFUSE_SHARE of attempts with a temporary error. */
async function startFlakySmtp() {
  const accepted: Accepted[] = [];
  const stats = { refusedRcpt: 0, refusedData: 0, resets: 0, lastActivity: 0 };
  const refuseData = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      stats.lastActivity = Date.now();
      callback();
    },
    onRcptTo(_address, session, callback) {
      stats.lastActivity = Date.now();
      const roll = Math.random();
      if (roll < REFUSE_SHARE / 2) {
        stats.refusedRcpt += 1;
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      if (roll < REFUSE_SHARE) refuseData.add(session.id);
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        stats.lastActivity = Date.now();
        if (refuseData.delete(session.id)) {
          stats.refusedData += 1;
          callback(Object.assign(new Error("Local error in processing, try again later"), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? "").replace(/\r?\n[ \t]+/g, " ");
        const messageId = /^message-id:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
        for (const rcpt of session.envelope.rcptTo) accepted.push({ to: rcpt.address, messageId, raw });
        callback();
      });
    },
  });
  // A killed app server resets its connections: expected here, counted, never fatal.
  server.on("error", () => {
    stats.resets += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    stats,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs the check. `restart(env)` stops whatever app server runs and starts one with `env` added (the
 * harness keeps `current()` pointing at it); the plain server is back when this returns.
 */
export async function checkOutboxUnderKills(
  databaseUrl: string,
  changes: number,
  restart: (env?: Record<string, string>) => Promise<AppServer>,
  current: () => AppServer,
): Promise<string[]> {
  const failures: string[] = [];
  const smtp = await startFlakySmtp();
  const db = createPrismaClient(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  /* eslint-disable @typescript-eslint/no-require-imports -- after the resolver above and DATABASE_URL */
  const { transitionApplication } =
    require("../../lib/applications/staff-mutations") as typeof import("../../lib/applications/staff-mutations");
  const { getDb } = require("../../lib/db") as typeof import("../../lib/db");
  const { createStaff } = require("../factories/staff") as typeof import("../factories/staff");
  /* eslint-enable @typescript-eslint/no-require-imports */
  // Every attempt at 1, 2, 4 … s instead of minutes, and a sender round every second: a drill cannot wait.
  const mailEnv = { SMTP_URL: smtp.url, NOTIFICATIONS_INTERVAL_SECONDS: "1", NOTIFICATIONS_RETRY_BASE_SECONDS: "1" };
  try {
    const procedure = await db.procedure.findFirstOrThrow({ select: { id: true } });
    const clerk = { id: (await createStaff(db, { role: "clerk" })).id, role: "clerk" as const };
    // One application per change, each with its own address: a message's recipient names its change.
    const apps: { id: number; number: string; email: string }[] = [];
    for (let i = 0; i < changes; i += 1) {
      const number = generateApplicationNumber(2026);
      const email = `aviso.${i}.${number.toLowerCase()}@example.org`;
      const row = await db.application.create({
        data: {
          number,
          passwordHash: "x",
          procedureId: procedure.id,
          locale: "es",
          answers: { personal: { givenNames: "Ana" }, address: { email } },
          applicantName: "Ana",
          feePositions: [],
          paymentReference: paymentReference(number),
          notifyUpdates: true,
          notifyLocale: "es",
        },
        select: { id: true },
      });
      apps.push({ id: row.id, number, email });
    }
    await restart(mailEnv);

    let made = 0;
    let finished = false;
    let kills = 0;
    let killsWhileDelivering = 0;
    let lastRestart = Date.now();
    // The official's side: changes at an uneven pace, also while the app server is down (another replica).
    const maker = (async () => {
      for (const app of apps) {
        try {
          await transitionApplication({ applicationId: app.id, expectedVersion: 0, to: "received" }, clerk);
          made += 1;
        } catch (error) {
          failures.push(`status change of ${app.number} refused: ${(error as Error).message}`);
        }
        await sleep(Math.random() * 300);
      }
    })();
    const killer = (async () => {
      while (!finished || kills < MIN_KILLS) {
        // After each restart wait for the sender to talk to the SMTP server, then kill at a random moment.
        const since = Date.now();
        for (let waited = 0; smtp.stats.lastActivity < since && waited < 15_000; waited += 20) await sleep(20);
        await sleep(Math.random() * 400);
        if (Date.now() - smtp.stats.lastActivity < 1000) killsWhileDelivering += 1;
        signalApp(current(), "SIGKILL");
        await current().exited;
        kills += 1;
        await restart(mailEnv);
        lastRestart = Date.now();
      }
    })();
    await maker;
    finished = true;
    await killer;

    // Drain: no row of these changes left pending (bounded).
    const appIds = apps.map((a) => a.id);
    const drainStart = Math.max(Date.now(), lastRestart);
    // The whole outbox: rows of earlier checks are delivered here too (SMTP_URL points at this server).
    const pendingOf = () => db.outbox.count({ where: { state: "pending" } });
    let pending = await pendingOf();
    while (pending > 0 && Date.now() - drainStart < DRAIN_LIMIT_MS) {
      await sleep(250);
      pending = await pendingOf();
    }
    const drainMs = Date.now() - drainStart;

    const rows = await db.outbox.findMany({
      where: { applicationId: { in: appIds } },
      select: { id: true, applicationId: true, kind: true, data: true, state: true, lastError: true },
    });
    const stillDue = await db.outbox.count({ where: { state: { in: ["pending", "failed"] } } });
    const okAttempts = await db.outboxAttempt.count({ where: { outbox: { applicationId: { in: appIds } }, ok: true } });
    const failedAttempts = await db.outboxAttempt.count({
      where: { outbox: { applicationId: { in: appIds } }, ok: false },
    });

    // Per change: its one outbox row, then every accepted copy addressed to its applicant.
    const byRecipient = new Map<string, Accepted[]>();
    for (const mail of smtp.accepted) byRecipient.set(mail.to, [...(byRecipient.get(mail.to) ?? []), mail]);
    let arrived = 0;
    let duplicates = 0;
    let messages = 0;
    for (const app of apps) {
      const own = rows.filter((r) => r.applicationId === app.id);
      const row = own[0];
      if (
        own.length !== 1 ||
        !row ||
        row.kind !== "status" ||
        (row.data as { status?: string }).status !== "received"
      ) {
        failures.push(`${app.number}: ${own.length} outbox rows ${JSON.stringify(own.map((r) => [r.kind, r.data]))}`);
        continue;
      }
      if (row.state !== "sent")
        failures.push(`${app.number}: outbox row ${row.id} ends ${row.state} (${row.lastError})`);
      const copies = byRecipient.get(app.email) ?? [];
      messages += copies.length;
      if (!copies.length) {
        failures.push(`${app.number}: the message of its change to "received" never arrived (row ${row.id})`);
        continue;
      }
      arrived += 1;
      duplicates += copies.length - 1;
      const first = copies[0]!.messageId;
      if (!first?.startsWith(`<outbox-${row.id}-`))
        failures.push(`${app.number}: Message-ID ${first} is not its outbox row's (${row.id})`);
      if (copies.some((c) => c.messageId !== first))
        failures.push(`${app.number}: copies with different Message-IDs ${copies.map((c) => c.messageId).join(", ")}`);
      if (!decodedBody(copies[0]!.raw).includes(app.number))
        failures.push(`${app.number}: its message does not name the application number`);
    }
    const refused = smtp.stats.refusedRcpt + smtp.stats.refusedData;
    console.log(
      `    ${made} status changes (transitionApplication from the harness, the staff action's mutation) → ${rows.length} outbox rows; ` +
        `${messages} messages accepted for ${arrived} changes, ${duplicates} duplicates (same Message-ID: ${!failures.some((f) => f.includes("different Message-IDs"))}); ` +
        `${refused} attempts refused with 451 (${smtp.stats.refusedRcpt} at RCPT, ${smtp.stats.refusedData} after DATA; ${failedAttempts} recorded, the rest rolled back by a kill), ${okAttempts} recorded sends; ` +
        `${kills} kill -9s (${killsWhileDelivering} within 1 s of SMTP traffic, ${smtp.stats.resets} SMTP connections reset); outbox drained ${(drainMs / 1000).toFixed(1)} s after the last change/restart, ${stillDue} rows left pending or failed`,
    );
    if (pending > 0) failures.push(`${pending} rows still pending ${DRAIN_LIMIT_MS / 1000} s after the last change`);
    if (stillDue > 0) failures.push(`${stillDue} outbox rows left pending or failed`);
    if (made < Math.max(changes, 200)) failures.push(`only ${made} status changes were made: the check proved little`);
    if (kills < MIN_KILLS) failures.push(`only ${kills} kills happened: the check proved little`);
    if (killsWhileDelivering < MIN_KILLS)
      failures.push(`only ${killsWhileDelivering} kills while the sender was delivering: the check proved little`);
    if (refused < changes * REFUSE_SHARE * 0.5)
      failures.push(`only ${refused} refused attempts: the SMTP server's faults proved little`);
  } finally {
    await restart().catch((error: unknown) => failures.push(`plain restart failed: ${(error as Error).message}`));
    await getDb().$disconnect();
    await db.$disconnect();
    await smtp.close();
  }
  return failures;
}
