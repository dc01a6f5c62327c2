import type { Locale } from "@/lib/i18n/config";
import type { PosterTarget } from "./types";

/** The unique key of a poster's target ("procedure:12@office:3"): the same poster asked twice gets the same code. */
export function targetKey(kind: PosterTarget["kind"], procedureId: number | null, officeId: number | null): string {
  if (kind === "procedure")
    return officeId === null ? `procedure:${procedureId}` : `procedure:${procedureId}@office:${officeId}`;
  if (kind === "office") return `office:${officeId}`;
  return "general";
}

/**
 * The page a short link opens, in the visitor's language. Built only from stored slugs (which are
 * kebab-case by schema), never from the request: a short link cannot send anyone to another site.
 */
export function targetPath(target: PosterTarget, locale: Locale): string {
  switch (target.kind) {
    case "procedure":
      return `/${locale}/tramites/${target.procedureSlug}`;
    case "office":
      return `/${locale}/oficinas/${target.officeSlug}`;
    case "general":
      return `/${locale}/tramites`;
  }
}
