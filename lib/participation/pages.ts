import { GUIDE_RESULTS_PATH } from "@/lib/guide/paths";
import { isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The public pages that take "Was this page useful?". The path arrives in a hidden form field, so it is
 * checked against the routes the portal really has (and the catalogue's slugs) before anything is stored:
 * arbitrary strings never become rows or figures.
 */
const PROCEDURE_SUBPAGES = new Set(["formato", "solicitud"]);
// The request form's pages. Spelled out rather than imported from lib/applications/fields.ts (STEP_SLUGS): this file runs
// in the browser on every page, and that module brings zod and the country list (a unit test keeps them equal).
export const FORM_PAGES: ReadonlySet<string> = new Set([
  "datos-personales",
  "pasaporte",
  "domicilio",
  "detalles",
  "revisar",
  "confirmacion",
]);
// Keep in step with app/[locale]/(public): a public page missing here shows no feedback form.
const STATIC_PAGES = new Set([
  "",
  "/tramites",
  "/seguimiento",
  "/seguimiento/estado",
  "/estadisticas",
  "/datos",
  "/oficinas",
]);

/** The slugs that exist: procedures of the catalogue, offices and the results of the guide (/guia/resultado/{id}). */
export type KnownSlugs = {
  procedures: ReadonlySet<string>;
  offices: ReadonlySet<string>;
  guideResults: ReadonlySet<string>;
};

/** Pages that show no feedback form: the feedback pages themselves and the staff area. */
export function offersPageFeedback(pathname: string): boolean {
  const [, , section] = pathname.split("/");
  return section !== "opinion" && section !== "personal";
}

export type FeedbackPage = { locale: Locale; path: string; procedureSlug: string | null };

/**
 * `/es/tramites/{slug}/solicitud/pasaporte` → { locale: "es", path: "/tramites/{slug}/solicitud/pasaporte",
 * procedureSlug }. Null for anything that is not a known public page (unknown slug, query strings, 404s).
 */
export function parseFeedbackPage(raw: string, known: KnownSlugs): FeedbackPage | null {
  if (raw.length > 200 || !/^\/[a-z0-9/-]*$/.test(raw)) return null;
  const [, locale, ...parts] = raw.replace(/\/$/, "").split("/");
  if (!isLocale(locale)) return null;
  const path = parts.length ? `/${parts.join("/")}` : "";
  if (STATIC_PAGES.has(path)) return { locale, path: path || "/", procedureSlug: null };
  const [section, slug, sub, step, ...rest] = parts;
  if (section === "oficinas" && slug && known.offices.has(slug) && sub === undefined)
    return { locale, path, procedureSlug: null };
  // Only the guide's results take the question: staff read the answers per result (where the guide misleads).
  if (`/${section}/${slug}` === GUIDE_RESULTS_PATH && sub && known.guideResults.has(sub) && step === undefined)
    return { locale, path, procedureSlug: null };
  if (section !== "tramites" || !slug || !known.procedures.has(slug) || rest.length) return null;
  const isKnown =
    sub === undefined ||
    (PROCEDURE_SUBPAGES.has(sub) && (step === undefined || (sub === "solicitud" && FORM_PAGES.has(step))));
  return isKnown ? { locale, path, procedureSlug: slug } : null;
}
