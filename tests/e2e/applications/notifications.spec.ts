import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { fillToReview, isoDay } from "./helpers";

test("without JavaScript: updates are offered ticked at sending, in a chosen language, and the status page turns them off and on", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await fillToReview(
    page,
    "es",
    "notificacion-cambio-de-estado-civil",
    { previousValue: "Soltero", newValue: "Casado", changeDate: isoDay(-10) },
    false,
  );
  const consent = page.getByRole("group", { name: "Avisos por correo electrónico" });
  await expect(consent.getByRole("checkbox", { name: /Quiero recibir avisos por correo/ })).toBeChecked();
  await expect(consent.getByRole("radio", { name: "Español" })).toBeChecked();
  await consent.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page).toHaveURL(/\/confirmacion$/);

  await page.goto("/es/seguimiento/estado");
  const updates = page.getByTestId("updates-switch");
  await expect(updates).toContainText("Recibe avisos por correo sobre esta solicitud.");
  await updates.getByRole("button", { name: "Dejar de recibir avisos" }).click();
  await expect(page.getByTestId("updates-switch")).toContainText("No recibe avisos por correo sobre esta solicitud.");
  await expect(page.getByTestId("updates-switch").getByRole("status")).toHaveText("Listo: se guardó su elección.");
  await page.getByTestId("updates-switch").getByRole("button", { name: "Recibir avisos por correo" }).click();
  await expect(page.getByTestId("updates-switch")).toContainText("Recibe avisos por correo sobre esta solicitud.");
  await context.close();
});

test("a forged unsubscribe link changes nothing: the page says so, the one-click endpoint answers 422 (not the proxy's 403)", async ({
  page,
  request,
}) => {
  await page.goto("/en/avisos?t=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await expect(page.getByRole("alert").filter({ hasText: "This link is not valid" })).toBeVisible();
  await expectNoAxeViolations(page);
  // As a mail provider sends it (RFC 8058): a form POST without Origin or cookies.
  const response = await request.post("/api/v1/avisos/baja?t=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(422);
});
