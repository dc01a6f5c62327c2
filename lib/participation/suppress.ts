import type { PublicCell } from "./types";

/**
 * Small-count suppression for public figures: a cell with fewer than `min` answers is shown as
 * "too few answers", never as 0 or as a percentage. When a breakdown is published next to its total,
 * one hidden cell could be worked out by subtraction, so the next smallest cell is hidden too
 * (complementary suppression).
 *
 * The threshold is the portal's one publication rule (MIN_PUBLISHED_COUNT, lib/statistics/policy.ts);
 * the algorithm differs from lib/statistics/public.ts on purpose: the application statistics publish
 * several counts per row and hide the figures derived from a small one, while a satisfaction cell is one
 * count and one share shown beside its total, so here the risk is subtraction across cells.
 */
export function suppressCells<T extends { answers: number; hits: number }>(
  cells: readonly T[],
  min: number,
  withTotal: boolean,
): PublicCell[] {
  const hidden = cells.map((c) => c.answers < min);
  if (withTotal && hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    cells.forEach((c, i) => {
      if (!hidden[i] && (smallest === -1 || c.answers < cells[smallest]!.answers)) smallest = i;
    });
    if (smallest !== -1) hidden[smallest] = true;
  }
  return cells.map((c, i) =>
    hidden[i] ? { suppressed: true } : { suppressed: false, answers: c.answers, percent: percentOf(c.hits, c.answers) },
  );
}

/** hits / answers as a percentage with one decimal (0 answers → 0). */
export function percentOf(hits: number, answers: number): number {
  return answers === 0 ? 0 : Math.round((1000 * hits) / answers) / 10;
}
