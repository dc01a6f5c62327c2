import { computeDeadline } from "@/lib/deadlines/business-days";
import type { DeadlineStatus, Pause } from "@/lib/deadlines/types";
import type { DayUnit, DeadlineDTO } from "@/lib/procedures/types";
import { todayIn } from "./dates";

/** Statuses after which the authority has answered: the legal clock no longer runs. */
export const RESOLVED_STATUSES = new Set(["approved", "denied", "issued", "withdrawn"]);

export type ApplicationClock =
  | { state: "not-started"; days: number; unit: DayUnit }
  | { state: "resolved" }
  | { state: "no-deadline" }
  | ({ state: "counting" } & { deadline: DeadlineStatus });

/** The calendar date of an instant in Mexico City (events are stored in UTC). */
function localDate(iso: string): string {
  return todayIn("America/Mexico_City", new Date(iso));
}

/**
 * The legal clock of an application from its timeline: it starts the day the office receives the
 * complete filing ("received"), pauses from each "documents_requested" until the next
 * "documents_received", and stops once the application is resolved.
 */
export function applicationClock(
  status: string,
  timeline: { type: string; at: string }[],
  deadline: Pick<DeadlineDTO, "resolution">,
  holidays: ReadonlySet<string>,
  today = todayIn(),
): ApplicationClock {
  if (!deadline.resolution) return { state: "no-deadline" };
  if (RESOLVED_STATUSES.has(status)) return { state: "resolved" };
  const received = timeline.find((e) => e.type === "received");
  if (!received) return { state: "not-started", days: deadline.resolution.days, unit: deadline.resolution.unit };
  const pauses: Pause[] = [];
  for (const event of timeline) {
    if (event.type === "documents_requested") pauses.push({ from: localDate(event.at), to: null });
    if (event.type === "documents_received") {
      const open = pauses.at(-1);
      if (open && open.to === null) open.to = localDate(event.at);
    }
  }
  return {
    state: "counting",
    deadline: computeDeadline({
      start: localDate(received.at),
      businessDays: deadline.resolution.days,
      unit: deadline.resolution.unit,
      holidays,
      pauses,
      today,
    }),
  };
}
