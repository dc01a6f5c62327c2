/**
 * `npm run db:purge`: one run of the retention purge (lib/retention/purge.ts) now, printing what it
 * removed. The app server already runs it on a timer; use this from cron when the timer is off
 * (`RETENTION_PURGE_INTERVAL_MINUTES=0`) or to purge before a backup. Uses DATABASE_URL, or the embedded
 * database when `npm start` is not running. Exit code 0 on success (also when another replica held the lock).
 */
import { createPrismaClient } from "../../lib/db";
import { purgeExpiredData } from "../../lib/retention/purge";
import { errorMessage } from "./lib/log";

async function main(): Promise<number> {
  const { resolveDatabase } = await import("./db");
  const database = await resolveDatabase({});
  const db = createPrismaClient(database.url);
  try {
    const result = await purgeExpiredData(db);
    if (!result.ran) {
      console.log("Another server is purging right now (advisory lock held); nothing done.");
      return 0;
    }
    console.log(JSON.stringify({ event: "retention.purge", counts: result.counts }));
    return 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(errorMessage(error));
    process.exit(1);
  },
);
