import { expect, test } from "@playwright/test";
import institution from "../../../prisma/catalogue/institution.json";
import { expectNoAxeViolations, VIEWPORTS } from "../helpers";

const privacy = institution.contact.privacy;

for (const viewport of VIEWPORTS) {
  for (const locale of ["es", "en"] as const) {
    test(`the full privacy notice (${locale}, ${viewport.name}) names the responsible body from the institution's data, retention and ARCO, with no axe violations`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`/${locale}/privacidad`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "es" ? "Aviso de privacidad integral" : "Privacy notice",
      );
      await expect(page.getByTestId("privacy-responsible")).toContainText(privacy.responsible[locale]);
      await expect(page.getByTestId("privacy-responsible")).toContainText(privacy.address);
      await expect(page.getByTestId("privacy-arco")).toContainText(privacy.arcoUrl);
      await expect(page.getByTestId("privacy-retention")).toContainText(locale === "es" ? "24 horas" : "24 hours");
      await expectNoAxeViolations(page);
    });
  }
}

test("the footer links to the notice, and each place that collects data shows the short notice", async ({ page }) => {
  await page.goto("/es");
  await page.getByRole("contentinfo").getByRole("link", { name: "Aviso de privacidad" }).click();
  await expect(page).toHaveURL(/\/es\/privacidad$/);

  await page.goto("/es/seguimiento");
  await expect(page.getByTestId("privacy-notice-lookup")).toContainText(privacy.responsible.es);
  await expect(page.getByTestId("privacy-notice-lookup").getByRole("link")).toHaveAttribute("href", "/es/privacidad");

  await page.goto("/en/tramites/notificacion-cambio-de-domicilio/solicitud");
  await expect(page.getByTestId("privacy-notice-form")).toContainText(privacy.responsible.en);
  await expect(page.getByTestId("privacy-notice-form")).toContainText("24 hours");
  await expectNoAxeViolations(page);

  await page.goto("/es/tramites");
  await expect(page.getByTestId("privacy-notice-feedback")).toContainText(privacy.responsible.es);
});
