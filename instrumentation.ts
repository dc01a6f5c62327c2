/**
 * Next's start-up hook (runs once per server process). In the Node runtime it starts the retention
 * purge timer (lib/retention/schedule.ts); the Edge runtime (proxy.ts) has no database to purge.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startPurgeSchedule } = await import("./lib/retention/schedule");
    startPurgeSchedule();
  }
}
