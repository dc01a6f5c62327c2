/**
 * Shape of prisma/catalogue/guide.json: the "¿Qué trámite necesito?" question tree. Editors change the questions,
 * options, branches and results there like any catalogue content; this schema checks each entry, and
 * lib/guide/check.ts proves the tree as a whole (every branch ends, every procedure is reachable, no question twice
 * on a path, every result names existing procedures).
 */
import { z } from "zod";
import { IMMIGRATION_STATUSES, RELATIONSHIPS, SPONSOR_STATUSES } from "../../lib/procedures/conditions";
import { DEADLINE_ANCHORS } from "../../lib/procedures/rules";
import { localizedText } from "./schema";

/** Question and option ids travel in the URL (`?donde=mexico`): short, lowercase, and never the reserved names. */
export const GUIDE_RESERVED_PARAMS = ["p", "cambiar"] as const;
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase-kebab id")
  .max(40)
  .refine((v) => !(GUIDE_RESERVED_PARAMS as readonly string[]).includes(v), "this id is reserved by the guide's URLs");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a procedure slug");

/** Facts of the condition language (lib/procedures/conditions.ts) that an answer establishes. */
export const guideFactsSchema = z.strictObject({
  currentStatus: z.enum(IMMIGRATION_STATUSES).optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  sponsorStatus: z.enum(SPONSOR_STATUSES).optional(),
});

/** Where an answer leads: the next question or a result. */
export const guideTargetSchema = z.union([z.strictObject({ question: id }), z.strictObject({ result: id })]);

/**
 * The next step after a question: one target, or rules read in order, each `when` naming earlier answers
 * (`{ "donde": ["extranjero"] }`); the last rule has no `when` and catches the rest.
 */
export const guideNextSchema = z.union([
  guideTargetSchema,
  z
    .array(z.strictObject({ when: z.record(id, z.array(id).min(1)).optional(), to: guideTargetSchema }))
    .min(1)
    .refine((rules) => rules.at(-1)?.when === undefined, "the last rule must have no `when` (it catches the rest)")
    .refine((rules) => rules.slice(0, -1).every((r) => r.when !== undefined), "only the last rule may omit `when`"),
]);

export const guideOptionSchema = z.strictObject({
  id,
  label: localizedText,
  hint: localizedText.optional(),
  /**
   * How the reason sentence on the result says this answer: "está en México", "you are in Mexico". Absent when a
   * later answer says it better ("Cambié algún dato" is followed by what changed and when).
   */
  phrase: localizedText.optional(),
  facts: guideFactsSchema.optional(),
  next: guideNextSchema,
});

const questionBase = {
  id,
  /** The question as the page heading asks it. */
  title: localizedText,
  hint: localizedText.optional(),
  /** How the "change your answers" list names the question: "Dónde está". */
  short: localizedText,
};

export const guideQuestionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...questionBase, kind: z.literal("choice"), options: z.array(guideOptionSchema).min(2) }),
  /**
   * A date (YYYY-MM-DD in the URL). `anchor` says which event it is, so the result dates the applicant's window of
   * every procedure whose deadline runs from that event; `phrase` contains {date}.
   */
  z.strictObject({
    ...questionBase,
    kind: z.literal("date"),
    anchor: z.enum(DEADLINE_ANCHORS),
    phrase: localizedText,
    next: guideNextSchema,
  }),
]);

/** A way to reach someone who can help; `verify` when no primary source confirms the detail. */
export const guideContactSchema = z.strictObject({
  name: localizedText,
  detail: localizedText,
  phone: z.string().min(3).optional(),
  url: z.url().optional(),
  sources: z.array(z.string().min(1)).min(1),
  verify: z.boolean(),
});

export const guideResultSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id,
    kind: z.literal("procedures"),
    title: localizedText,
    /** The end of the reason sentence: "…: por eso necesita renovar su tarjeta." */
    because: localizedText,
    /** In the order the person does them, each with the route it takes where the procedure has routes. */
    procedures: z.array(z.strictObject({ slug, route: id.optional() })).min(1),
  }),
  /** Situations the portal does not handle (asylum → COMAR): who can help and how to reach them. */
  z.strictObject({
    id,
    kind: z.literal("help"),
    title: localizedText,
    because: localizedText,
    body: localizedText,
    contacts: z.array(guideContactSchema),
    /** Also show the institution's own contact (institution.json `contact`). */
    institutionContact: z.boolean(),
  }),
]);

export const guideSchema = z.strictObject({
  /** The first question. */
  start: id,
  questions: z.array(guideQuestionSchema).min(1),
  results: z.array(guideResultSchema).min(1),
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type GuideData = z.infer<typeof guideSchema>;
export type GuideQuestion = z.infer<typeof guideQuestionSchema>;
export type GuideOption = z.infer<typeof guideOptionSchema>;
export type GuideResult = z.infer<typeof guideResultSchema>;
export type GuideNext = z.infer<typeof guideNextSchema>;
export type GuideTarget = z.infer<typeof guideTargetSchema>;
export type GuideFacts = z.infer<typeof guideFactsSchema>;
