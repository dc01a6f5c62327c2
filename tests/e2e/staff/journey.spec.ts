import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { apply, isoDay } from "../applications/helpers";
import { newStaff, signIn } from "./helpers";

async function applicantStatus(page: Page, number: string, password: string) {
  await page.goto("/es/seguimiento");
  await page.getByLabel("Número de solicitud").fill(number);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Consultar" }).click();
  await expect(page).toHaveURL(/\/es\/seguimiento\/estado$/);
}

/** Takes a status step from its form and waits for the page to show the new status. */
async function step(page: Page, title: string, submit: string, status: string) {
  await page.getByRole("form", { name: title }).getByRole("button", { name: submit }).click();
  await expect(page.getByTestId("staff-status")).toHaveText(status);
}

test("applicant sends → clerk requests a document → applicant sees it and the paused clock → supervisor approves → applicant sees approved", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const number = await apply(
    page,
    "es",
    "notificacion-cambio-de-estado-civil",
    { previousValue: "Soltero", newValue: "Casado", changeDate: isoDay(-10) },
    false,
  );
  const password = (await page.getByTestId("application-password").textContent())!.trim();

  const clerkContext = await browser.newContext();
  const clerkPage = await clerkContext.newPage();
  const clerk = await newStaff("clerk");
  // Wrong password first: same message whatever was wrong, the email kept, the password not.
  await clerkPage.goto("/es/personal/entrar");
  await clerkPage.getByLabel("Correo institucional").fill(clerk.email);
  await clerkPage.getByLabel("Contraseña", { exact: true }).fill("not the password");
  await clerkPage.getByRole("button", { name: "Continuar" }).click();
  await expect(clerkPage.getByRole("alert").filter({ hasText: /./ })).toContainText(
    "El correo o la contraseña no son correctos.",
  );
  await expect(clerkPage.getByLabel("Correo institucional")).toHaveValue(clerk.email);
  await expectNoAxeViolations(clerkPage);
  await signIn(clerkPage, clerk, "es", true);
  await expectNoAxeViolations(clerkPage);
  expect((await clerkPage.request.get("/es/personal/solicitudes")).headers()["cache-control"]).toContain("no-store");

  await clerkPage.getByLabel("Número o nombre").fill(number);
  await clerkPage.getByRole("button", { name: "Aplicar filtros" }).click();
  await expect(clerkPage.getByTestId("application-row")).toHaveCount(1);
  await clerkPage.getByRole("link", { name: number }).click();
  await expect(clerkPage.getByTestId("staff-status")).toHaveText("Registrada en línea");
  await expectNoAxeViolations(clerkPage);
  // Clerks cannot decide: no approve step is offered.
  await expect(clerkPage.getByRole("form", { name: "Aprobar" })).toHaveCount(0);

  await step(clerkPage, "Recibir en la oficina", "Marcar como recibida", "Recibida en la oficina");
  await step(clerkPage, "Revisar", "Pasar a revisión", "En revisión");
  await expect(clerkPage.getByTestId("staff-deadline")).toContainText("debe responder a más tardar el");

  // A request for documents must name published requirements: the error keeps the message typed.
  const request = clerkPage.getByRole("form", { name: "Pedir documentos" });
  await request.getByLabel("Mensaje para la persona (opcional)").fill("Traiga el original, por favor.");
  await request.getByRole("button", { name: "Pedir documentos y pausar el plazo" }).click();
  await expect(request.getByRole("alert").filter({ hasText: /./ })).toContainText(
    "Marque al menos un documento de la lista publicada.",
  );
  await expect(request.getByLabel("Mensaje para la persona (opcional)")).toHaveValue("Traiga el original, por favor.");
  await expectNoAxeViolations(clerkPage);
  const firstRequirement = request.getByRole("checkbox").first();
  const requirementName = (
    (await request.locator(`label[for="${await firstRequirement.getAttribute("id")}"]`).textContent()) ?? ""
  )
    .replace(/^\d+\.\s*/, "")
    .trim();
  expect(requirementName.length).toBeGreaterThan(3);
  await firstRequirement.check();
  await request.getByRole("button", { name: "Pedir documentos y pausar el plazo" }).click();
  await expect(clerkPage.getByTestId("staff-status")).toHaveText("Faltan documentos");
  await expect(clerkPage.getByTestId("staff-deadline")).toContainText("En pausa");

  const applicantContext = await browser.newContext();
  const applicant = await applicantContext.newPage();
  await applicantStatus(applicant, number, password);
  await expect(applicant.getByTestId("status-label")).toHaveText("Faltan documentos");
  await expect(applicant.getByTestId("requested-documents")).toContainText(requirementName);
  await expect(applicant.getByTestId("office-message")).toHaveText("Traiga el original, por favor.");
  await expect(applicant.getByTestId("deadline")).toContainText("El plazo está en pausa");
  await expectNoAxeViolations(applicant);

  await step(clerkPage, "Revisar", "Pasar a revisión", "En revisión");
  await clerkPage
    .getByRole("form", { name: "Agregar nota" })
    .getByLabel("Nota (solo la ve el personal)")
    .fill("Documento completo. Propongo aprobar.");
  await clerkPage.getByLabel("Proponer resolución al supervisor").selectOption("approved");
  await clerkPage.getByRole("button", { name: "Guardar nota" }).click();
  await expect(clerkPage.getByTestId("note")).toContainText("Propone aprobar");

  const supervisorContext = await browser.newContext();
  const supervisorPage = await supervisorContext.newPage();
  const supervisor = await newStaff("supervisor");
  await signIn(supervisorPage, supervisor, "en");
  await supervisorPage.goto(`/en/personal/solicitudes/${number}`);
  await expect(supervisorPage.getByTestId("staff-status")).toHaveText("Under review");
  // The catalogue version the application was filed under (lib/catalogue/application-version.ts).
  await expect(supervisorPage.getByTestId("version-notice")).toHaveText(
    /^This application follows version \d+ of the procedure \(in force since .+\)\./,
  );
  await expectNoAxeViolations(supervisorPage);
  await supervisorPage
    .getByRole("form", { name: "Approve" })
    .getByRole("button", { name: "Approve the application" })
    .click();
  await expect(supervisorPage.getByTestId("staff-status")).toHaveText("Approved");
  await expect(supervisorPage.getByTestId("staff-deadline")).toContainText("Resolved within the legal deadline");

  await applicant.reload();
  await expect(applicant.getByTestId("status-label")).toHaveText("Aprobada");
  await expectNoAxeViolations(applicant);

  // The clerk's page is stale: acting on it is refused as a conflict, nothing overwritten.
  await clerkPage.getByRole("form", { name: "Pedir documentos" }).getByRole("checkbox").first().check();
  await clerkPage
    .getByRole("form", { name: "Pedir documentos" })
    .getByRole("button", { name: "Pedir documentos y pausar el plazo" })
    .click();
  await expect(
    clerkPage.getByRole("alert").filter({ hasText: /./ }).filter({ hasText: "Otra persona cambió esta solicitud" }),
  ).toBeVisible();
  await expectNoAxeViolations(clerkPage);

  // Sign-out really ends the session.
  await clerkPage.goto("/es/personal/solicitudes");
  await clerkPage.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(clerkPage).toHaveURL(/\/es\/personal\/entrar\?salida=1$/);
  await clerkPage.goto("/es/personal/solicitudes");
  await expect(clerkPage).toHaveURL(/\/es\/personal\/entrar$/);
  await Promise.all([clerkContext.close(), supervisorContext.close(), applicantContext.close()]);
});

test("each role sees only its sections; dashboard and team pages pass axe in both languages", async ({ browser }) => {
  const clerkContext = await browser.newContext();
  const clerkPage = await clerkContext.newPage();
  await signIn(clerkPage, await newStaff("clerk"), "en");
  await clerkPage.goto("/en/personal/equipo");
  await expect(clerkPage.getByRole("heading", { level: 1 })).toHaveText("You do not have access to that page");
  await expectNoAxeViolations(clerkPage);
  await clerkPage.goto("/en/personal/solicitudes?due=overdue&from=2026-13-40");
  await expect(clerkPage.getByRole("alert").filter({ hasText: /./ })).toContainText(
    "Filters with invalid values were ignored: Submitted from.",
  );
  await expectNoAxeViolations(clerkPage);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminStaff = await newStaff("admin");
  await signIn(admin, adminStaff, "es");
  await expect(admin).toHaveURL(/\/es\/personal\/tablero$/);
  // The headline figure is the share of the counts printed under it, and those include at least the 20
  // applications tests/factories/statistics.ts resolved this month (15 in time). Other journeys resolve more
  // while this runs, so the exact counts are read from the page and checked for consistency.
  const card = (await admin.getByTestId("in-time-total").innerText()).replace(/\u00a0/g, " ");
  const [, shown] = /(\d+(?:\.\d)?) ?%/.exec(card) ?? [];
  const [, inTime, resolved] = /([\d,]+) de ([\d,]+) resoluciones/.exec(card) ?? [];
  const [hits, total] = [Number(inTime?.replace(/,/g, "")), Number(resolved?.replace(/,/g, ""))];
  expect(total, card).toBeGreaterThanOrEqual(20);
  expect(hits, card).toBeGreaterThanOrEqual(15);
  expect(Number(shown), card).toBe(Math.round((hits / total) * 1000) / 10);
  await expect(admin.getByTestId("sample-warning")).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.goto("/en/personal/tablero?meses=24");
  await expectNoAxeViolations(admin);
  await admin.goto("/es/personal/solicitudes");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("No tiene permiso para esa página");
  await admin.goto("/es/personal/equipo");
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Nombre completo").fill("Rosa Méndez");
  await admin.getByLabel("Correo institucional").fill(`rosa.${Date.now()}@example.org`);
  await admin.locator("#create-stepUp").fill(adminStaff.password);
  await admin.getByRole("button", { name: "Dar acceso" }).click();
  // A one-time enrolment link, never a password.
  await expect(admin.getByRole("status").filter({ hasText: "enlace de alta" })).toContainText("/es/personal/alta/");
  await admin.getByRole("button", { name: "Dar acceso" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: /./ })).toContainText("Este dato es obligatorio");
  await expectNoAxeViolations(admin);
  await Promise.all([clerkContext.close(), adminContext.close()]);
});
