import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, VIEWPORTS } from "../helpers";
import { ADDRESS, PASSPORT, PERSONAL, fillFields, isoDay } from "../applications/helpers";

/**
 * The guide's "start the request" button: the form opens with what the guide already knows filled in, each step
 * still shown, checked and sent by the person.
 */
const STUDENT_CHANGE = "cambio-de-residente-temporal-estudiante-a-residente-temporal";
const RENEWAL = "renovacion-de-documento-migratorio";
const NOTE = "Llenamos con lo que respondió en la guía; revíselo.";
const PHONE = VIEWPORTS[0];

/** Answers one question of the guide (a radio group named after the question) and goes on. */
async function answer(page: Page, question: string, option: string) {
  await page.locator(`input[type=radio][name="${question}"][value="${option}"]`).check();
  const before = page.url();
  await page.getByRole("button", { name: "Continuar" }).click();
  await page.waitForURL((url) => url.href !== before);
}

/** Presses "Continuar" on a step of the form and waits for the next step's address. */
async function continueTo(page: Page, step: string) {
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page).toHaveURL(new RegExp(`/solicitud/${step}(\\?|$)`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The common passport values the guide does not know (the document's type is what it proposes). */
function passportWithoutType() {
  const { migrationDocument: _type, ...rest } = PASSPORT();
  return rest;
}

test("a student with a job offer: the guide's answers select the current card and the route; the person checks and sends every step", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/es/guia/preguntas");
  await answer(page, "donde", "mexico");
  await answer(page, "situacion", "estudiante");
  await answer(page, "motivo-estudiante", "terminar-oferta");
  await expect(page).toHaveURL(/\/es\/guia\/resultado\/rte-a-rt-oferta\?/);

  await page.getByRole("link", { name: /Empezar la solicitud/ }).click();
  await expect(page).toHaveURL(new RegExp(`/tramites/${STUDENT_CHANGE}/solicitud\\?guia=`));
  await expect(page.getByTestId("prefill-start")).toContainText("Con lo que respondió en la guía");
  await page.getByRole("button", { name: /Comenzar/ }).click();

  // Personal data: the guide knows none of it, so no note and nothing filled.
  await expect(page).toHaveURL(/\/solicitud\/datos-personales$/);
  await expect(page.getByTestId("prefill-note")).toHaveCount(0);
  await expect(page.locator("#givenNames")).toHaveValue("");
  await fillFields(page, PERSONAL);
  await continueTo(page, "pasaporte");

  // The current card comes from "I am a student": selected, with the note, and the page passes axe at 320 px.
  await expect(page.getByTestId("prefill-note")).toHaveText(NOTE);
  await expect(page.locator('input[name="migrationDocument"][value="temporary-resident-student"]')).toBeChecked();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await fillFields(page, passportWithoutType());
  await continueTo(page, "domicilio");
  await expect(page.getByTestId("prefill-note")).toHaveCount(0);
  await fillFields(page, ADDRESS);
  await continueTo(page, "detalles");

  // The route comes from "I finish my studies and have a job offer".
  await expect(page.getByTestId("prefill-note")).toHaveText(NOTE);
  await expect(page.locator('input[name="route"][value="oferta-de-empleo"]')).toBeChecked();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await fillFields(page, { currentCardExpiry: isoDay(20), documentIssued: "domestic", feeChoice: "1" });
  await continueTo(page, "revisar");

  const review = page.locator("main");
  await expect(review).toContainText("Tarjeta de residente temporal estudiante");
  await expect(review).toContainText("oferta de empleo");
  // A step the person saved shows their answer, no longer the note.
  await page.goto(`/es/tramites/${STUDENT_CHANGE}/solicitud/pasaporte?revisar=1`);
  await expect(page.getByTestId("prefill-note")).toHaveCount(0);
  await expect(page.locator('input[name="migrationDocument"][value="temporary-resident-student"]')).toBeChecked();
  await page.goto(`/es/tramites/${STUDENT_CHANGE}/solicitud/revisar`);
  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page).toHaveURL(/\/confirmacion$/);
  await expect(page.getByTestId("application-number")).toHaveText(/^\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  await context.close();
});

test("without JavaScript, a card's expiry given in the guide fills the renewal's date, and the person can change the card type", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const expiry = isoDay(25);
  const answers = { donde: "mexico", situacion: "residente-temporal", "motivo-residente-temporal": "vence" };
  await page.goto(`/es/guia/resultado/renovacion?${new URLSearchParams({ ...answers, vencimiento: expiry })}`);
  await page.getByRole("link", { name: /Empezar la solicitud/ }).click();
  await expect(page).toHaveURL(new RegExp(`/tramites/${RENEWAL}/solicitud\\?guia=`));
  await page.getByRole("button", { name: /Comenzar/ }).click();
  await expect(page).toHaveURL(/\/solicitud\/datos-personales$/);
  await fillFields(page, PERSONAL);
  await continueTo(page, "pasaporte");

  await expect(page.getByTestId("prefill-note")).toHaveText(NOTE);
  await expect(page.locator('input[name="migrationDocument"][value="temporary-resident"]')).toBeChecked();
  // The proposal is only an initial value: the person's own choice is what is saved.
  await fillFields(page, { ...passportWithoutType(), migrationDocument: "permanent-resident" });
  await continueTo(page, "domicilio");
  await fillFields(page, ADDRESS);
  await continueTo(page, "detalles");

  await expect(page.getByTestId("prefill-note")).toHaveText(NOTE);
  await expect(page.locator("#currentCardExpiry")).toHaveValue(expiry);
  await fillFields(page, { feeChoice: "1" });
  await continueTo(page, "revisar");
  await expect(page.locator("main")).toContainText("Tarjeta de residente permanente");
  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page).toHaveURL(/\/confirmacion$/);
  await context.close();
});
