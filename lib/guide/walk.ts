/**
 * Walking the guide's question tree (prisma/catalogue/guide.json) with the answers found in the URL. Pure functions:
 * the pages, the tree checker (check.ts) and the tests all walk the same way.
 */
import type {
  GuideData,
  GuideFacts,
  GuideNext,
  GuideOption,
  GuideQuestion,
  GuideResult,
  GuideTarget,
} from "@/prisma/catalogue/guide-schema";
import { isRealDate } from "@/lib/dates";
import type { DeadlineAnchor } from "@/lib/procedures/rules";

/** Question id → option id (or YYYY-MM-DD for a date question), as in the query string. */
export type GuideAnswers = Record<string, string>;

/** One answered question on the person's path. */
export type GuideStep = { question: GuideQuestion; answer: string; option: GuideOption | null };

export type GuideWalk =
  | {
      kind: "question";
      question: GuideQuestion;
      steps: GuideStep[];
      /** What the URL held for this question when it is not a valid answer (kept to show it back). */
      invalid: string | null;
      /** The answer already given, when the person came back to change it. */
      current: string | null;
    }
  | { kind: "result"; result: GuideResult; steps: GuideStep[] };

/** Longest accepted value of a URL parameter: anything longer is not an answer. */
const MAX_ANSWER_LENGTH = 40;
/** Dates outside these years are typing mistakes, not card expiries or moves. */
export const GUIDE_DATE_YEARS = { min: 1950, max: 2100 } as const;

/** True when `value` is an answer the question accepts (an option id, or a real date in range). */
export function isValidAnswer(question: GuideQuestion, value: string): boolean {
  if (question.kind === "choice") return question.options.some((o) => o.id === value);
  if (!isRealDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= GUIDE_DATE_YEARS.min && year <= GUIDE_DATE_YEARS.max;
}

/** The answers a query string holds: question ids only, one string each (repeated or long values are ignored). */
export function answersFromQuery(guide: GuideData, query: Record<string, string | string[] | undefined>): GuideAnswers {
  const answers: GuideAnswers = {};
  for (const question of guide.questions) {
    const value = query[question.id];
    if (typeof value === "string" && value.length > 0 && value.length <= MAX_ANSWER_LENGTH)
      answers[question.id] = value;
  }
  return answers;
}

/** The target of a question's `next` for the answers given so far on the path. */
export function resolveNext(next: GuideNext, chosen: GuideAnswers): GuideTarget {
  if (!Array.isArray(next)) return next;
  for (const rule of next) {
    if (!rule.when) return rule.to;
    if (Object.entries(rule.when).every(([q, values]) => chosen[q] !== undefined && values.includes(chosen[q]!)))
      return rule.to;
  }
  // The schema requires a last rule without `when`, so this is only reached by unvalidated data.
  throw new Error("guide: a `next` list without a catch-all rule");
}

/**
 * Follows the answers from the first question: stops at the first question without a valid answer (or at
 * `changing`, the question the person asked to change), or at the result the answers lead to. Answers to
 * questions off the path are ignored.
 */
export function walkGuide(guide: GuideData, answers: GuideAnswers, changing: string | null = null): GuideWalk {
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  const results = new Map(guide.results.map((r) => [r.id, r]));
  const steps: GuideStep[] = [];
  const chosen: GuideAnswers = {};
  let target: GuideTarget = { question: guide.start };
  for (;;) {
    if ("result" in target) {
      const result = results.get(target.result);
      if (!result) throw new Error(`guide: unknown result "${target.result}"`);
      return { kind: "result", result, steps };
    }
    const question = questions.get(target.question);
    if (!question) throw new Error(`guide: unknown question "${target.question}"`);
    if (question.id in chosen) throw new Error(`guide: question "${question.id}" asked twice`);
    const value = answers[question.id];
    const valid = value !== undefined && isValidAnswer(question, value);
    if (question.id === changing || !valid)
      return {
        kind: "question",
        question,
        steps,
        invalid: value !== undefined && !valid ? value : null,
        current: valid ? value : null,
      };
    const option = question.kind === "choice" ? question.options.find((o) => o.id === value)! : null;
    steps.push({ question, answer: value, option });
    chosen[question.id] = value;
    target = resolveNext(option ? option.next : (question as Extract<GuideQuestion, { kind: "date" }>).next, chosen);
  }
}

/** The answers of a path as a query string, in the order asked (the canonical URL of a page). */
export function queryOf(steps: GuideStep[], extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const step of steps) params.set(step.question.id, step.answer);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** The condition-language facts the chosen options establish (later answers win). */
export function factsOf(steps: GuideStep[]): GuideFacts {
  return Object.assign({}, ...steps.map((s) => s.option?.facts ?? {})) as GuideFacts;
}

/** The dates the person gave, by the event each one is (card expiry, move, entry…). */
export function anchorDatesOf(steps: GuideStep[]): Partial<Record<DeadlineAnchor, string>> {
  const dates: Partial<Record<DeadlineAnchor, string>> = {};
  for (const step of steps) if (step.question.kind === "date") dates[step.question.anchor] = step.answer;
  return dates;
}
