import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, VIEWPORTS } from "../helpers";

/**
 * Every public page in one language, including search, empty-result and 404 states, and each
 * procedure's page, HTML form view and application start page. (The form steps and their error
 * states are swept in tests/e2e/applications.)
 */
const SHARDS = ["general", "procedure", "formato", "solicitud"] as const;

/** One shard of the public pages, so each test stays short and the workers share the sweep. */
async function publicRoutes(
  request: import("@playwright/test").APIRequestContext,
  l: string,
  shard: (typeof SHARDS)[number],
): Promise<string[]> {
  if (shard === "general")
    return [
      `/${l}`,
      `/${l}/tramites`,
      `/${l}/tramites?q=domicilio`,
      `/${l}/tramites?q=zzzzzz`,
      `/${l}/tramites?categoria=visas`,
      `/${l}/tramites?categoria=no-existe&q=${"x".repeat(300)}`,
      `/${l}/tramites/no-existe`,
      `/${l}/seguimiento`,
      `/${l}/guia`,
      `/${l}/guia/preguntas?p=donde`,
      `/${l}/guia/resultado/notif-domicilio?donde=mexico&situacion=residente-temporal&motivo-residente-temporal=cambio&que-cambio=domicilio&fecha-cambio=2026-01-10`,
      `/${l}/guia/resultado/refugio?donde=extranjero&motivo-extranjero=refugio`,
    ];
  const list = await (await request.get("/api/v1/tramites")).json();
  const slugs: string[] = list.procedures.map((p: { slug: string }) => p.slug);
  return slugs.map((s) => (shard === "procedure" ? `/${l}/tramites/${s}` : `/${l}/tramites/${s}/${shard}`));
}

/**
 * What the sweep checks, and why not everything at every width (CI must stay under 15 minutes on 2 cores):
 * - the general pages and every procedure page (the page with the most content) at 320 px, the harder
 *   layout (reflow, WCAG 1.4.10);
 * - the form view and the request start page (one template each, filled from the catalogue) at 320 px for
 *   every other procedure;
 * - at 1280 px, after a resize (no second load), the general pages and every seventh procedure's pages, so
 *   the wide layout of every template is checked with several procedures' content.
 * Each page is loaded once.
 */
const NARROW_TEMPLATE_EVERY = 2;
const WIDE_SAMPLE_EVERY = 7;

function viewportsFor(shard: (typeof SHARDS)[number], index: number) {
  if (shard === "general") return [...VIEWPORTS];
  const narrow = shard === "procedure" || index % NARROW_TEMPLATE_EVERY === 0;
  const wide = index % WIDE_SAMPLE_EVERY === 0;
  return VIEWPORTS.filter((v, i) => (i === 0 ? narrow : wide));
}

/**
 * The procedure pages are the longest shard: they run as two tests (even and odd positions), so the two
 * workers end the sweep together instead of one waiting for a two-minute test.
 */
const PARTS: Record<(typeof SHARDS)[number], number> = { general: 1, procedure: 2, formato: 1, solicitud: 1 };

for (const locale of ["es", "en"]) {
  for (const shard of SHARDS) {
    for (let part = 0; part < PARTS[shard]; part += 1) {
      const partName = PARTS[shard] > 1 ? ` (part ${part + 1} of ${PARTS[shard]})` : "";
      test(`axe finds no WCAG A/AA violations on the public ${shard} pages${partName} in ${locale} at ${VIEWPORTS.map((v) => v.name).join(" and ")}`, async ({
        page,
        request,
      }) => {
        test.setTimeout(360_000);
        const routes = await publicRoutes(request, locale, shard);
        for (const [index, route] of routes.entries()) {
          if (index % PARTS[shard] !== part) continue;
          const viewports = viewportsFor(shard, index);
          if (viewports.length === 0) continue;
          await page.setViewportSize({ width: viewports[0]!.width, height: viewports[0]!.height });
          await page.goto(route);
          await expect(page.locator("h1")).toBeVisible();
          for (const viewport of viewports) {
            await page.setViewportSize({ width: viewport.width, height: viewport.height });
            await test.step(`${route} at ${viewport.name}`, () => expectNoAxeViolations(page));
          }
        }
      });
    }
  }
}

test("nothing overflows sideways on a 320 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of [
    "/es",
    "/es/tramites",
    "/en/tramites/renovacion-de-documento-migratorio",
    "/es/tramites/regularizacion-por-vinculo-familiar",
  ]) {
    await page.goto(route);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await page.goto("/es/tramites/permiso-de-salida-y-regreso");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Saltar al contenido principal" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const background = await skip.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe("rgb(255, 221, 0)");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
