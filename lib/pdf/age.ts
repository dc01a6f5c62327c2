import { todayIn } from "@/lib/applications/dates";

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
 * The calendar date of an instant where the authority is (America/Mexico_City by default): a form
 * sent at 01:00 UTC on the 24th was sent on the 23rd in Mexico, and ages and letters use that date.
 */
export function localDateOf(isoDateTime: string, timeZone = "America/Mexico_City"): string {
  return todayIn(timeZone, new Date(isoDateTime));
}
