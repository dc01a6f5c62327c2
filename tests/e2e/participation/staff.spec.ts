import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { newStaff, signIn } from "../staff/helpers";
import { query, resolvedApplication, textMarker } from "./helpers";

/** A flagged survey answer and a page comment, each carrying its own marker. */
async function seedFeedback() {
  const flag = textMarker();
  const comment = textMarker();
  const app = await resolvedApplication("approved");
  await query(
    `INSERT INTO satisfaction_survey (application_id, procedure_id, outcome, month, satisfaction, requirements_complete, asked_extra, extra_detail, office_time)
     SELECT id, procedure_id, 'approved', date_trunc('month', now())::date, 2, false, true, $2, '2_4h' FROM application WHERE id = $1`,
    [app.id, `Me pidieron una carta del patrón ${flag}`],
  );
  await query(
    `INSERT INTO page_feedback (path, locale, useful, comment, day) VALUES ('/tramites', 'es', false, $1, current_date)`,
    [`No encontré el horario ${comment}`],
  );
  // A "not useful" answer on a result of the guide: staff read it per result.
  await query(
    `INSERT INTO page_feedback (path, locale, useful, day) VALUES ('/guia/resultado/refugio', 'es', false, current_date)`,
  );
  return { flag, comment };
}

test("staff see figures, flags and comments; clerks read and export, supervisors mark handled with a note", async ({
  browser,
  request,
}) => {
  const { flag, comment } = await seedFeedback();

  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await signIn(clerk, await newStaff("clerk"));
  await clerk.getByRole("link", { name: "Participación" }).click();
  await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("Participación: opiniones y encuestas");
  await expect(clerk.getByTestId("staff-satisfied")).toContainText("Meta 80 %");
  const flagged = clerk.getByTestId("survey-answer").filter({ hasText: flag });
  await expect(flagged).toContainText("Abierto");
  await expect(flagged.getByRole("button", { name: "Marcar como atendido" })).toHaveCount(0);
  await expect(clerk.getByTestId("page-comment").filter({ hasText: comment })).toBeVisible();
  await expect(
    clerk.getByTestId("guide-figures").getByRole("rowheader", { name: "Asilo y refugio: la COMAR le puede ayudar" }),
  ).toBeVisible();
  await expectNoAxeViolations(clerk);
  const csv = await clerk.request.get("/es/personal/participacion/datos/comentarios.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["cache-control"]).toContain("no-store");
  const body = await csv.text();
  expect(body).toContain(flag);
  expect(body).toContain(comment);
  expect(body.split("\r\n")[0]).toBe(
    "\uFEFFsource,id,period,procedure,office,page,locale,useful,satisfaction,requirements_complete,asked_extra,extra_detail,comment,handled_at,handled_by,handled_note",
  );
  await clerkContext.close();

  const context = await browser.newContext();
  const supervisor = await context.newPage();
  const official = await newStaff("supervisor");
  await signIn(supervisor, official);
  await supervisor.goto("/es/personal/participacion");
  const item = supervisor.getByTestId("survey-answer").filter({ hasText: flag });
  await item.getByRole("button", { name: "Marcar como atendido" }).click();
  await expect(item.getByRole("alert")).toContainText("Escriba qué se hizo");
  await expectNoAxeViolations(supervisor);
  await item.getByLabel("Qué se hizo").fill("Se habló con la ventanilla: la carta del patrón no se pide.");
  await item.getByRole("button", { name: "Marcar como atendido" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "Marcado como atendido." })).toBeVisible();
  const handled = supervisor.getByTestId("survey-answer").filter({ hasText: flag });
  await expect(handled).toContainText(`Atendido por ${official.name}`);
  await expect(handled).toContainText("la carta del patrón no se pide");
  await expectNoAxeViolations(supervisor);
  const audit = await query<{ action: string }>(
    `SELECT a.action FROM audit_log a JOIN satisfaction_survey s ON a.entity_id = s.id::text WHERE a.entity = 'satisfaction_survey' AND s.extra_detail LIKE $1`,
    [`%${flag}`],
  );
  expect(audit).toEqual([{ action: "satisfaction_survey.handled" }]);
  await context.close();

  expect((await request.get("/es/personal/participacion/datos/encuestas.csv")).status()).toBe(401);
});
