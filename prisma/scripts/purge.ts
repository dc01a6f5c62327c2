/**
 * `npm run db:purge`: one run of the retention purge (lib/retention/purge.ts) now, printing what it
 * removed. The app server already runs it on a timer; use this from cron when the timer is off
 * (`RETENTION_PURGE_INTERVAL_MINUTES=0`) or to purge before a backup. Uses DATABASE_URL, or the embedded
 * database when `npm start` is not running. Exit code 0 on success (also when another replica held the lock).
 */
import { purgeExpiredData } from "../../lib/retention/purge";
import { runCli, withScriptDatabase } from "./lib/cli";

async function main(): Promise<number> {
  return withScriptDatabase(async (db) => {
    const result = await purgeExpiredData(db);
    if (!result.ran) {
      console.log("Another server is purging right now (advisory lock held); nothing done.");
      return 0;
    }
    console.log(JSON.stringify({ event: "retention.purge", counts: result.counts }));
    return 0;
  });
}

runCli(main);
