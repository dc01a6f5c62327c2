/**
 * The guide's question tree, read from prisma/catalogue/guide.json when the portal is built (like the message
 * files): no database round-trip per step. The catalogue validator already proved it against the procedures
 * (lib/guide/check.ts); parsing here again keeps a hand-edited file from reaching a page unchecked.
 */
import raw from "@/prisma/catalogue/guide.json";
import { guideSchema, type GuideData } from "@/prisma/catalogue/guide-schema";
import { guidePaths, pathLengths } from "./check";

let guide: GuideData | null = null;

/** The parsed guide (parsed once per process). */
export function getGuide(): GuideData {
  guide ??= guideSchema.parse(raw);
  return guide;
}

/** The ids of the guide's results: the pages that carry "Was this page useful?" (/guia/resultado/{id}). */
export function guideResultIds(): string[] {
  return getGuide().results.map((r) => r.id);
}

let lengths: ReturnType<typeof pathLengths> | null = null;

/** How many questions the shortest, longest and median paths ask (the start page says it). */
export function guidePathLengths(): ReturnType<typeof pathLengths> {
  lengths ??= pathLengths(guidePaths(getGuide()).paths);
  return lengths;
}
