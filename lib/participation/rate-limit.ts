import "server-only";
import { consumeAll, postgresLimiter } from "@/lib/rate-limit/postgres";

/**
 * Flood limits for page feedback, counted in PostgreSQL (lib/rate-limit) so every app server shares them.
 * Generous on purpose: an office's kiosks or a family's phones share one address. No puzzles (WCAG 2.2
 * SC 3.3.8): a honeypot field and these counters are the anti-automation.
 */
export const FEEDBACK_LIMITS = {
  perClient: { points: 60, duration: 60 * 60 },
  perPageClient: { points: 10, duration: 60 * 60 },
} as const;

/** Counts one answer for this client and this page; the seconds to wait when a limit is used up, else null. */
export async function consumeFeedbackPoint(
  clientKey: string,
  page: string,
): Promise<{ retryAfterSeconds: number } | null> {
  return consumeAll([
    [postgresLimiter({ keyPrefix: "feedback-client", ...FEEDBACK_LIMITS.perClient }), clientKey],
    [postgresLimiter({ keyPrefix: "feedback-page", ...FEEDBACK_LIMITS.perPageClient }), `${page}|${clientKey}`],
  ]);
}
