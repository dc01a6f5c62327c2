/**
 * Next's start-up hook (runs once per server process). In the Node runtime it starts the retention
 * purge timer (lib/retention/schedule.ts); the Edge runtime (proxy.ts) has no database to purge.
 */
export async function register() {
  // Not while `next build` pre-renders pages: only a serving process purges.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startPurgeSchedule } = await import("./lib/retention/schedule");
    startPurgeSchedule();
  }
}
