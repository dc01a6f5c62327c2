import { addBusinessDays, isBusinessDay } from "@/lib/deadlines/business-days";
import { addDays, localTimeIn } from "@/lib/dates";

/**
 * Business days the applicant has to hand in requested documents (prevención, Ley Federal de
 * Procedimiento Administrativo art. 17-A; the same figure the status page states in `status.documents_requested.next`).
 * verify: the Ley de Migración's regulation may set another term for some procedures.
 */
export const DOCUMENTS_WINDOW_BUSINESS_DAYS = 10;
/** The reminder goes this many business days before the deliver-by date. */
export const REMINDER_BUSINESS_DAYS_BEFORE = 2;
/** Hour of the day, where the authority is, at which reminders are sent. */
const REMINDER_HOUR = 9;

/**
 * The date by which requested documents must be handed in: DOCUMENTS_WINDOW_BUSINESS_DAYS business days
 * counted from the day after the request (`requestedOn`, a date where the authority is), skipping weekends and `holidays`.
 */
export function documentsDeliverBy(requestedOn: string, holidays: ReadonlySet<string>): string {
  return addBusinessDays(requestedOn, DOCUMENTS_WINDOW_BUSINESS_DAYS, holidays);
}

/** The business day `REMINDER_BUSINESS_DAYS_BEFORE` business days before `deliverBy`. */
export function reminderDate(deliverBy: string, holidays: ReadonlySet<string>): string {
  let date = deliverBy;
  let counted = 0;
  while (counted < REMINDER_BUSINESS_DAYS_BEFORE) {
    date = addDays(date, -1);
    if (isBusinessDay(date, holidays)) counted += 1;
  }
  return date;
}

/** The instant a reminder for `date` (YYYY-MM-DD where the authority is) is due: 09:00 local time. */
export function reminderInstant(date: string): Date {
  return localTimeIn(date, REMINDER_HOUR);
}
