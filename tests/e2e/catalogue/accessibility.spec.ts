import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, VIEWPORTS } from "../helpers";

/**
 * Every public page in one language, including search, empty-result and 404 states, and each
 * procedure's page, HTML form view and application start page. (The form steps and their error
 * states are swept in tests/e2e/applications.)
 */
const SHARDS = ["general", "procedure", "formato", "solicitud"] as const;

/** One shard of the public pages, so each test stays short and the workers share the sweep. */
async function publicRoutes(request: import("@playwright/test").APIRequestContext, l: string, shard: (typeof SHARDS)[number]): Promise<string[]> {
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
    ];
  const list = await (await request.get("/api/v1/tramites")).json();
  const slugs: string[] = list.procedures.map((p: { slug: string }) => p.slug);
  return slugs.map((s) => (shard === "procedure" ? `/${l}/tramites/${s}` : `/${l}/tramites/${s}/${shard}`));
}

for (const viewport of VIEWPORTS) {
  for (const locale of ["es", "en"]) {
    for (const shard of SHARDS) {
      test(`axe finds no WCAG A/AA violations on the public ${shard} pages in ${locale} at ${viewport.name}`, async ({ page, request }) => {
        test.setTimeout(240_000);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        for (const route of await publicRoutes(request, locale, shard)) {
          await page.goto(route);
          await expect(page.locator("h1")).toBeVisible();
          await expectNoAxeViolations(page);
        }
      });
    }
  }
}

test("nothing overflows sideways on a 320 px phone", async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ["/es", "/es/tramites", "/en/tramites/renovacion-de-documento-migratorio", "/es/tramites/regularizacion-por-vinculo-familiar"]) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
  expect(request).toBeTruthy();
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
