/**
 * The public face of the statistics: the small-count rule applied on top of the exact figures.
 * Any count of fewer than MIN_PUBLISHED_COUNT applications (lib/statistics/policy.ts) is published as
 * "suppressed" (never as 0, never as the number), and so is every figure derived from a suppressed count
 * (the share in time, the medians), so a reader cannot work the hidden number back out from what is shown.
 */
import { isBelowPublicationThreshold, SUPPRESSED } from "./policy";
import type { StatisticsRow } from "./types";

export type PublicCount = number | typeof SUPPRESSED;

export type PublicStatisticsRow = {
  month: string | null;
  procedureSlug: string | null;
  officeSlug: string | null;
  stateCode: string | null;
  submitted: PublicCount;
  received: PublicCount;
  resolved: PublicCount;
  approved: PublicCount;
  denied: PublicCount;
  withdrawn: PublicCount;
  resolvedInTime: PublicCount;
  /** 0–100, one decimal; null when nothing was resolved (nothing to measure). */
  resolvedInTimePct: number | null | typeof SUPPRESSED;
  medianDays: number | null | typeof SUPPRESSED;
  medianBusinessDays: number | null | typeof SUPPRESSED;
};

export function suppressCount(value: number): PublicCount {
  return isBelowPublicationThreshold(value) ? SUPPRESSED : value;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** One row as published: exact figures from the threshold up, "suppressed" for the rest and what they would reveal. */
export function suppressSmallCounts(row: StatisticsRow): PublicStatisticsRow {
  const resolvedHidden = isBelowPublicationThreshold(row.resolved);
  // The share reveals both the number in time and its complement (the number late): hidden when either
  // is a small group of 1–4 people. 0 % and 100 % stay visible: they name no group of people.
  const isSmallGroup = (n: number) => n > 0 && isBelowPublicationThreshold(n);
  const shareHidden =
    resolvedHidden || isSmallGroup(row.resolvedInTime) || isSmallGroup(row.resolved - row.resolvedInTime);
  const pct =
    row.resolved === 0 ? null : shareHidden ? SUPPRESSED : oneDecimal((row.resolvedInTime / row.resolved) * 100);
  const median = (value: number | null) =>
    row.resolved === 0 ? null : resolvedHidden || value === null ? SUPPRESSED : oneDecimal(value);
  return {
    month: row.month,
    procedureSlug: row.procedureSlug,
    officeSlug: row.officeSlug,
    stateCode: row.stateCode,
    submitted: suppressCount(row.submitted),
    received: suppressCount(row.received),
    resolved: suppressCount(row.resolved),
    approved: suppressCount(row.approved),
    denied: suppressCount(row.denied),
    withdrawn: suppressCount(row.withdrawn),
    resolvedInTime: suppressCount(row.resolvedInTime),
    resolvedInTimePct: pct,
    medianDays: median(row.medianDays),
    medianBusinessDays: median(row.medianBusinessDays),
  };
}
