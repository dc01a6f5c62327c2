/**
 * Runs the sender (./send.ts) inside the app server on a timer: started once per server process from
 * instrumentation.ts (Node runtime only), like the retention purge. Every replica runs the timer;
 * `FOR UPDATE SKIP LOCKED` in the sender lets them share the outbox without sending a row twice.
 *
 * `NOTIFICATIONS_INTERVAL_SECONDS` (default 15) sets the period; 0 turns the timer off (then run
 * `npm run notifications:send` from cron instead).
 */
import { logSecurityEvent } from "@/lib/security/log";
import { sendDueNotifications } from "./send";
import { createMailTransport, type MailTransport } from "./transport";

export const DEFAULT_SEND_INTERVAL_SECONDS = 15;

const globalForSender = globalThis as unknown as {
  ventanillaSendTimer?: NodeJS.Timeout;
  ventanillaSending?: boolean;
  ventanillaTransport?: MailTransport;
};

/** The interval from the environment, in seconds; null when the timer is off. Bad values fall back to the default. */
export function sendIntervalSeconds(raw = process.env.NOTIFICATIONS_INTERVAL_SECONDS): number | null {
  if (raw === undefined || raw.trim() === "") return DEFAULT_SEND_INTERVAL_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) return DEFAULT_SEND_INTERVAL_SECONDS;
  return seconds === 0 ? null : seconds;
}

/** One round of sending; logged when it did something. Never throws, never overlaps itself. */
export async function runScheduledSend(): Promise<void> {
  if (globalForSender.ventanillaSending) return;
  globalForSender.ventanillaSending = true;
  try {
    globalForSender.ventanillaTransport ??= createMailTransport();
    const counts = await sendDueNotifications(globalForSender.ventanillaTransport);
    if (Object.values(counts).some((n) => n > 0)) logSecurityEvent("notifications.send", { counts });
  } catch (error) {
    // The database may be down for a moment; the rows stay pending and the next round tries again.
    logSecurityEvent("notifications.send", {
      reason: `failed: ${error instanceof Error ? error.message.slice(0, 200) : "unknown"}`,
    });
  } finally {
    globalForSender.ventanillaSending = false;
  }
}

/** Starts the timer once per process (a second call does nothing). */
export function startNotificationSchedule(): void {
  const seconds = sendIntervalSeconds();
  if (seconds === null || globalForSender.ventanillaSendTimer) return;
  globalForSender.ventanillaSendTimer = setInterval(() => void runScheduledSend(), seconds * 1000);
  globalForSender.ventanillaSendTimer.unref();
}
