import { AUTHORITY_TIME_ZONE } from "@/lib/dates";
import { intlLocale, type Locale } from "./config";

/** A calendar date (YYYY-MM-DD, no time zone meaning) written out in the person's language. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/**
 * A moment (ISO timestamp) as date and time where the authority is, in the person's language: "medium"
 * for tables (staff pages), "long" where the applicant reads it in a sentence (the status page).
 */
export function formatDateTime(iso: string, locale: Locale, dateStyle: "medium" | "long" = "medium"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle,
    timeStyle: "short",
    timeZone: AUTHORITY_TIME_ZONE,
  }).format(new Date(iso));
}
