import { expect, test } from "@playwright/test";
import { STABLE_SLUGS } from "../helpers";

test.describe("language of the visitor", () => {
  test("/ sends Spanish speakers and unknown browsers to /es", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "es-MX,es;q=0.9" } });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/es$/);
    const other = await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "de-DE" } });
    expect(other.headers()["location"]).toMatch(/\/es$/);
  });

  test("/ sends browsers that prefer English to /en", async ({ request }) => {
    const response = await request.get("/", {
      maxRedirects: 0,
      headers: { "Accept-Language": "en-GB,en;q=0.9,es;q=0.5" },
    });
    expect(response.headers()["location"]).toMatch(/\/en$/);
  });

  test("each page declares its language", async ({ page }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.goto("/en/tramites");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the language switch keeps the same page", async ({ page }) => {
    await page.goto("/es/tramites/notificacion-cambio-de-domicilio");
    await page.getByRole("link", { name: "View this page in English" }).click();
    await expect(page).toHaveURL(/\/en\/tramites\/notificacion-cambio-de-domicilio$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Ver esta página en Español" }).click();
    await expect(page).toHaveURL(/\/es\/tramites\/notificacion-cambio-de-domicilio$/);
  });
});

test.describe("home", () => {
  test("explains the portal and offers search, topics and the most used procedures", async ({ page }) => {
    await page.goto("/es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trámites migratorios, claros y completos");
    await expect(page.getByRole("searchbox", { name: "¿Qué trámite busca?" })).toBeVisible();
    const popular = page.getByRole("region", { name: "Trámites más consultados" });
    await expect(popular.getByRole("link")).toHaveCount(7);
    await expect(popular.getByRole("link").first()).toHaveText("Renovación de documento migratorio");
    await expect(
      page.getByRole("region", { name: "Trámites por tema" }).getByRole("heading", { level: 3 }),
    ).toHaveCount(7);
  });

  test("searching from the home page lands on the results", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("searchbox", { name: "Which procedure are you looking for?" }).fill("domicilio");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/tramites\?q=domicilio$/);
    await expect(
      page
        .getByRole("list", { name: /Results for/ })
        .getByRole("link")
        .first(),
    ).toHaveText(/change of address/i);
  });
});

test.describe("catalogue", () => {
  test("lists every stable procedure grouped under the seven topics", async ({ page }) => {
    await page.goto("/es/tramites");
    for (const slug of STABLE_SLUGS) await expect(page.locator(`a[href="/es/tramites/${slug}"]`)).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(7);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("search ignores accents and case", async ({ page }) => {
      await page.goto("/es/tramites");
      await page.getByRole("searchbox", { name: "Buscar un trámite" }).fill("TRAMITE");
      await page.getByRole("button", { name: "Buscar" }).click();
      await expect(page).toHaveURL(/q=TRAMITE/);
      await expect(page.getByRole("status")).toContainText("Resultados para «TRAMITE»");
      await expect(
        page
          .getByRole("list", { name: /Resultados/ })
          .getByRole("listitem")
          .first(),
      ).toBeVisible();
    });

    test("'domicilio' finds the change-of-address notice first", async ({ page }) => {
      await page.goto("/es/tramites?q=domicilio");
      const first = page
        .getByRole("list", { name: /Resultados/ })
        .getByRole("link")
        .first();
      await expect(first).toHaveAttribute("href", "/es/tramites/notificacion-cambio-de-domicilio");
    });

    test("the topic filter shows only that topic and keeps the choice", async ({ page }) => {
      await page.goto("/es/tramites");
      await page.getByLabel("Tema").selectOption("notificaciones");
      await page.getByRole("button", { name: "Buscar" }).click();
      await expect(page).toHaveURL(/categoria=notificaciones/);
      await expect(page.getByLabel("Tema")).toHaveValue("notificaciones");
      await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["Avisos de cambios"]);
      await expect(page.locator('a[href="/es/tramites/notificacion-cambio-de-domicilio"]')).toBeVisible();
      await expect(page.locator('a[href="/es/tramites/permiso-para-trabajar"]')).toHaveCount(0);
    });
  });

  test("odd input answers normally and keeps what was typed", async ({ request, page }) => {
    const odd = [
      `"`,
      "'",
      "%",
      "%%",
      "_",
      "😀",
      "x".repeat(5000),
      "' OR 1=1; DROP TABLE procedure; --",
      "<script>alert(1)</script>",
      "\\",
      "%00",
    ];
    for (const q of odd) {
      const response = await request.get(`/es/tramites?q=${encodeURIComponent(q)}`);
      expect(response.status(), q.slice(0, 40)).toBe(200);
    }
    const repeated = await request.get("/es/tramites?q=a&q=b&categoria=visas&categoria=x");
    expect(repeated.status()).toBe(200);
    await page.goto(`/es/tramites?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    await expect(page.getByRole("searchbox", { name: "Buscar un trámite" })).toHaveValue("<script>alert(1)</script>");
    await page.goto(`/es/tramites?q=${"x".repeat(5000)}`);
    await expect(page.getByRole("status")).toContainText("muy larga");
  });

  test("no results gives a way forward", async ({ page }) => {
    await page.goto("/en/tramites?q=qwertyuiop");
    await expect(page.getByText("We found no procedures with those words.")).toBeVisible();
    await expect(page.getByRole("link", { name: "See all procedures" }).first()).toBeVisible();
  });
});

test.describe("procedure pages", () => {
  for (const locale of ["es", "en"] as const) {
    test(`all stable slugs answer in ${locale} with requirements, cost and deadline`, async ({ request }) => {
      for (const slug of STABLE_SLUGS) {
        const response = await request.get(`/${locale}/tramites/${slug}`);
        expect(response.status(), slug).toBe(200);
        const html = await response.text();
        expect(html, slug).toContain(`<html lang="${locale}"`);
        expect(html, slug).toContain(locale === "es" ? "Requisitos" : "Requirements");
        expect(html, slug).toContain(locale === "es" ? "Costo" : "Cost");
        expect(html, slug).toContain(locale === "es" ? "Plazo para resolver" : "Deadline for a decision");
      }
    });
  }

  test("shows numbered requirements with original/copy and conditions, fees, deadline, steps and sources", async ({
    page,
  }) => {
    await page.goto("/es/tramites/renovacion-de-documento-migratorio");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renovación de documento migratorio");
    const glance = page.getByRole("region", { name: "En resumen" });
    // Humanitarian visitors renew free of charge (LTPM art. 50, a fee row of 0 per the content review):
    // the range says so instead of "from $0.00".
    await expect(glance).toContainText("sin costo o hasta $25,058.00, según su caso");
    await expect(glance).toContainText("20 días hábiles");
    const requirements = page.getByRole("region", { name: "Requisitos" });
    await expect(requirements.getByRole("listitem").first()).toBeVisible();
    await expect(requirements).toContainText(/Original y copia|Original|Copia/);
    const fees = page.getByRole("region", { name: "Costo" });
    for (const amount of ["$11,141.00", "$16,693.00", "$21,143.00", "$25,058.00"])
      await expect(fees).toContainText(amount);
    await expect(fees).toContainText("Por verificar");
    const deadline = page.getByRole("region", { name: "Plazo para resolver" });
    await expect(deadline).toContainText("20 días hábiles");
    await expect(deadline).toContainText(/negativa ficta/i);
    await expect(page.getByRole("region", { name: "Pasos" }).getByRole("listitem")).not.toHaveCount(0);
    await expect(page.getByRole("region", { name: "Fuentes" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByText(/Información revisada el \d+ de \w+ de 2026/)).toBeVisible();
  });

  test("regularisation shows its payments in order", async ({ page }) => {
    await page.goto("/en/tramites/regularizacion-por-vinculo-familiar");
    const fees = page.getByRole("region", { name: "Cost" });
    await expect(fees.getByRole("heading", { name: "Payment 1" })).toBeVisible();
    await expect(fees.getByRole("heading", { name: "Payment 2" })).toBeVisible();
  });

  test("notifications are free and give the 90-day duty", async ({ page }) => {
    await page.goto("/en/tramites/notificacion-cambio-de-domicilio");
    await expect(page.getByRole("region", { name: "Cost" })).toContainText("Free");
    await expect(page.getByRole("region", { name: "Deadline for a decision" })).toContainText("90 calendar days");
  });

  test("prints without navigation, with the addresses of the sources", async ({ page }) => {
    await page.goto("/es/tramites/permiso-para-trabajar");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Navegación principal" })).toBeHidden();
    await expect(page.getByRole("search")).toHaveCount(0);
    const after = await page
      .locator(".print-urls a[href^='http']")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("http");
  });

  test("public pages are cacheable by a CDN", async ({ request }) => {
    const response = await request.get("/es/tramites/permiso-para-trabajar");
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    const home = await request.get("/en");
    expect(home.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    const search = await request.get("/es/tramites?q=visa");
    expect(search.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    expect(search.headers()["vary"]).toMatch(/rsc/i);
    const missing = await request.get("/es/tramites/no-existe");
    expect(missing.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("not found", () => {
  test("an unknown procedure gives a 404 in Spanish with a search box", async ({ page }) => {
    const response = await page.goto("/es/tramites/visa-de-marte");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esta página");
    await expect(page.getByRole("searchbox", { name: "Buscar un trámite" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });

  test("an unknown page in English answers in English", async ({ page }) => {
    const response = await page.goto("/en/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find this page");
  });

  test("an unknown language ends in a 404 page, not an error", async ({ page }) => {
    const response = await page.goto("/fr/tramites", { waitUntil: "domcontentloaded" });
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("searchbox")).toBeVisible();
  });
});

test.describe("open data and operations", () => {
  test("the catalogue API lists every procedure with stable fields", async ({ request }) => {
    const response = await request.get("/api/v1/tramites");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    // Public catalogue data: shared caches may keep it (and must not be told it is private).
    expect(response.headers()["cache-control"]).toMatch(/^public,.*\bs-maxage=\d+/);
    const body = await response.json();
    expect(body.apiVersion).toBe(1);
    expect(body.institution).toMatchObject({ code: "INM", country: "MX", currency: "MXN" });
    const slugs = body.procedures.map((p: { slug: string }) => p.slug);
    for (const slug of STABLE_SLUGS) expect(slugs).toContain(slug);
    expect(body.count).toBe(body.procedures.length);
    expect(Object.keys(body.procedures[0]).sort()).toEqual(
      [
        "category",
        "detail",
        "featuredRank",
        "history",
        "isFree",
        "lastReviewed",
        "officialCodes",
        "pages",
        "resolutionDayUnit",
        "resolutionDays",
        "retired",
        "slug",
        "summary",
        "title",
        "version",
      ].sort(),
    );
  });

  test("the procedure API gives requirements, fees in MXN, deadline and sources", async ({ request }) => {
    const response = await request.get("/api/v1/tramites/renovacion-de-documento-migratorio");
    expect(response.headers()["cache-control"]).toMatch(/^public,.*\bs-maxage=\d+/);
    const body = await response.json();
    expect(body.slug).toBe("renovacion-de-documento-migratorio");
    expect(body.requirements[0]).toMatchObject({ number: 1, name: { es: expect.any(String), en: expect.any(String) } });
    expect(body.fees.map((f: { amount: number }) => f.amount)).toEqual(
      expect.arrayContaining([11141, 16693, 21143, 25058]),
    );
    expect(body.fees[0].currency).toBe("MXN");
    expect(body.deadline).toMatchObject({
      resolutionDays: 20,
      resolutionDayUnit: "business",
      silenceRule: "negativa_ficta",
    });
    expect(body.sources[0]).toMatchObject({ url: expect.stringMatching(/^https?:\/\//) });
    const missing = await request.get("/api/v1/tramites/no-existe");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
  });

  test("health and readiness answer for operators", async ({ request }) => {
    const health = await request.get("/healthz");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await request.get("/readyz");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", database: "ok", pendingMigrations: [] });
  });

  test("every response carries the security headers", async ({ request }) => {
    for (const path of ["/es", "/es/tramites?q=visa", "/api/v1/tramites", "/healthz"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });
});
