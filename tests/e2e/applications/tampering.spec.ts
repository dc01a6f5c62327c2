import { expect, test } from "@playwright/test";
import { ADDRESS, fillFields, PERSONAL } from "./helpers";

const SLUG = "renovacion-de-documento-migratorio";
const FORM = `/es/tramites/${SLUG}/solicitud`;

test.describe("the request form's URLs cannot be used to skip or invent steps", () => {
  test("an unknown step answers 404, while the draft stays usable", async ({ page }) => {
    await page.goto(FORM);
    await page.getByRole("button", { name: /Comenzar/ }).click();
    await expect(page).toHaveURL(/\/datos-personales$/);
    for (const step of ["personal", "details", "DATOS-PERSONALES", "..%2Frevisar", "datos-personales.json"]) {
      const response = await page.goto(`${FORM}/${step}`);
      expect(response?.status(), step).toBe(404);
    }
    await page.goto(`${FORM}/datos-personales`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datos personales");
  });

  test("the review and the confirmation before the steps send the person to the first step still to answer", async ({
    page,
  }) => {
    await page.goto(FORM);
    await page.getByRole("button", { name: /Comenzar/ }).click();
    await expect(page).toHaveURL(/\/datos-personales$/);
    await page.goto(`${FORM}/revisar`);
    await expect(page).toHaveURL(/\/datos-personales$/);
    await page.goto(`${FORM}/confirmacion`);
    await expect(page).toHaveURL(/\/datos-personales$/);
    // Two steps answered: both pages now send the person to the third.
    await fillFields(page, PERSONAL);
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page).toHaveURL(/\/pasaporte$/);
    await page.goto(`${FORM}/domicilio`);
    await fillFields(page, ADDRESS);
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page).toHaveURL(/\/detalles$/);
    for (const target of ["revisar", "confirmacion"]) {
      await page.goto(`${FORM}/${target}`);
      await expect(page, target).toHaveURL(/\/pasaporte$/);
    }
  });

  test("without a draft, a step or the review sends the person to the start page", async ({ page }) => {
    for (const target of ["datos-personales", "detalles", "revisar"]) {
      await page.goto(`${FORM}/${target}`);
      await expect(page, target).toHaveURL(new RegExp(`${FORM}$`));
    }
  });
});
