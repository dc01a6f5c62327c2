import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { apply, isoDay, PERSONAL } from "../applications/helpers";

const SLUG = "notificacion-cambio-de-estado-civil";
const DETAILS = { previousValue: "Soltero", newValue: "Casado", changeDate: isoDay(-10) };

test("kiosk: two people in one browser — after 'Finish on this device' the second sees nothing of the first", async ({
  page,
  context,
  baseURL,
}) => {
  // Person 1 sends an application and finishes on this device.
  const number = await apply(page, "es", SLUG, DETAILS, false);
  await expect(page.getByText(PERSONAL.firstSurname!).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const before = await context.cookies();
  const session = before.find((c) => c.name.endsWith("vt_session"))!;
  expect(session).toBeDefined();
  const draft = before.find((c) => c.name.includes("vt_draft_"))!;
  // The draft cookie is a session cookie: it does not outlive the browser.
  expect(draft.expires).toBe(-1);
  await page.getByRole("button", { name: "Terminar en este dispositivo" }).click();
  await expect(page).toHaveURL(/\/es\/seguimiento\?fin=1$/);
  await expect(page.getByTestId("finished-on-device")).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await context.cookies()).filter((c) => /vt_(session|draft_)/.test(c.name))).toEqual([]);

  // Person 2, same browser: the history entry of the confirmation, the status page, the PDFs.
  await page.goto(`/es/tramites/${SLUG}/solicitud/confirmacion`);
  await expect(page).toHaveURL(new RegExp(`/es/tramites/${SLUG}$`));
  await expect(page.getByText(number)).toHaveCount(0);
  await expect(page.getByText(PERSONAL.firstSurname!)).toHaveCount(0);
  await page.goBack();
  await expect(page.getByText(PERSONAL.firstSurname!)).toHaveCount(0);
  await page.goto("/es/seguimiento/estado");
  await expect(page).toHaveURL(/\/es\/seguimiento$/);
  expect((await page.request.get(`/es/solicitudes/${number}/solicitud.pdf`)).status()).toBe(404);

  // The review's M3 probe: the first person's session token, replayed by hand, opens nothing any more.
  const replay = await page.request.get(`${baseURL}/es/solicitudes/${number}/solicitud.pdf`, {
    headers: { cookie: `${session.name}=${session.value}` },
  });
  expect(replay.status()).toBe(404);
});

test("sign-out on the status page also ends the server session and clears the draft cookie", async ({
  page,
  context,
  baseURL,
}) => {
  const number = await apply(page, "es", SLUG, DETAILS, false);
  await page.getByRole("link", { name: "Consultar el estado de su trámite" }).first().click();
  await expect(page).toHaveURL(/\/es\/seguimiento\/estado$/);
  const session = (await context.cookies()).find((c) => c.name.endsWith("vt_session"))!;
  await page.getByRole("button", { name: "Salir" }).click();
  await expect(page).toHaveURL(/\/es\/seguimiento\?fin=1$/);
  expect((await context.cookies()).filter((c) => /vt_(session|draft_)/.test(c.name))).toEqual([]);
  const replay = await page.request.get(`${baseURL}/es/solicitudes/${number}/solicitud.pdf`, {
    headers: { cookie: `${session.name}=${session.value}` },
  });
  expect(replay.status()).toBe(404);
});
