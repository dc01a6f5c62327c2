/**
 * Runs the purge (./purge.ts) inside the app server on a timer: started once per server process from
 * instrumentation.ts (Node runtime only). Every replica runs the timer; the advisory lock in the purge
 * lets only one of them work at a time.
 *
 * `RETENTION_PURGE_INTERVAL_MINUTES` (default 60) sets the period; 0 turns the timer off (then run
 * `npm run db:purge` from cron instead).
 */
import "server-only";
import { getDb } from "@/lib/db";
import { logSecurityEvent } from "@/lib/security/log";
import { purgeExpiredData } from "./purge";

export const DEFAULT_PURGE_INTERVAL_MINUTES = 60;
/** First run shortly after start, so a server that restarts often still purges. */
const FIRST_RUN_DELAY_MS = 60_000;

const globalForPurge = globalThis as unknown as { ventanillaPurgeTimer?: NodeJS.Timeout };

/** The interval from the environment, in minutes; null when the timer is off. Bad values fall back to the default. */
export function purgeIntervalMinutes(raw = process.env.RETENTION_PURGE_INTERVAL_MINUTES): number | null {
  if (raw === undefined || raw.trim() === "") return DEFAULT_PURGE_INTERVAL_MINUTES;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) return DEFAULT_PURGE_INTERVAL_MINUTES;
  return minutes === 0 ? null : minutes;
}

/** One purge, logged as a `retention.purge` security event with its counts. Never throws. */
export async function runScheduledPurge(): Promise<void> {
  try {
    const result = await purgeExpiredData(getDb());
    if (!result.ran) return;
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    logSecurityEvent("retention.purge", { count: total, counts: result.counts });
  } catch (error) {
    // The database may be down for a moment; the next round tries again.
    logSecurityEvent("retention.purge", {
      reason: `failed: ${error instanceof Error ? error.message.slice(0, 200) : "unknown"}`,
    });
  }
}

/** Starts the timer once per process (a second call does nothing). */
export function startPurgeSchedule(): void {
  const minutes = purgeIntervalMinutes();
  if (minutes === null || globalForPurge.ventanillaPurgeTimer) return;
  const first = setTimeout(
    () => {
      void runScheduledPurge();
      globalForPurge.ventanillaPurgeTimer = setInterval(() => void runScheduledPurge(), minutes * 60_000);
      globalForPurge.ventanillaPurgeTimer.unref();
    },
    Math.min(FIRST_RUN_DELAY_MS, minutes * 60_000),
  );
  first.unref();
  globalForPurge.ventanillaPurgeTimer = first;
}
