/**
 * Next's start-up hook (runs once per server process). In the Node runtime it starts the retention
 * purge timer (lib/retention/schedule.ts) and the e-mail sender (lib/notifications/schedule.ts); the
 * Edge runtime (proxy.ts) has no database.
 */
export async function register() {
  // Not while `next build` pre-renders pages: only a serving process purges.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startPurgeSchedule } = await import("./lib/retention/schedule");
    startPurgeSchedule();
    const { startNotificationSchedule } = await import("./lib/notifications/schedule");
    startNotificationSchedule();
  }
}
