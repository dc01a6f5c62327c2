import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../helpers";
import { hashPassword } from "../../../lib/crypto";
import { generateApplicationNumber, generatePassword, paymentReference } from "../../../lib/applications/number";
import { query, signIn } from "../participation/helpers";
import { ADDRESS, PASSPORT, PERSONAL, fillFields, fillToReview, isoDay, pdfText } from "./helpers";

const PHONE = { width: 320, height: 640 };
const STUDENT_CHANGE = "cambio-de-residente-temporal-estudiante-a-residente-temporal";

/** Fills the four steps with the given passport and details answers, checking each page at 320 px. */
async function fillSteps(page: Page, slug: string, passport: Record<string, string>, details: Record<string, string>) {
  await page.goto(`/es/tramites/${slug}/solicitud`);
  await page.getByRole("button", { name: /Comenzar/ }).click();
  const steps = ["datos-personales", "pasaporte", "domicilio", "detalles"];
  for (const [i, values] of [PERSONAL, { ...PASSPORT(), ...passport }, ADDRESS, details].entries()) {
    await expect(page).toHaveURL(new RegExp(`/solicitud/${steps[i]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await fillFields(page, values);
    await page.getByRole("button", { name: "Continuar" }).click();
  }
  await expect(page).toHaveURL(/\/revisar$/);
}

test("a student who changes on another ground, with Mexican documents, gets a list without the job offer and the apostille; the status page gives the authority's term and the applicant's date to hand in documents", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await fillSteps(
    page,
    STUDENT_CHANGE,
    { migrationDocument: "temporary-resident-student" },
    { currentCardExpiry: isoDay(20), route: "otro-supuesto", documentIssued: "domestic", feeChoice: "1" },
  );
  // The new questions and their answers in words on "check your answers".
  const details = page.locator("main");
  await expect(details).toContainText("¿En qué supuesto se basa su trámite?");
  await expect(details).toContainText("otro supuesto del Reglamento");
  await expect(details).toContainText("En México");
  await expect(details).toContainText("Tarjeta de residente temporal estudiante");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page).toHaveURL(/\/confirmacion$/);
  const list = page.getByTestId("person-requirements");
  await expect(list).toContainText("Tarjeta de residente temporal");
  // Left out because the person answered: another ground (no job offer) and documents issued in Mexico.
  await expect(list).not.toContainText("Oferta de empleo");
  await expect(list).not.toContainText("Apostilla");
  await expect(page.getByTestId("person-fees")).toContainText("Residente temporal, 1 año");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  const number = (await page.getByTestId("application-number").textContent())!.trim();
  const password = (await page.getByTestId("application-password").textContent())!.trim();
  const checklist = await pdfText(page.request, `/es/solicitudes/${number}/requisitos.pdf`);
  expect(checklist).not.toContain("Apostilla");
  expect(checklist).not.toContain("Oferta de empleo");

  const reader = await browser.newContext({ viewport: PHONE });
  const status = await reader.newPage();
  await signIn(status, number, password);
  await expect(status.getByTestId("authority-term")).toHaveText(
    "Resuelve: Instituto Nacional de Migración. Plazo: 20 días hábiles, contados a partir de la recepción de la solicitud completa.",
  );
  await expect(status.getByTestId("silence-rule")).toContainText("negativa ficta");
  await expect(status.getByTestId("documents-due")).toHaveCount(0);
  await expectNoAxeViolations(status);

  // The office received the filing on Mon 2 March 2026 and asked for documents on Mon 9 March. Counted by
  // hand: 10 business days from 10 March, skipping 16 March (holiday), end on Tue 24 March 2026.
  const [app] = await query<{ id: number }>("SELECT id FROM application WHERE number = $1", [number]);
  await query(
    `INSERT INTO application_event (application_id, type, at) VALUES ($1, 'received', '2026-03-02T18:00:00Z'), ($1, 'in_review', '2026-03-03T18:00:00Z'), ($1, 'documents_requested', '2026-03-09T18:00:00Z')`,
    [app!.id],
  );
  await query("UPDATE application SET status = 'documents_requested' WHERE id = $1", [app!.id]);
  await status.reload();
  await expect(status.getByTestId("documents-due")).toHaveText("Entréguelos a más tardar el 24 de marzo de 2026.");
  await expect(status.getByRole("region", { name: "Su plazo para entregar los documentos" })).toContainText(
    "La oficina se los pidió el 9 de marzo de 2026. Usted tiene 10 días hábiles",
  );
  await expectNoAxeViolations(status);
  await expectNoSidewaysScroll(status);
  await Promise.all([context.close(), reader.close()]);
});

test("after the INM approves a family-unity visa, the status page names the consulate step and dates the applicant's 30 business days", async ({
  browser,
}) => {
  const number = generateApplicationNumber(2026);
  const password = generatePassword();
  const [app] = await query<{ id: number }>(
    `INSERT INTO application (number, password_hash, procedure_id, locale, status, version, answers, applicant_name, fee_positions, payment_reference)
     SELECT $1, $2, id, 'es', 'approved'::application_status, 3, '{}'::jsonb, 'Ana Prueba', '{}', $3 FROM procedure WHERE slug = 'visa-por-unidad-familiar'
     RETURNING id`,
    [number, await hashPassword(password.replace(/-/g, "")), paymentReference(number)],
  );
  await query(
    `INSERT INTO application_event (application_id, type, at) VALUES ($1, 'submitted', '2026-03-30T18:00:00Z'), ($1, 'received', '2026-03-31T18:00:00Z'), ($1, 'approved', '2026-04-20T18:00:00Z')`,
    [app!.id],
  );
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, number, password);
  const next = page.getByRole("region", { name: "Después de la aprobación" });
  await expect(next).toContainText(
    "Consulado de México: 10 días hábiles a partir de su comparecencia en el consulado.",
  );
  await expect(next).toContainText("Usted: 30 días hábiles a partir de la notificación de la autorización.");
  // Approved Mon 20 April 2026; 30 business days from the 21st, skipping 1 and 5 May, end on Wed 3 June 2026.
  await expect(next).toContainText("Fecha límite: 3 de junio de 2026.");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await context.close();
});

test("a renewal typed two months before the card expires is sent with a warning on the review page", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await fillToReview(page, "es", "renovacion-de-documento-migratorio", {
    currentCardExpiry: isoDay(60),
    documentIssued: "abroad",
    feeChoice: "1",
  });
  await expect(page.getByTestId("window-warning")).toContainText("todavía no puede presentar este trámite");
  await expect(page.locator("main")).toContainText("En otro país");
  await expectNoAxeViolations(page);
  await context.close();
});
