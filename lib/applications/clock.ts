import { computeDeadline } from "@/lib/deadlines/business-days";
import type { DeadlineStatus, Pause } from "@/lib/deadlines/types";
import type { DayUnit, DeadlineDTO } from "@/lib/procedures/types";
import type { DeadlineAnchor } from "@/lib/procedures/rules";
import { AUTHORITY_TIME_ZONE, todayIn } from "@/lib/dates";
import { isResolvedStatus } from "./statuses";

export type ApplicationClock =
  | { state: "not-started"; days: number; unit: DayUnit }
  | { state: "resolved" }
  | { state: "no-deadline" }
  | ({ state: "counting" } & { deadline: DeadlineStatus });

/** The calendar date of an instant in Mexico City (events are stored in UTC). */
function localDate(iso: string): string {
  return todayIn(AUTHORITY_TIME_ZONE, new Date(iso));
}

type TimelineEntry = { type: string; at: string };
type Resolution = Pick<NonNullable<DeadlineDTO["resolution"]>, "days" | "unit" | "anchor">;

/**
 * The timeline event that is each anchor of the catalogue's deadlines, where the portal records it: the
 * complete filing is the office's "received", a notification to the applicant is the request for documents
 * ("prevención"), the authorisation is notified when it is approved. Anchors the portal never sees
 * (entry into the country, the consulate appointment) have none.
 */
export const ANCHOR_EVENTS: Partial<Record<DeadlineAnchor, string>> = {
  complete_filing: "received",
  notification: "documents_requested",
  authorisation_notified: "approved",
  approval: "approved",
};

/** The event that starts the authority's term; a term the timeline cannot start is a catalogue error. */
function startEventOf(anchor: DeadlineAnchor): string {
  const event = ANCHOR_EVENTS[anchor];
  if (!event) throw new Error(`No timeline event starts a resolution anchored on "${anchor}"`);
  return event;
}

/**
 * The legal deadline as the timeline leaves it on `today`, whatever the status: it starts on the event of
 * the resolution's anchor (the complete filing: "received"), pauses from each "documents_requested" until
 * the next "documents_received". Null before that event.
 */
function legalDeadline(
  timeline: TimelineEntry[],
  resolution: Resolution,
  holidays: ReadonlySet<string>,
  today: string,
): DeadlineStatus | null {
  const startEvent = startEventOf(resolution.anchor);
  const received = timeline.find((e) => e.type === startEvent);
  if (!received) return null;
  const pauses: Pause[] = [];
  for (const event of timeline) {
    if (event.type === "documents_requested") pauses.push({ from: localDate(event.at), to: null });
    if (event.type === "documents_received") {
      const open = pauses.at(-1);
      if (open && open.to === null) open.to = localDate(event.at);
    }
  }
  return computeDeadline({
    start: localDate(received.at),
    businessDays: resolution.days,
    unit: resolution.unit,
    holidays,
    pauses,
    today,
  });
}

/** The legal clock of an application from its timeline, as the applicant and the officials see it today. */
export function applicationClock(
  status: string,
  timeline: TimelineEntry[],
  deadline: { resolution: Resolution | null },
  holidays: ReadonlySet<string>,
  today = todayIn(),
): ApplicationClock {
  if (!deadline.resolution) return { state: "no-deadline" };
  if (isResolvedStatus(status)) return { state: "resolved" };
  const status_ = legalDeadline(timeline, deadline.resolution, holidays, today);
  if (!status_) return { state: "not-started", days: deadline.resolution.days, unit: deadline.resolution.unit };
  return { state: "counting", deadline: status_ };
}

/** What the reports need to know about an application's deadline, stored on its row (see the schema). */
export type DeadlineFacts = {
  receivedAt: Date | null;
  dueOn: string | null;
  resolvedAt: Date | null;
  resolvedInTime: boolean | null;
};

/**
 * The deadline facts after the timeline's last event, computed with the same rules as the clock the
 * applicant sees. Resolved on the due date counts as in time; a withdrawal has no "in time".
 */
export function deadlineFacts(
  status: string,
  timeline: TimelineEntry[],
  deadline: { resolution: Resolution | null },
  holidays: ReadonlySet<string>,
): DeadlineFacts {
  const received = timeline.find((e) => e.type === "received");
  const resolution = isResolvedStatus(status)
    ? timeline.findLast((e) => e.type === (status === "issued" ? "approved" : status))
    : undefined;
  const last = timeline.at(-1);
  const asOf = resolution ?? last;
  const legal =
    deadline.resolution && asOf ? legalDeadline(timeline, deadline.resolution, holidays, localDate(asOf.at)) : null;
  const dueOn = legal?.due ?? null;
  const resolvedAt = resolution ? new Date(resolution.at) : null;
  const isAnswer = status !== "withdrawn";
  return {
    receivedAt: received ? new Date(received.at) : null,
    dueOn,
    resolvedAt,
    resolvedInTime:
      resolution && isAnswer && dueOn
        ? localDate(resolution.at) <= dueOn
        : resolution && isAnswer && deadline.resolution === null
          ? true
          : null,
  };
}
