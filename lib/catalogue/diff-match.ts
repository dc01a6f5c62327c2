/**
 * Which item of a list in the older version is which item in the newer one (requirements, fees, steps,
 * other terms), so a change reads "the requirement X was reworded" rather than "X removed, Y added".
 *
 * The rule, in this order:
 * 1. Same identity text (a requirement's name.es): the same item. Editors mostly touch a detail, a flag
 *    or a condition, and the Spanish name is the text of record, so an exact match is the strongest sign.
 * 2. Among the items left over, an item keeps its place when it is reworded: one left over in the old list
 *    and one in the new list that sit between the same two exactly matched neighbours are the same item,
 *    provided they still look alike (`isSame`: similar words, or the same detail). Matching by place within
 *    that gap, not by bare index, survives an insertion higher up the list; the likeness check keeps a real
 *    replacement ("Formato básico" out, "Carta de antecedentes" in at the same spot) from being published as
 *    a rename, which would say something false about the record.
 * 3. The rest were removed or added.
 */
import type { LocalizedText } from "@/lib/i18n/localize";
import type { Edit } from "./diff-types";

export type Match = {
  /** [index in before, index in after], in the order of the newer list. */
  pairs: [number, number][];
  added: number[];
  removed: number[];
  /** Indexes (in after) of matched items whose order relative to the others changed. */
  moved: number[];
};

/**
 * Longest run of pairs whose before-indexes increase, the pairs being in after order: the items that kept
 * their relative order. O(n²), lists are short; ties go to the earliest item, so the result is deterministic.
 */
function keptInOrder(pairs: [number, number][]): Set<number> {
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  pairs.forEach(([b], i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if (pairs[j]![0] < b && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (best === -1 || length[i]! > length[best]!) best = i;
  });
  const kept = new Set<number>();
  for (let i = best; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/** Matches the items of two versions of one list; `key` is the identity text, `isSame` the likeness check. */
export function matchItems<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  isSame: (a: T, b: T) => boolean,
): Match {
  const byKey = new Map<string, number[]>();
  before.forEach((item, i) => byKey.set(key(item), [...(byKey.get(key(item)) ?? []), i]));
  const exact: [number, number][] = [];
  after.forEach((item, a) => {
    const b = byKey.get(key(item))?.shift();
    if (b !== undefined) exact.push([b, a]);
  });

  const matchedBefore = new Set(exact.map(([b]) => b));
  const matchedAfter = new Set(exact.map(([, a]) => a));
  const kept = keptInOrder(exact);
  const anchors = exact.filter((_, i) => kept.has(i));
  const bounds: [number, number][] = [[-1, -1], ...anchors, [before.length, after.length]];
  const byPlace: [number, number][] = [];
  for (let g = 1; g < bounds.length; g++) {
    const [fromB, fromA] = bounds[g - 1]!;
    const [toB, toA] = bounds[g]!;
    let nextB = fromB + 1;
    for (let a = fromA + 1; a < toA; a++) {
      if (matchedAfter.has(a)) continue;
      for (let b = nextB; b < toB; b++) {
        if (matchedBefore.has(b) || !isSame(before[b]!, after[a]!)) continue;
        byPlace.push([b, a]);
        matchedBefore.add(b);
        matchedAfter.add(a);
        nextB = b + 1;
        break;
      }
    }
  }

  const pairs = [...exact, ...byPlace].sort((x, y) => x[1] - y[1]);
  const inOrder = keptInOrder(pairs);
  return {
    pairs,
    added: after.map((_, a) => a).filter((a) => !matchedAfter.has(a)),
    removed: before.map((_, b) => b).filter((b) => !matchedBefore.has(b)),
    moved: pairs.filter((_, i) => !inOrder.has(i)).map(([, a]) => a),
  };
}

const MINOR_WORDS = new Set([
  "del",
  "los",
  "las",
  "que",
  "con",
  "por",
  "para",
  "una",
  "sus",
  "the",
  "and",
  "for",
  "your",
]);

function words(text: string): Set<string> {
  return new Set(
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !MINOR_WORDS.has(w)),
  );
}

/** Two names look alike when at least half their meaningful words are shared (Dice coefficient ≥ 0.5). */
export function isSimilarText(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.size + y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size) >= 0.5;
}

/** Stable JSON (keys sorted), so two values compare equal whatever order their keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

/** Deep equality of plain data; an absent key equals undefined. */
export function isSameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A LocalizedText copied as plain data: the document's texts may carry more languages, all are kept. */
export function copyText(t: LocalizedText): LocalizedText {
  return { ...t };
}

/** Whether an optional value was added, removed or changed; null when it is the same. */
export function editOf(before: unknown, after: unknown): Edit | null {
  if (isSameData(before, after)) return null;
  if (before === undefined || before === null) return "added";
  if (after === undefined || after === null) return "removed";
  return "changed";
}
