/**
 * The legal clock of an application: Ley de Migración, 20 business days to resolve once the filing is
 * complete, stopped by a "prevención" until the applicant answers, then negativa ficta. Pure functions on
 * YYYY-MM-DD calendar dates, shared by the pages and the PDFs.
 */
import { addDays, isRealDate } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import type { DeadlineInput, DeadlineStatus, Pause } from "./types";

export type { DeadlineInput, DeadlineStatus, Pause } from "./types";

function assertDate(value: string, label: string): void {
  if (typeof value !== "string" || !isRealDate(value)) {
    throw new DomainError("INVALID_INPUT", `${label} must be a real YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  }
}

function assertPositiveDays(days: number): void {
  if (!Number.isInteger(days) || days <= 0) {
    throw new DomainError("INVALID_INPUT", `days must be a whole number greater than 0, got ${days}`);
  }
}

/** Builds the holiday set from the catalogue rows (`institution.json` → `holidays`). */
export function holidaySet(rows: { date: string }[]): ReadonlySet<string> {
  for (const row of rows) assertDate(row.date, "holiday date");
  return new Set(rows.map((row) => row.date));
}

/** Monday to Friday and not an official holiday. */
export function isBusinessDay(date: string, holidays: ReadonlySet<string>): boolean {
  assertDate(date, "date");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The date of the `days`-th business day after `start`. The start day itself never counts, whatever it is
 * ("a partir del día hábil siguiente").
 */
export function addBusinessDays(start: string, days: number, holidays: ReadonlySet<string>): string {
  assertDate(start, "start");
  assertPositiveDays(days);
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = addDays(date, 1);
    if (isBusinessDay(date, holidays)) counted += 1;
  }
  return date;
}

/**
 * Where an application stands against its deadline on `today`.
 *
 * A day counts when it is after `start`, is a business day (any day for the "calendar" unit) and lies in no
 * pause. Closed pauses therefore push the due date later by the counted days they cover. An unanswered pause
 * (`to: null`) makes the due date unknowable unless it was already reached before the pause began — a
 * prevención made after the deadline does not bring the deadline back, nor stop `overdueBy` from growing.
 *
 * @throws DomainError INVALID_INPUT on unreal dates, days that are not a positive whole number, an unknown
 * unit, or a pause that ends before it begins.
 */
export function computeDeadline(input: DeadlineInput): DeadlineStatus {
  const { start, businessDays: total, unit, holidays, pauses, today } = input;
  assertDate(start, "start");
  assertDate(today, "today");
  assertPositiveDays(total);
  if (unit !== "business" && unit !== "calendar") {
    throw new DomainError("INVALID_INPUT", `unit must be "business" or "calendar", got ${JSON.stringify(unit)}`);
  }
  pauses.forEach(assertPause);

  // Only the earliest unanswered pause matters: from it on, nothing counts.
  const openFrom = pauses
    .filter((p) => p.to === null)
    .map((p) => p.from)
    .sort()[0];
  const isPaused = (date: string) => pauses.some((p) => p.from <= date && (p.to === null || date <= p.to));
  const isWorkingDay = (date: string) => unit === "calendar" || isBusinessDay(date, holidays);
  const isCounted = (date: string) => isWorkingDay(date) && !isPaused(date);

  let due: string | null = null;
  let date = start;
  let counted = 0;
  // Terminates: closed pauses are finite, and the walk stops at the first open one.
  while (counted < total) {
    date = addDays(date, 1);
    if (openFrom !== undefined && date >= openFrom) break;
    if (isCounted(date)) counted += 1;
    if (counted === total) due = date;
  }

  const countBetween = (after: string, upTo: string, counts: (date: string) => boolean) => {
    let n = 0;
    for (let d = addDays(after, 1); d <= upTo; d = addDays(d, 1)) if (counts(d)) n += 1;
    return n;
  };

  const paused = openFrom !== undefined && openFrom <= today;
  const elapsed = countBetween(start, today, isCounted);

  if (due === null) {
    return {
      start,
      due,
      paused,
      businessDaysElapsed: elapsed,
      businessDaysLeft: Math.max(total - elapsed, 0),
      overdueBy: 0,
      state: paused ? "paused" : "running",
    };
  }

  // Before the due date every elapsed day is one of the first `total` counted days, so the rest is what is left.
  // After it, pauses no longer matter: a prevención cannot stop a clock that has already run out.
  return {
    start,
    due,
    paused,
    businessDaysElapsed: elapsed,
    businessDaysLeft: today < due ? total - elapsed : 0,
    overdueBy: today > due ? countBetween(due, today, isWorkingDay) : 0,
    state: today === due ? "due-today" : today > due ? "overdue" : "running",
  };
}

function assertPause(pause: Pause, index: number): void {
  assertDate(pause.from, `pauses[${index}].from`);
  if (pause.to === null) return;
  assertDate(pause.to, `pauses[${index}].to`);
  if (pause.to < pause.from) {
    throw new DomainError("INVALID_INPUT", `pauses[${index}] ends (${pause.to}) before it begins (${pause.from})`);
  }
}

/**
 * Business days from `today` up to `due` (positive: days left, counting `due` but not today; negative:
 * business days overdue). The list of applications shows it per row.
 */
export function businessDaysUntil(today: string, due: string, holidays: ReadonlySet<string>): number {
  assertDate(today, "today");
  assertDate(due, "due");
  if (due === today) return 0;
  const [from, to, sign] = due > today ? [today, due, 1] : [due, today, -1];
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d, holidays)) n += 1;
  return sign * n;
}
