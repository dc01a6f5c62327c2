import { expect, test, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../../../lib/auth/totp";
import { expectNoAxeViolations, VIEWPORTS } from "../helpers";
import { e2eDatabase, newStaff, signIn } from "./helpers";

/** axe at 320 and 1280 px on the page as it is now. */
async function axeAtBothWidths(page: Page) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoAxeViolations(page);
  }
}

test("a new official: enrolment link → own password → authenticator → signed in; the link works once", async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminStaff = await newStaff("admin");
  await signIn(admin, adminStaff, "es");
  await admin.goto("/es/personal/equipo");
  const email = `nueva.${Date.now()}@example.org`;
  await admin.getByLabel("Nombre completo").fill("Marta Ruiz");
  await admin.getByLabel("Correo institucional").fill(email);
  await admin.locator("#create-stepUp").fill(adminStaff.password);
  await admin.getByRole("button", { name: "Dar acceso" }).click();
  const notice = admin.getByRole("status").filter({ hasText: "enlace de alta" });
  await expect(notice).toContainText(email);
  const link = /https?:\/\/\S+\/es\/personal\/alta\/[\w-]+/.exec((await notice.textContent()) ?? "")?.[0];
  expect(link).toBeDefined();
  const path = new URL(link!).pathname;

  const officialContext = await browser.newContext();
  const official = await officialContext.newPage();
  await official.goto(path);
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Active su cuenta");
  await axeAtBothWidths(official);
  // A common password is refused with the reason; the error state passes axe too.
  await official.getByLabel("Contraseña nueva", { exact: true }).fill("Password2024!!");
  await official.getByLabel("Repita la contraseña nueva").fill("Password2024!!");
  await official.getByRole("button", { name: "Guardar contraseña y continuar" }).click();
  await expect(official.locator("[aria-labelledby=enrol-errors-title]")).toContainText("muy común");
  await axeAtBothWidths(official);
  const password = "la tortuga verde cruza el puente";
  await official.getByLabel("Contraseña nueva", { exact: true }).fill(password);
  await official.getByLabel("Repita la contraseña nueva").fill(password);
  await official.getByRole("button", { name: "Guardar contraseña y continuar" }).click();
  await expect(official).toHaveURL(/\/es\/personal\/entrar\/codigo$/);
  const secret = ((await official.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await axeAtBothWidths(official);
  await official.getByLabel("Código de 6 dígitos").fill(totpCode(secret, totpStep()));
  await official.getByRole("button", { name: "Entrar" }).click();
  await expect(official).toHaveURL(/\/es\/personal\/solicitudes/);

  // Used once: the same link now explains itself and asks for nothing.
  const again = await (await browser.newContext()).newPage();
  await again.goto(path);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Este enlace ya no sirve");
  await expect(again.getByLabel("Contraseña nueva", { exact: true })).toHaveCount(0);

  // The chosen password and the enrolled app sign in again (the next 30-second code).
  await official.getByRole("button", { name: "Cerrar sesión" }).click();
  await signIn(
    official,
    { id: "", email, name: "Marta Ruiz", role: "clerk", password, totpSecret: secret },
    "es",
    false,
    1,
  );
  await Promise.all([adminContext.close(), officialContext.close(), again.context().close()]);
});

test("an official sees and ends their own sessions, and changes their password", async ({ browser }) => {
  const staff = await newStaff("clerk");
  const here = await (await browser.newContext()).newPage();
  const there = await (await browser.newContext()).newPage();
  await signIn(here, staff, "es");
  await signIn(there, staff, "es", false, 1);

  await here.goto("/es/personal/cuenta");
  await expect(here.getByRole("heading", { level: 1 })).toHaveText("Mi cuenta");
  await expect(here.getByTestId("own-session")).toHaveCount(2);
  await expect(here.getByTestId("own-session").filter({ hasText: "Esta sesión (este navegador)" })).toHaveCount(1);
  await axeAtBothWidths(here);
  await here.getByRole("button", { name: "Cerrar todas las demás sesiones" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Se cerró" })).toBeVisible();
  await expect(here.getByTestId("own-session")).toHaveCount(1);
  await there.goto("/es/personal/solicitudes");
  await expect(there).toHaveURL(/\/es\/personal\/entrar$/);

  await here.getByLabel("Contraseña actual").fill("not my password");
  await here.getByLabel("Contraseña nueva", { exact: true }).fill("un río largo y tranquilo");
  await here.getByLabel("Repita la contraseña nueva").fill("un río largo y tranquilo");
  await here.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(here.locator("[aria-labelledby=password-errors-title]")).toContainText(
    "La contraseña actual no es correcta.",
  );
  await axeAtBothWidths(here);
  await here.getByLabel("Contraseña actual").fill(staff.password);
  await here.getByLabel("Contraseña nueva", { exact: true }).fill("un río largo y tranquilo");
  await here.getByLabel("Repita la contraseña nueva").fill("un río largo y tranquilo");
  await here.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Su contraseña cambió" })).toBeVisible();

  // The old password no longer opens anything; the new one reaches the second step.
  await here.getByRole("button", { name: "Cerrar sesión", exact: true }).click();
  await here.getByLabel("Correo institucional").fill(staff.email);
  await here.getByLabel("Contraseña", { exact: true }).fill(staff.password);
  await here.getByRole("button", { name: "Continuar" }).click();
  await expect(here.locator("[aria-labelledby=sign-in-errors-title]")).toContainText("no son correctos");
  await here.getByLabel("Contraseña", { exact: true }).fill("un río largo y tranquilo");
  await here.getByRole("button", { name: "Continuar" }).click();
  await expect(here).toHaveURL(/\/es\/personal\/entrar\/codigo$/);
  await Promise.all([here.context().close(), there.context().close()]);
});

test("an official opens the applicant's filled PDFs from the detail page; an official of another office gets 404", async ({
  browser,
}) => {
  const clerk = await newStaff("clerk");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, clerk, "es");
  await page.goto("/es/personal/solicitudes?status=in_review");
  const first = page.locator("table tbody a").first();
  const number = ((await first.textContent()) ?? "").trim();
  await first.click();
  await expect(page.getByRole("heading", { name: "Documentos de la persona" })).toBeVisible();
  const href = await page.getByRole("link", { name: "Solicitud llena (PDF)" }).getAttribute("href");
  expect(href).toBe(`/es/personal/solicitudes/${number}/solicitud.pdf`);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toBe("private, no-store");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The same official narrowed to no office (not national) no longer reaches it: 404, like an unknown number.
  const db = await e2eDatabase();
  try {
    await db.query("UPDATE staff_user SET national = false WHERE id = $1", [clerk.id]);
  } finally {
    await db.end();
  }
  expect((await page.request.get(href!)).status()).toBe(404);
  await page.goto(`/es/personal/solicitudes/${number}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText(number);
  // Signed out: 401, nothing rendered.
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.request.get(href!)).status()).toBe(401);
  await Promise.all([page.context().close(), anonymous.context().close()]);
});
