import { expect, test } from "@playwright/test";
import { fillToReview } from "../applications/helpers";
import { expectNoAxeViolations } from "../helpers";

test.describe("offices", () => {
  for (const width of [320, 1280]) {
    test(`the directory lists offices in all 32 states, accessible and without sideways scrolling at ${width}px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/es/oficinas");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oficinas");
      await expect(page.locator("section[aria-labelledby^=estado-]")).toHaveCount(32);
      await expect(page.getByRole("link", { name: "Oficina de Representación del INM en Yucatán" })).toBeVisible();
      await expect(page.getByText("Por verificar").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
    });
  }

  test("an office page in English: hours, national phone, map links and the procedures it receives", async ({
    page,
  }) => {
    await page.goto("/en/oficinas/tapachula");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("INM office in Tapachula");
    await expect(page.getByText("Monday to Friday (working days), 9:00 to 14:30.")).toBeVisible();
    await expect(page.getByRole("link", { name: "800 004 6264" })).toHaveAttribute("href", "tel:8000046264");
    await expect(page.getByRole("link", { name: "Open in your map app" })).toHaveAttribute(
      "href",
      /^geo:0,0\?q=Instituto%20Nacional%20de%20Migraci%C3%B3n%2C%20Tapachula%2C%20Chiapas$/,
    );
    const received = page.getByRole("region", { name: "Procedures it receives" });
    await expect(received.getByRole("link", { name: "Border worker visitor card (TVTF)" })).toHaveAttribute(
      "href",
      "/en/tramites/tarjeta-de-visitante-trabajador-fronterizo",
    );
    await expectNoAxeViolations(page);
    await received.getByRole("link", { name: "Border worker visitor card (TVTF)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Border worker visitor card (TVTF)");
  });

  test("a procedure page links to the offices that receive it; the catalogue filters by office", async ({ page }) => {
    await page.goto("/es/tramites/tarjeta-de-visitante-trabajador-fronterizo");
    const where = page.getByRole("region", { name: "Dónde presentarlo" });
    await expect(where.getByRole("link")).toHaveCount(8); // 7 offices in the 4 southern border states + "all offices"
    await where.getByRole("link", { name: "Tapachula" }).click();
    await expect(page).toHaveURL(/\/es\/oficinas\/tapachula$/);

    await page.goto("/es/tramites?oficina=jalisco");
    await expect(page.getByText("Trámites que recibe: Oficina de Representación del INM en Jalisco")).toBeVisible();
    await expect(page.locator('a[href="/es/tramites/tarjeta-de-visitante-trabajador-fronterizo"]')).toHaveCount(0);
    await expect(page.locator('a[href="/es/tramites/renovacion-de-documento-migratorio"]')).toHaveCount(1);
    await page.goto("/es/tramites?oficina=no-existe");
    await expect(page.getByText("No encontramos esa oficina")).toBeVisible();
  });

  test("the request form asks where the filing will be presented and explains a missing choice", async ({ page }) => {
    // The test address is in Jalisco, where no office receives border cards: nothing is preselected.
    await fillToReview(
      page,
      "es",
      "tarjeta-de-visitante-trabajador-fronterizo",
      { employerName: "Finca El Progreso", residenceCountry: "GT" },
      false,
    );
    const select = page.getByLabel("Oficina donde presentará su solicitud");
    await expect(select).toHaveValue("");
    await page.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(page).toHaveURL(/\/revisar\?error=oficina$/);
    await expect(page.getByLabel("Hay un problema").getByRole("alert")).toContainText(
      "Elija la oficina donde presentará su solicitud",
    );
    await expectNoAxeViolations(page);
    await page.getByLabel("Oficina donde presentará su solicitud").selectOption("tapachula");
    await page.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(page).toHaveURL(/\/confirmacion$/);
    await expect(page.getByTestId("application-office")).toContainText("Oficina del INM en Tapachula");
  });
});
