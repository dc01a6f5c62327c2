import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { expectNoAxeViolationsWithoutJs, query, textMarker } from "./helpers";

const PAGE = "/es/tramites/renovacion-de-documento-migratorio";

test("with JavaScript: 'No' is answered in place, then the comment is added with personal data removed", async ({
  page,
}) => {
  await page.goto(PAGE);
  const box = page.getByTestId("page-feedback");
  await expect(box.getByRole("heading", { name: "¿Le fue útil esta página?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await box.getByRole("button", { name: "No" }).click();
  await expect(box.getByRole("heading", { name: "Gracias por su respuesta." })).toBeFocused();
  expect(page.url()).toContain(PAGE);
  await expectNoAxeViolations(page);

  await box.getByRole("button", { name: "Enviar comentario" }).click();
  await expect(box.getByRole("alert")).toContainText("Escriba su comentario");
  await expectNoAxeViolations(page);

  const marker = textMarker();
  await box
    .getByLabel("¿Qué información le faltó?")
    .fill(`${marker} No dice el horario. Mi correo es ana.lopez@example.org y mi cel 55 1234 5678`);
  await box.getByRole("button", { name: "Enviar comentario" }).click();
  await expect(box.getByRole("status")).toHaveText("Gracias. El personal de la institución lee cada comentario.");
  await expectNoAxeViolations(page);

  const [row] = await query<{ path: string; locale: string; useful: boolean; comment: string }>(
    "SELECT path, locale, useful, comment FROM page_feedback WHERE comment LIKE $1",
    [`${marker}%`],
  );
  expect(row).toEqual({
    path: "/tramites/renovacion-de-documento-migratorio",
    locale: "es",
    useful: false,
    comment: `${marker} No dice el horario. Mi correo es [EMAIL] y mi cel [PHONE]`,
  });
});

test("without JavaScript: the answer is a plain POST and the comment page, its error and its thanks work on their own", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/tramites");
  await page.getByTestId("page-feedback").getByRole("button", { name: "Yes" }).click();
  await expect(page).toHaveURL(/\/en\/opinion\?ref=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your answer.");
  await expect(page.getByTestId("page-feedback")).toHaveCount(0);
  await expectNoAxeViolationsWithoutJs(page);

  await page.getByLabel("Anything we could improve?").fill("   ");
  await page.getByRole("button", { name: "Send comment" }).click();
  await expect(page.getByRole("alert")).toContainText("Write your comment");
  await expectNoAxeViolationsWithoutJs(page);

  const marker = textMarker();
  await page.getByLabel("Anything we could improve?").fill(`${marker} passport G12345678 please`);
  await page.getByRole("button", { name: "Send comment" }).click();
  await expect(page.getByRole("status")).toHaveText("Thank you. The institution's staff read every comment.");
  await expectNoAxeViolationsWithoutJs(page);
  await page.getByRole("link", { name: "Back to the page" }).click();
  await expect(page).toHaveURL(/\/en\/tramites$/);

  const [row] = await query<{ path: string; useful: boolean; comment: string }>(
    "SELECT path, useful, comment FROM page_feedback WHERE comment LIKE $1",
    [`${marker}%`],
  );
  expect(row).toEqual({ path: "/tramites", useful: true, comment: `${marker} passport [ID] please` });

  // The states a person can meet when the answer is not recorded.
  await page.goto("/en/opinion?error=limite&minutos=12");
  await expect(page.getByRole("alert")).toHaveText(
    "We received many answers from your connection. Try again in 12 minutes.",
  );
  await expectNoAxeViolationsWithoutJs(page);
  await context.close();
});

test("answers from another site, unknown pages and honeypot bots are not stored", async ({ request, baseURL }) => {
  // Other tests vote at the same time: count only the pages this test posts about, which no other test uses.
  const pages = [
    "/tramites/constancia-de-inscripcion-de-empleador",
    "/tramites/tarjeta-de-visitante-regional",
    "/no-existe",
  ];
  const stored = async () =>
    (await query<{ n: number }>("SELECT count(*)::int AS n FROM page_feedback WHERE path = ANY($1)", [pages]))[0]!.n;
  const before = await stored();
  const foreign = await request.post("/es/opinion/enviar", {
    headers: { origin: "http://evil.example", accept: "application/json" },
    form: { path: `/es${pages[0]}`, useful: "yes" },
  });
  expect(foreign.status()).toBe(403);
  const unknown = await request.post("/es/opinion/enviar", {
    headers: { origin: baseURL!, accept: "application/json" },
    form: { path: `/es${pages[2]}`, useful: "yes" },
  });
  expect(unknown.status()).toBe(422);
  const bot = await request.post("/es/opinion/enviar", {
    headers: { origin: baseURL!, accept: "application/json" },
    form: { path: `/es${pages[1]}`, useful: "yes", website: "http://spam.example" },
  });
  expect(bot.status()).toBe(200);
  expect(await stored()).toBe(before);
});
