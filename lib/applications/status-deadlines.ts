import { addBusinessDays } from "@/lib/deadlines/business-days";
import { addDays, localDateOf } from "@/lib/dates";
import type { DeadlineAnchor } from "@/lib/procedures/rules";
import type { DayUnit, DeadlineDTO, DeadlineRuleDTO } from "@/lib/procedures/types";
import { ANCHOR_EVENTS } from "./clock";
import { isResolvedStatus } from "./statuses";

type TimelineEntry = { type: string; at: string };

/** Resolved statuses after which the next step still lies ahead. */
const APPROVED: readonly string[] = ["approved", "issued"];

/** Anchors that come after the first authority's answer: the second step of a visa (the consulate). */
const AFTER_APPROVAL: readonly DeadlineAnchor[] = [
  "authorisation_notified",
  "consulate_filing",
  "approval",
  "issuance",
];

/** The applicant's time to hand in documents the office asked for, while the request is open. */
export type DocumentsDue = { requestedOn: string; days: number; unit: DayUnit; due: string };

/** A term of the step after approval, with its date once the event that starts it is in the timeline. */
export type NextStepTerm = { rule: DeadlineRuleDTO; startedOn: string | null; due: string | null };

/** The date `days` after `start` in the term's unit ("a partir del día siguiente" for both units). */
function termEnd(start: string, days: number, unit: DayUnit, holidays: ReadonlySet<string>): string {
  return unit === "business" ? addBusinessDays(start, days, holidays) : addDays(start, days);
}

/** The date of the last timeline event that is an anchor, as the authority's calendar reads it. */
function anchorDate(timeline: TimelineEntry[], anchor: DeadlineAnchor): string | null {
  const event = ANCHOR_EVENTS[anchor];
  const found = event ? timeline.findLast((e) => e.type === event) : undefined;
  return found ? localDateOf(found.at) : null;
}

/**
 * When the office has asked for documents and the applicant has not handed them in yet: the request's date
 * (it reaches the applicant the same day, by e-mail and on this page) and the last day to deliver, from the
 * catalogue's applicant term anchored on the notification (10 business days today, with its legal basis there),
 * counted with the holiday calendar. Null when no request is open or the procedure has no such term.
 */
export function documentsDue(
  deadline: Pick<DeadlineDTO, "more">,
  timeline: TimelineEntry[],
  holidays: ReadonlySet<string>,
): DocumentsDue | null {
  const rule = deadline.more.find((m) => m.party === "applicant" && m.anchor === "notification");
  if (!rule) return null;
  const lastRequest = timeline.findLastIndex((e) => e.type === "documents_requested");
  const request = timeline[lastRequest];
  if (!request || timeline.slice(lastRequest).some((e) => e.type === "documents_received")) return null;
  const requestedOn = localDateOf(request.at);
  return { requestedOn, days: rule.days, unit: rule.unit, due: termEnd(requestedOn, rule.days, rule.unit, holidays) };
}

/**
 * The terms of the step that follows the first authority's approval — for a visa, the applicant's time to
 * go to the consulate and the consulate's time to issue — from the catalogue's `more` rules anchored after
 * approval. A term whose start the portal records (the authorisation is notified when approved) gets its
 * date once that happened; the others are shown in words. Empty after a denial or a withdrawal.
 */
export function nextStepTerms(
  deadline: Pick<DeadlineDTO, "more">,
  status: string,
  timeline: TimelineEntry[],
  holidays: ReadonlySet<string>,
): NextStepTerm[] {
  if (isResolvedStatus(status) && !APPROVED.includes(status)) return [];
  return deadline.more
    .filter((m) => m.direction === "after" && AFTER_APPROVAL.includes(m.anchor))
    .map((rule) => {
      const startedOn = anchorDate(timeline, rule.anchor);
      return { rule, startedOn, due: startedOn ? termEnd(startedOn, rule.days, rule.unit, holidays) : null };
    });
}
