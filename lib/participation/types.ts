/** What leaves the participation domain: plain values, no Prisma rows. */

export type FeedbackResult =
  | { ok: true; ref: string }
  | { ok: false; reason: "INVALID_INPUT" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number };

/** "expired": the vote's key is unknown, used or past its hour (the comment can no longer be added). */
export type CommentResult =
  | { ok: true }
  | { ok: false; reason: "expired" }
  | { ok: false; reason: "INVALID_INPUT"; fieldErrors: Record<string, string> };

/**
 * UNAUTHENTICATED: no applicant session; FORBIDDEN: the application is not resolved yet, so no survey;
 * CONFLICT: it was already answered.
 */
export type SurveyResult =
  | { ok: true }
  | { ok: false; reason: "UNAUTHENTICATED" | "FORBIDDEN" | "CONFLICT" }
  | { ok: false; reason: "INVALID_INPUT"; fieldErrors: Record<string, string> };

export type SurveyState = { state: "not-offered" } | { state: "open" } | { state: "answered" };

export type FigureDimension = "month" | "procedure" | "office";

/** Survey answers of one cell (a month, procedure and/or office, depending on the grouping). */
export type SurveyFigureRow = {
  month: string | null;
  procedureSlug: string | null;
  officeId: number | null;
  answers: number;
  satisfied: number;
  /** Share answering 4 or 5, one decimal. */
  percentSatisfied: number;
  meetsTarget: boolean;
  requirementsIncomplete: number;
  askedExtra: number;
  openFlags: number;
};

export type PageFigureRow = {
  month: string | null;
  path: string | null;
  procedureSlug: string | null;
  answers: number;
  useful: number;
  percentUseful: number;
  comments: number;
};

export type FigureFilters = { from?: string; to?: string; procedureSlug?: string; officeId?: number };

/** A public cell: the figures, or only the fact that there were too few answers to show them. */
export type PublicCell = { suppressed: true } | { suppressed: false; answers: number; percent: number };

export type PublicSatisfactionFigures = {
  target: number;
  minAnswers: number;
  since: string | null;
  survey: {
    overall: PublicCell;
    byProcedure: { procedureSlug: string; cell: PublicCell }[];
    byMonth: { month: string; cell: PublicCell }[];
  };
  pages: { overall: PublicCell; byMonth: { month: string; cell: PublicCell }[] };
};

type Handled = {
  version: number;
  handledAt: string | null;
  handledBy: string | null;
  handledByName: string | null;
  handledNote: string | null;
};

export type PageCommentDTO = Handled & {
  kind: "page";
  id: number;
  path: string;
  locale: string;
  procedureSlug: string | null;
  useful: boolean;
  comment: string;
  day: string;
};

export type SurveyCommentDTO = Handled & {
  kind: "survey";
  id: number;
  procedureSlug: string;
  officeId: number | null;
  month: string;
  outcome: string;
  satisfaction: number;
  requirementsComplete: boolean;
  askedExtra: boolean;
  extraDetail: string | null;
  officeTime: string;
  comment: string | null;
};
