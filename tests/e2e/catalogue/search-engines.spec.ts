import { expect, test } from "@playwright/test";

/**
 * What search engines and browsers read besides the page: absolute canonical and hreflang addresses on the
 * public address the build was made for (PUBLIC_BASE_URL = the e2e server's address), the icon every browser
 * asks for, robots.txt and the sitemap.
 */
const base = process.env.E2E_BASE_URL!;
const SLUG = "renovacion-de-documento-migratorio";

test("a procedure page names its absolute canonical address and its versions in every language", async ({ page }) => {
  await page.goto(`/en/tramites/${SLUG}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/en/tramites/${SLUG}`);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`).sort());
  expect(alternates).toEqual([
    `en ${base}/en/tramites/${SLUG}`,
    `es ${base}/es/tramites/${SLUG}`,
    `x-default ${base}/es/tramites/${SLUG}`,
  ]);
});

test("the home page and the offices page carry absolute canonical addresses too", async ({ page }) => {
  await page.goto("/es");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/es`);
  await page.goto("/en/oficinas");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/en/oficinas`);
});

test("/favicon.ico is an icon, not a 404 or a redirect", async ({ request }) => {
  const response = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file starts with reserved 0, type 1 (icon).
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

test("robots.txt closes the back office and names the sitemap, which lists every procedure in both languages", async ({
  request,
}) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain("Disallow: /es/personal/");
  expect(text).toContain("Disallow: /en/personal/");
  expect(text).toContain(`Sitemap: ${base}/sitemap.xml`);

  const sitemap = await request.get("/sitemap.xml", { maxRedirects: 0 });
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${base}/es/tramites/${SLUG}</loc>`);
  expect(xml).toContain(`<loc>${base}/en/tramites/${SLUG}</loc>`);
  expect(xml).toContain(`hreflang="x-default" href="${base}/es/tramites/${SLUG}"`);
  expect(xml).not.toContain("/personal");
});
