/**
 * The publication policy of the portal's figures, written once: the target the institution measures
 * itself against and the small-count rule. Everything that shows, publishes or describes a figure
 * (the staff dashboard, the public statistics, the satisfaction figures, the open-data dictionaries)
 * reads these, so changing the policy is changing one line.
 */

/**
 * The institution's target for its two quality indicators, in percent (0–100): the share of
 * applications resolved within the legal deadline, and the share of people satisfied (4 or 5 of 5).
 */
export const TARGET_PERCENT = 80;

/**
 * Published figures count at least this many people: a smaller count is shown as suppressed (never
 * as 0, never as the number), and so is anything it could be worked back out from.
 */
export const MIN_PUBLISHED_COUNT = 5;

/** The marker published in place of a suppressed count (declared as a missing value in the open-data files). */
export const SUPPRESSED = "suppressed" as const;

/** Whether `hits` of `total` reach the target. Integer arithmetic: 4 of 5 is exactly 80 %, with no rounding drift. */
export function meetsTarget(hits: number, total: number): boolean {
  return total > 0 && hits * 100 >= TARGET_PERCENT * total;
}

/** Whether a count is too small to publish. */
export function isBelowPublicationThreshold(count: number): boolean {
  return count < MIN_PUBLISHED_COUNT;
}
