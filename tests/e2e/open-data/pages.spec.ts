import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";

test.describe("statistics page", () => {
  test("a phone user sees each chart with its text alternative, its data table and its file", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/es/estadisticas");
    await expect(page.getByRole("heading", { level: 1, name: "Estadísticas" })).toBeVisible();
    const procedureChart = page.getByRole("img", { name: /Resueltas dentro del plazo legal, por trámite/ });
    await expect(procedureChart).toBeVisible();
    await expect(procedureChart).toHaveAccessibleDescription(/frente a la meta de 80 %/);
    // The fixture: 20 resolved this month, 15 in time.
    const table = page.getByRole("table", { name: "Resueltas dentro del plazo legal, por trámite" });
    await expect(table.getByRole("row", { name: /Renovación/ })).toContainText("75 %");
    // Months without 5 applications are marked, never 0.
    await expect(
      page.getByRole("table", { name: "Solicitudes por mes" }).getByText("menos de 5").first(),
    ).toBeVisible();
    await expect(
      page.getByText("Datos de muestra: cifras inventadas para pruebas, no son cifras oficiales"),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "estadisticas-mensuales.csv" }).first()).toHaveAttribute(
      "href",
      "/api/v1/datos/estadisticas-mensuales.csv",
    );
    await expectNoAxeViolations(page);
  });

  test("in English on a desktop, with no violations", async ({ page }) => {
    await page.goto("/en/estadisticas");
    await expect(page.getByRole("img", { name: /Documents issued per year/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("open-data page: every file downloads as CSV with its dictionary, without violations", async ({
  page,
  request,
}) => {
  await page.goto("/es/datos");
  await expect(page.getByRole("heading", { level: 1, name: "Datos abiertos" })).toBeVisible();
  await page.getByText(/^Campos de Trámites/).click();
  await expect(
    page
      .getByRole("rowheader", { name: "resolution_days" })
      .or(page.getByRole("rowheader", { name: "last_reviewed" }))
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const hrefs = await page.locator('a[href$=".csv"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  // tramites, requisitos, cuotas, plazos, oficinas, formatos, versiones, estadisticas-mensuales, historico-documentos-emitidos
  expect(hrefs.length).toBe(9);
  for (const href of hrefs) {
    const response = await request.get(href!);
    expect(response.status(), href!).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
  }
  const pkg = await (await request.get("/api/v1/datos/datapackage.json")).json();
  expect(pkg.resources).toHaveLength(9);
});

test("open-data files are compressed by the server, and a repeat answers 304", async ({ request }) => {
  const first = await request.get("/api/v1/datos/requisitos.csv", { headers: { "accept-encoding": "gzip" } });
  expect(first.headers()["content-encoding"]).toBe("gzip");
  expect(first.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  expect((await first.text()).startsWith("procedure_slug,number,name_es")).toBe(true);
  const again = await request.get("/api/v1/datos/requisitos.csv", {
    headers: { "if-none-match": first.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);
  const json = await request.get("/api/v1/datos/plazos.json", { headers: { "accept-encoding": "gzip" } });
  expect(json.headers()["content-encoding"]).toBe("gzip");
  expect(Array.isArray(await json.json())).toBe(true);
});
