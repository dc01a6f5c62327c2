/**
 * `npm run notifications:send`: delivers every due e-mail of the outbox now (lib/notifications/send.ts),
 * printing the counts. The app servers already do this on a timer; use this from cron when the timer is
 * off (`NOTIFICATIONS_INTERVAL_SECONDS=0`). Safe next to running servers: rows are claimed with
 * FOR UPDATE SKIP LOCKED. SMTP_URL / MAIL_FROM as for the server; without SMTP_URL, .eml files in .data/mail/.
 * Runs with `--conditions=react-server` so the lib's `server-only` guards let it in.
 */
import { runCli } from "./lib/cli";

async function main(): Promise<number> {
  const { resolveDatabase } = await import("./db");
  const database = await resolveDatabase({});
  process.env.DATABASE_URL = database.url;
  const { sendDueNotifications } = await import("../../lib/notifications/send");
  const { createMailTransport } = await import("../../lib/notifications/transport");
  const { getDb } = await import("../../lib/db");
  const transport = createMailTransport();
  try {
    const counts = await sendDueNotifications(transport);
    console.log(JSON.stringify({ event: "notifications.send", transport: transport.kind, counts }));
    return 0;
  } finally {
    transport.close();
    await getDb().$disconnect();
    await database.stop();
  }
}

runCli(main);
