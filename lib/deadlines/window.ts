import { addDays } from "@/lib/dates";
import type { DeadlineDTO } from "@/lib/procedures/types";

/** Which answer of the request form holds the date of each anchor event (details step field names). */
export const ANCHOR_ANSWER_FIELDS: Partial<Record<NonNullable<DeadlineDTO["applicantDeadline"]>["anchor"], string[]>> =
  {
    document_expiry: ["currentCardExpiry", "expiredOn"],
    change_of_circumstances: ["changeDate"],
  };

export type WindowCheck = { state: "open" | "too-early" | "late"; opens: string; closes: string };

/**
 * Where today falls in the applicant's window, from the date the person typed for its anchor event:
 * "before" windows (renew no earlier than 30 days before expiry) open `days` before the event and close on it;
 * "after" windows (notify within 90 days of the change) open on the event and close `days` after it.
 * Calendar days only: a business-day window returns null (the form does not warn rather than guess).
 */
export function checkApplicantWindow(
  deadline: DeadlineDTO["applicantDeadline"],
  anchorDate: string,
  today: string,
): WindowCheck | null {
  if (!deadline || deadline.unit !== "calendar") return null;
  const opens = deadline.direction === "before" ? addDays(anchorDate, -deadline.days) : anchorDate;
  const closes = deadline.direction === "before" ? anchorDate : addDays(anchorDate, deadline.days);
  const state = today < opens ? "too-early" : today > closes ? "late" : "open";
  return { state, opens, closes };
}

/** The check for a draft's answers, when the form asked the anchor's date; null otherwise. */
export function checkAnswersWindow(
  deadline: DeadlineDTO["applicantDeadline"],
  details: Record<string, string | undefined> | undefined,
  today: string,
): WindowCheck | null {
  if (!deadline) return null;
  const field = (ANCHOR_ANSWER_FIELDS[deadline.anchor] ?? []).find((f) => details?.[f]);
  return field ? checkApplicantWindow(deadline, details![field]!, today) : null;
}
