/**
 * Proves the guide's question tree as a whole, beyond what the schema checks entry by entry: every path from the
 * first question ends on a result, no question is asked twice on a path, every result is reachable and names
 * existing procedures (and routes), and every procedure of the catalogue is reachable. Run by the catalogue
 * validator (prisma/catalogue/validate.ts), so `npm test` and the seed refuse a broken tree.
 */
import type { GuideData, GuideNext, GuideQuestion, GuideTarget } from "@/prisma/catalogue/guide-schema";
import { resolveNext, type GuideAnswers } from "./walk";

/** What the checker needs of each catalogue procedure. */
export type GuideProcedureRef = { slug: string; routes: string[] };

/** One complete path: the questions asked, in order, and the result it ends on. */
export type GuidePath = { questions: string[]; result: string };

/** Paths longer than this are a loop the other checks missed, not a real questionnaire. */
const MAX_PATH_LENGTH = 30;
/** A date answer used to follow date questions (any valid date leads the same way). */
const SAMPLE_DATE = "2026-01-15";

function targetsOf(next: GuideNext): GuideTarget[] {
  return Array.isArray(next) ? next.map((r) => r.to) : [next];
}

/**
 * Every path through the tree, depth first, with the problems found on the way (unknown ids, a question asked
 * twice, a `when` naming a question never asked before it, paths that never end).
 */
export function guidePaths(guide: GuideData): { paths: GuidePath[]; problems: string[] } {
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  const resultIds = new Set(guide.results.map((r) => r.id));
  const paths: GuidePath[] = [];
  const problems = new Set<string>();
  // A rule whose `when` names a question never asked before it can never match: a dead branch.
  const whenSeen = new Map<string, boolean>();

  const follow = (target: GuideTarget, asked: string[], chosen: GuideAnswers) => {
    if ("result" in target) {
      if (resultIds.has(target.result)) paths.push({ questions: asked, result: target.result });
      else problems.add(`path ${asked.join(" → ")} ends on unknown result "${target.result}"`);
      return;
    }
    const question = questions.get(target.question);
    if (!question) {
      problems.add(`path ${asked.join(" → ")} goes to unknown question "${target.question}"`);
      return;
    }
    if (asked.includes(question.id)) {
      problems.add(`question "${question.id}" is asked twice on the path ${[...asked, question.id].join(" → ")}`);
      return;
    }
    if (asked.length >= MAX_PATH_LENGTH) {
      problems.add(`path ${asked.join(" → ")} never ends`);
      return;
    }
    const here = [...asked, question.id];
    const answers: [string, GuideNext][] =
      question.kind === "choice" ? question.options.map((o) => [o.id, o.next]) : [[SAMPLE_DATE, question.next]];
    for (const [answer, next] of answers) {
      const now = { ...chosen, [question.id]: answer };
      noteWhen(question, next, asked, questions, whenSeen, problems);
      follow(resolveNext(next, now), here, now);
    }
  };
  follow({ question: guide.start }, [], {});
  for (const [key, seen] of whenSeen) if (!seen) problems.add(`${key}, which is never asked before it`);
  return { paths, problems: [...problems] };
}

/**
 * Records, for every rule of a `next` list, which questions its `when` names and whether each was asked before on
 * this path; unknown options are problems right away.
 */
function noteWhen(
  question: GuideQuestion,
  next: GuideNext,
  asked: string[],
  questions: Map<string, GuideQuestion>,
  seen: Map<string, boolean>,
  problems: Set<string>,
) {
  if (!Array.isArray(next)) return;
  for (const rule of next)
    for (const [q, values] of Object.entries(rule.when ?? {})) {
      const key = `question "${question.id}": a rule names "${q}"`;
      seen.set(key, (seen.get(key) ?? false) || (asked.includes(q) && q !== question.id));
      const named = questions.get(q);
      if (!named) problems.add(`${key}, which is not a question`);
      else if (named.kind === "choice")
        values
          .filter((v) => !named.options.some((o) => o.id === v))
          .forEach((v) => problems.add(`question "${question.id}": a rule names unknown option "${q}=${v}"`));
    }
}

/** Every problem of the tree against the catalogue's procedures; empty when the guide is sound. */
export function checkGuide(guide: GuideData, procedures: GuideProcedureRef[]): string[] {
  const problems: string[] = [];
  const duplicates = (ids: string[], what: string) =>
    ids
      .filter((id, i) => ids.indexOf(id) !== i)
      .forEach((id) => problems.push(`guide.json: duplicate ${what} id "${id}"`));
  duplicates(
    guide.questions.map((q) => q.id),
    "question",
  );
  duplicates(
    guide.results.map((r) => r.id),
    "result",
  );
  for (const q of guide.questions)
    if (q.kind === "choice")
      duplicates(
        q.options.map((o) => o.id),
        `option (question ${q.id})`,
      );

  const { paths, problems: pathProblems } = guidePaths(guide);
  problems.push(...pathProblems.map((p) => `guide.json: ${p}`));

  const reachedQuestions = new Set(paths.flatMap((p) => p.questions));
  guide.questions
    .filter((q) => !reachedQuestions.has(q.id))
    .forEach((q) => problems.push(`guide.json: question "${q.id}" is never asked`));
  const reachedResults = new Set(paths.map((p) => p.result));
  guide.results
    .filter((r) => !reachedResults.has(r.id))
    .forEach((r) => problems.push(`guide.json: result "${r.id}" is never reached`));
  // Unused targets hide typos: check every target, also on options no path takes.
  for (const q of guide.questions) {
    const nexts = q.kind === "choice" ? q.options.map((o) => o.next) : [q.next];
    for (const t of nexts.flatMap(targetsOf)) {
      if ("question" in t && !guide.questions.some((x) => x.id === t.question))
        problems.push(`guide.json: question "${q.id}" leads to unknown question "${t.question}"`);
      if ("result" in t && !guide.results.some((x) => x.id === t.result))
        problems.push(`guide.json: question "${q.id}" leads to unknown result "${t.result}"`);
    }
  }

  const bySlug = new Map(procedures.map((p) => [p.slug, p]));
  const named = new Set<string>();
  for (const r of guide.results) {
    if (r.kind !== "procedures") continue;
    for (const { slug, route } of r.procedures) {
      const procedure = bySlug.get(slug);
      if (!procedure) {
        problems.push(`guide.json: result "${r.id}" names unknown procedure "${slug}"`);
        continue;
      }
      if (route && !procedure.routes.includes(route))
        problems.push(`guide.json: result "${r.id}" names unknown route "${route}" of "${slug}"`);
      if (reachedResults.has(r.id)) named.add(slug);
    }
  }
  procedures
    .filter((p) => !named.has(p.slug))
    .forEach((p) => problems.push(`guide.json: no answer leads to procedure "${p.slug}"`));
  return problems;
}

/** Questions asked on the shortest, longest and median path (the start page and the README quote them). */
export function pathLengths(paths: GuidePath[]): { shortest: number; longest: number; median: number; paths: number } {
  const lengths = paths.map((p) => p.questions.length).sort((a, b) => a - b);
  const mid = Math.floor(lengths.length / 2);
  const median = lengths.length % 2 ? lengths[mid]! : (lengths[mid - 1]! + lengths[mid]!) / 2;
  return { shortest: lengths[0] ?? 0, longest: lengths.at(-1) ?? 0, median, paths: lengths.length };
}
