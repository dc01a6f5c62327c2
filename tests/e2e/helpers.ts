import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The slugs printed on QR posters: they must always answer. */
export const STABLE_SLUGS = [
  "visa-por-oferta-de-empleo",
  "visa-por-unidad-familiar",
  "visa-por-razones-humanitarias",
  "permiso-de-salida-y-regreso",
  "permiso-para-trabajar",
  "notificacion-cambio-de-domicilio",
  "notificacion-cambio-de-lugar-de-trabajo",
  "notificacion-cambio-de-estado-civil",
  "notificacion-cambio-de-nacionalidad",
  "renovacion-de-documento-migratorio",
  "reposicion-de-documento-migratorio",
  "regularizacion-por-razones-humanitarias",
  "regularizacion-por-vinculo-familiar",
  "cambio-de-residente-temporal-a-permanente",
  "cambio-a-residente-permanente-por-vinculo-familiar",
  "tarjeta-de-visitante-trabajador-fronterizo",
] as const;

export const VIEWPORTS = [
  { name: "320px", width: 320, height: 640 },
  { name: "1280px", width: 1280, height: 900 },
] as const;

/** WCAG 2.x A and AA rules: zero violations allowed. Prints what failed, so a failure explains itself. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation React swaps the <title> a moment after the URL and heading change;
  // wait for the page to have one (a page that never gets a title still fails here, after the timeout).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * WCAG 1.4.10 (reflow), which axe does not check: the page never scrolls sideways. Meaningful on a narrow
 * viewport (320 px); costs one evaluation, so journeys call it on every page they pass.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()} at ${page.viewportSize()?.width} px`).toBeLessThanOrEqual(0);
}
