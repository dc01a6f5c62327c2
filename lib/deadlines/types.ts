import type { DayUnit } from "@/lib/procedures/types";

/**
 * A stretch of calendar days, both ends inclusive, during which the clock stops — typically a "prevención"
 * (request for missing documents) until the applicant answers. `to: null` means not answered yet.
 */
export type Pause = { from: string; to: string | null };

export type DeadlineInput = {
  /** The day the complete filing was received; counting starts the day after. */
  start: string;
  /** How many days the authority has; named after the usual unit, also used for calendar days. */
  businessDays: number;
  unit: DayUnit;
  holidays: ReadonlySet<string>;
  pauses: Pause[];
  today: string;
};

/**
 * Where an application stands against its legal deadline. Counts are in the deadline's unit (business days,
 * or calendar days when the unit is "calendar") and never include days inside a pause.
 */
export type DeadlineStatus = {
  start: string;
  /** null while an unanswered pause holds the clock: the date depends on when the applicant answers. */
  due: string | null;
  /** A pause with no end has begun on or before today. */
  paused: boolean;
  businessDaysElapsed: number;
  /** Counted days after today up to and including `due`; 0 on the due day and after it. */
  businessDaysLeft: number;
  overdueBy: number;
  state: "running" | "paused" | "due-today" | "overdue";
};
