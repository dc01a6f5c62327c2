/** Calendar dates as YYYY-MM-DD strings: no time zone surprises, comparable as strings. */

import { COUNTRY } from "@/lib/country";

/**
 * The time zone in which the authority's days begin and end: the legal clock, "today", the day a form
 * was sent. It is the institution's (prisma/catalogue/country.json `timeZone`, read by lib/country.ts).
 */
export const AUTHORITY_TIME_ZONE = COUNTRY.timeZone;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the string is a real calendar date (2026-02-30 is not). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date where the authority is (AUTHORITY_TIME_ZONE), whatever the server's time zone. */
export function todayIn(timeZone = AUTHORITY_TIME_ZONE, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Adds calendar days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Age in whole years on a date (both YYYY-MM-DD), counted as people and the law count it: the
 * year is reached on the birthday. Someone born on 29 February turns a year older on 1 March in
 * common years. Returns a negative number only when `onDate` precedes the birth.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/**
 * The calendar date of an instant where the authority is (AUTHORITY_TIME_ZONE by default): a form
 * sent at 01:00 UTC on the 24th was sent on the 23rd in Mexico City, and ages and letters use that date.
 */
export function localDateOf(isoDateTime: string, timeZone = AUTHORITY_TIME_ZONE): string {
  return todayIn(timeZone, new Date(isoDateTime));
}

/** The YYYY-MM-DD (UTC) part of an instant, as stored dates and open data print it. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The instant a local time happens on a calendar day where the authority is (`hour`:00, default midnight):
 * the start of a day for "submitted from … to" filters, 09:00 for reminders. Follows the zone's offset on
 * that day, daylight saving included, so no UTC offset is written in code.
 */
export function localTimeIn(isoDate: string, hour = 0, timeZone = AUTHORITY_TIME_ZONE): Date {
  const wanted = Date.parse(`${isoDate}T${String(hour).padStart(2, "0")}:00:00.000Z`);
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  // The zone's offset at an instant: its wall-clock time read as if it were UTC, minus the instant.
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return wall - instant;
  };
  // Two passes: the first guess may sit on the other side of a daylight-saving change.
  const guess = wanted - offsetAt(wanted);
  return new Date(wanted - offsetAt(guess));
}
