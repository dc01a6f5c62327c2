import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { query, resolvedApplication, signIn } from "./helpers";

test("after a resolution the status page asks for the survey once; a second tab is told it was already answered", async ({
  page,
  context,
}) => {
  const app = await resolvedApplication("approved");
  await signIn(page, app.number, app.password);
  const survey = page.getByTestId("survey");
  await expect(survey.getByRole("heading", { name: "¿Cómo le fue con su trámite?" })).toBeVisible();
  await expectNoAxeViolations(page);
  const stale = await context.newPage();
  await stale.goto("/es/seguimiento/estado");

  await survey.getByRole("button", { name: "Enviar respuestas" }).click();
  await expect(survey.getByRole("alert")).toContainText("En general, ¿qué tan satisfecho");
  await expectNoAxeViolations(page);

  await survey.getByLabel("4 — Satisfecho").check();
  await survey.getByLabel("No, faltaba algo").check();
  await survey
    .getByRole("group", { name: /no estaba en la lista/ })
    .getByLabel("Sí")
    .check();
  await survey
    .getByLabel("Si le pidieron algo más, ¿qué fue?")
    .fill("Una constancia de trabajo; mi correo es ana@example.org");
  await survey.getByLabel("De 1 a 2 horas").check();
  await survey.getByRole("button", { name: "Enviar respuestas" }).click();
  await expect(page).toHaveURL(/encuesta=enviada/);
  await expect(page.getByTestId("survey").getByRole("status")).toHaveText(
    "Gracias por contestar la encuesta. Sus respuestas ayudan a mejorar la atención.",
  );
  await expectNoAxeViolations(page);

  const stored = await query(
    "SELECT satisfaction, requirements_complete, asked_extra, extra_detail, office_time, outcome FROM satisfaction_survey WHERE application_id = $1",
    [app.id],
  );
  expect(stored).toEqual([
    {
      satisfaction: 4,
      requirements_complete: false,
      asked_extra: true,
      extra_detail: "Una constancia de trabajo; mi correo es [EMAIL]",
      office_time: "1_2h",
      outcome: "approved",
    },
  ]);

  // The other tab still shows the form: sending it again is "already answered", not an error.
  const other = stale.getByTestId("survey");
  await other.getByLabel("1 — Muy insatisfecho").check();
  await other.getByLabel("Sí, estaba completa").check();
  await other
    .getByRole("group", { name: /no estaba en la lista/ })
    .getByLabel("No")
    .check();
  await other.getByLabel("No fui a la oficina").check();
  await other.getByRole("button", { name: "Enviar respuestas" }).click();
  await expect(stale.getByTestId("survey").getByRole("status")).toHaveText(
    "Ya contestó la encuesta de esta solicitud. Gracias.",
  );
  expect(await query("SELECT satisfaction FROM satisfaction_survey WHERE application_id = $1", [app.id])).toEqual([
    { satisfaction: 4 },
  ]);
});

test("without JavaScript: look-up, status page, survey and the language switch work as plain forms and links", async ({
  browser,
}) => {
  const app = await resolvedApplication("denied");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A wrong password first: the answer comes back as a page, with the number kept.
  await page.goto("/es/seguimiento");
  await page.getByLabel("Número de solicitud").fill(app.number);
  await page.getByLabel("Contraseña").fill("AAAA-BBBB-CCCC");
  await page.getByRole("button", { name: "Consultar" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "no son correctos" })).toBeVisible();
  await expect(page.getByLabel("Número de solicitud")).toHaveValue(app.number);
  await signIn(page, app.number, app.password);
  await expect(page.getByTestId("status-number")).toHaveText(app.number);

  const survey = page.getByTestId("survey");
  await survey.getByLabel("2 — Insatisfecho").check();
  await survey.getByLabel("Sí, estaba completa").check();
  await survey
    .getByRole("group", { name: /no estaba en la lista/ })
    .getByLabel("No")
    .check();
  await survey.getByLabel("No fui a la oficina").check();
  await survey.getByRole("button", { name: "Enviar respuestas" }).click();
  await expect(page).toHaveURL(/encuesta=enviada/);
  await expect(page.getByTestId("survey").getByRole("status")).toHaveText(
    "Gracias por contestar la encuesta. Sus respuestas ayudan a mejorar la atención.",
  );
  expect(
    await query("SELECT satisfaction, outcome FROM satisfaction_survey WHERE application_id = $1", [app.id]),
  ).toEqual([{ satisfaction: 2, outcome: "denied" }]);

  // The language switch is a plain link to the same page in English; the session stays.
  await page.locator('a[hreflang="en"]').first().click();
  await expect(page).toHaveURL(/\/en\/seguimiento\/estado/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("status-number")).toHaveText(app.number);
  await context.close();
});

test("the statistics page shows the satisfaction figures, small counts marked rather than zero", async ({ page }) => {
  await page.goto("/en/estadisticas");
  const figures = page.getByTestId("satisfaction-figures");
  await expect(page.getByRole("heading", { level: 2, name: "Satisfaction with procedures" })).toBeVisible();
  await expect(figures.getByRole("heading", { level: 3, name: "Satisfaction survey" })).toBeVisible();
  await expect(figures.locator("[data-suppressed=true]").first()).toHaveText("Fewer than 5 answers");
  await expectNoAxeViolations(page);
});
