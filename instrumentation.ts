/**
 * Runs once when the server starts (Next's instrumentation hook), before it answers requests. In the
 * Node.js runtime:
 * - lib/http/server-start.ts checks the configuration and stamps every request with the address of its
 *   connection (see there);
 * - lib/retention/schedule.ts starts the retention purge timer;
 * - lib/notifications/schedule.ts starts the e-mail sender (the outbox);
 * - lib/pdf/renderer.ts starts the PDF worker threads;
 * - lib/catalogue/schedule.ts puts scheduled catalogue versions in force and reloads the catalogue copy
 *   when another server published.
 * The Edge runtime (proxy.ts) has no server to stamp and no database to purge.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file to pre-render pages: no server, no requests, nothing to purge.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/http/server-start");
  startServer();
  const { startPurgeSchedule } = await import("./lib/retention/schedule");
  startPurgeSchedule();
  const { startNotificationSchedule } = await import("./lib/notifications/schedule");
  startNotificationSchedule();
  // PDF worker threads load their fonts now, not on the first download (lib/pdf/renderer.ts).
  const { warmPdfWorkers } = await import("./lib/pdf/renderer");
  warmPdfWorkers();
  const { startCatalogueSchedule } = await import("./lib/catalogue/schedule");
  startCatalogueSchedule();
}
