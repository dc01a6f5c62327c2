/**
 * Inputs of the participation forms, shared by the browser and the server (the server is the authority).
 * Messages are translation keys. Values arrive as strings from HTML forms.
 */
import { z } from "zod";
import { INVALID_CHARACTERS, isMultiLineText, normalizeLineBreaks } from "@/lib/text";

const emptyToUndefined = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

/** Comments may have line breaks; other control and format characters are refused (lib/text.ts). */
const freeText = (max: number) =>
  z.string().max(max, { error: "errors.tooLong" }).refine(isMultiLineText, { error: INVALID_CHARACTERS });
const optionalText = (max: number) =>
  z.preprocess((v) => emptyToUndefined(normalizeLineBreaks(v)), freeText(max).optional());
const yesNo = () =>
  z.preprocess(
    emptyToUndefined,
    z.enum(["yes", "no"], { error: "errors.choose" }).transform((v) => v === "yes"),
  );

export const COMMENT_MAX = 1000;
export const EXTRA_DETAIL_MAX = 500;
export const NOTE_MAX = 1000;

/** "Was this page useful?": the page (checked against the known routes later) and yes / no. */
export const pageFeedbackSchema = z.object({
  path: z.string().max(200),
  useful: yesNo(),
});
export type PageFeedbackInput = z.infer<typeof pageFeedbackSchema>;

/** The optional "what was missing?" comment, added with the key the vote gave back. */
export const feedbackCommentSchema = z.object({
  ref: z.string().min(20).max(100),
  pageComment: z.preprocess(
    emptyToUndefined,
    freeText(COMMENT_MAX)
      .optional()
      .refine((v) => v !== undefined, { error: "participation.errors.commentEmpty" }),
  ),
});
export type FeedbackCommentInput = z.infer<typeof feedbackCommentSchema>;

export const OFFICE_TIMES = ["under_30m", "30_60m", "1_2h", "2_4h", "over_4h", "not_visited"] as const;
export type OfficeTime = (typeof OFFICE_TIMES)[number];
export const SATISFACTION_SCORES = ["5", "4", "3", "2", "1"] as const;

/** The satisfaction survey of a resolved application. */
export const surveySchema = z.object({
  satisfaction: z.preprocess(
    emptyToUndefined,
    z.enum(SATISFACTION_SCORES, { error: "errors.choose" }).transform(Number),
  ),
  requirementsComplete: yesNo(),
  askedExtra: yesNo(),
  extraDetail: optionalText(EXTRA_DETAIL_MAX),
  officeTime: z.preprocess(emptyToUndefined, z.enum(OFFICE_TIMES, { error: "errors.choose" })),
  comment: optionalText(COMMENT_MAX),
});
export type SurveyInput = z.infer<typeof surveySchema>;
export const SURVEY_FIELDS = [
  "satisfaction",
  "requirementsComplete",
  "askedExtra",
  "extraDetail",
  "officeTime",
  "comment",
] as const;

/** Staff: mark a comment or flag as handled, with a note of what was done. */
export const handleFeedbackSchema = z.object({
  kind: z.enum(["page", "survey"], { error: "errors.invalidRequest" }),
  id: z.coerce.number({ error: "errors.invalidRequest" }).int().positive({ error: "errors.invalidRequest" }),
  version: z.coerce.number({ error: "errors.invalidRequest" }).int().min(0, { error: "errors.invalidRequest" }),
  note: z.preprocess(
    (v) => emptyToUndefined(normalizeLineBreaks(v)),
    z
      .string({ error: "participation.staff.noteRequired" })
      .max(NOTE_MAX, { error: "participation.staff.noteTooLong" })
      .refine(isMultiLineText, { error: INVALID_CHARACTERS }),
  ),
});
export type HandleFeedbackInput = z.infer<typeof handleFeedbackSchema>;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Filters of the staff view and the CSV export (query string); anything malformed is dropped, not an error. */
export const figureFiltersSchema = z.object({
  from: month.optional().catch(undefined),
  to: month.optional().catch(undefined),
  procedureSlug: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
  officeId: z.coerce.number().int().positive().optional().catch(undefined),
});

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * The staff view's query string (?procedure=slug&office=slug&from=YYYY-MM&to=YYYY-MM) as figure filters;
 * the office slug becomes its id. Unknown or malformed values are dropped.
 */
export function filtersFromQuery(query: Query, offices: readonly { id: number; slug: string }[]) {
  const office = offices.find((o) => o.slug === first(query.office));
  return figureFiltersSchema.parse({
    from: first(query.from),
    to: first(query.to),
    procedureSlug: first(query.procedure),
    officeId: office?.id,
  });
}

/** The query-string keys of the staff view's filters, in the order they are kept in links and exports. */
export const FILTER_QUERY_KEYS = ["procedure", "office", "from", "to"] as const;

/** The filters of a query string as a query string again (for export links and the way back after an action). */
export function filterQueryString(query: Query): string {
  const keep = new URLSearchParams();
  for (const key of FILTER_QUERY_KEYS) {
    const value = first(query[key]);
    if (value) keep.set(key, value);
  }
  return keep.toString();
}
