import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newStaff, signIn } from "../staff/helpers";

/**
 * The whole record, only through the screens: an editor adds a requirement in the back office and submits it, a
 * different person with the publisher role publishes it, and the public sees it on the procedure page, in its
 * history (a sentence computed from the change, not typed) and in the Atom feed of recent changes.
 * The procedure is one no other journey publishes; the guide only checks other requirements of it.
 */
const SLUG = "reposicion-de-documento-migratorio";

test("an editor's change, published by another person, reaches the page, the history and the feed", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const name = `Constancia de pérdida ante autoridad ${randomBytes(3).toString("hex")}`;
  const editor = await newStaff("editor");
  await signIn(page, editor);
  await page.goto(`/es/personal/catalogo/${SLUG}/editar`);
  const requirements = page.getByRole("region", { name: "Requisitos" });
  const count = await requirements.getByRole("group", { name: /^Requisito \d+$/ }).count();
  await page.getByRole("button", { name: "Agregar requisito" }).click();
  await expect(page.locator(`#requirements-${count}-name-es`)).toBeFocused();
  await page.locator(`#requirements-${count}-name-es`).fill(name);
  await page.locator(`#requirements-${count}-name-en`).fill(`Report of loss to an authority`);
  await page.locator(`#requirements-${count}-presentation`).selectOption("copy");
  await page.locator(`#requirements-${count}-sources`).fill("ley-de-migracion");
  await page.locator("#note").fill("Se pide la constancia de la pérdida.");
  await page.getByRole("button", { name: "Enviar a revisión" }).click();
  await expect(page.getByTestId("draft-status")).toHaveText("Enviado a revisión");

  const publisherContext = await browser.newContext();
  const reviewer = await publisherContext.newPage();
  await signIn(reviewer, await newStaff("publisher"));
  await reviewer.goto(`/es/personal/catalogo/${SLUG}/revision`);
  await expect(reviewer.getByTestId("changes")).toHaveText(`Se agregó el requisito «${name}».`);
  await reviewer.getByRole("button", { name: "Publicar esta versión" }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(/^Versión \d+ publicada$/);
  const number = Number((await reviewer.getByRole("heading", { level: 1 }).innerText()).match(/\d+/)![0]);
  await publisherContext.close();

  await page.goto(`/es/tramites/${SLUG}`);
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByText(`(versión ${number})`)).toBeVisible();
  await page.getByRole("link", { name: "Historial de cambios" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/tramites/${SLUG}/historial$`));
  await expect(page.getByText(`Se agregó el requisito «${name}».`)).toBeVisible();
  await expect(page.getByText("Se pide la constancia de la pérdida.")).toBeVisible();

  const feed = await (await request.get("/es/cambios/feed.xml")).text();
  expect(feed).toContain(`/es/tramites/${SLUG}/version/${number}`);
  expect(feed).toContain(`Se agregó el requisito «${name}».`);
});
