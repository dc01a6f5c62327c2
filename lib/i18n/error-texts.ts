import type { Locale } from "./config";

/**
 * The texts of the error pages (app/[locale]/error.tsx, app/global-error.tsx). They are Client
 * Components, so these few strings live here instead of the message catalogues, which would put every
 * page's texts in the browser bundle; lib/i18n/messages.ts merges them back as the `error` section.
 */
export const ERROR_TEXTS = {
  es: {
    title: "Algo salió mal",
    body: "No pudimos mostrar esta página. Intente de nuevo en unos minutos. Lo que ya guardó no se perdió.",
    retry: "Intentar de nuevo",
    home: "Ir al inicio",
  },
  en: {
    title: "Something went wrong",
    body: "We could not show this page. Please try again in a few minutes. Nothing you saved is lost.",
    retry: "Try again",
    home: "Go to the home page",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The language of a path such as /en/tramites (the default language otherwise). */
export function localeOfPath(pathname: string | null | undefined): Locale {
  return pathname?.split("/")[1] === "en" ? "en" : "es";
}
