import { expect, test, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../../../lib/auth/totp";
import type { TestStaff } from "../../factories/staff";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../helpers";
import { newStaff } from "../staff/helpers";

// A procedure no other journey edits (the guide only reads its public page): the draft left behind disturbs none.
const SLUG = "notificacion-cambio-de-nombre";
const EDITOR = `/es/personal/catalogo/${SLUG}/editar`;

/** Signs an editor in (password, then the TOTP code); editors have no applications list to land on. */
async function signInEditor(page: Page, staff: TestStaff) {
  await page.goto("/es/personal/entrar");
  await page.getByLabel("Correo institucional").fill(staff.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(staff.password);
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page).toHaveURL(/\/es\/personal\/entrar\/codigo$/);
  await page.getByLabel("Código de 6 dígitos").fill(totpCode(staff.totpSecret, totpStep()));
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).not.toHaveURL(/\/entrar/);
}

/** Presses Tab until `target` has focus (at most `max` times): how a keyboard user reaches a control. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

const revisionOf = (page: Page) => page.locator('input[name="revision"]').inputValue();

test("an editor edits, adds and reorders requirements with the keyboard, autosaves, meets a conflict and submits", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const editor = await newStaff("editor");
  await signInEditor(page, editor);
  await page.goto(EDITOR);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Editar:");
  const requirements = page.getByRole("region", { name: "Requisitos" });
  const count = await requirements.getByRole("group", { name: /^Requisito \d+$/ }).count();
  expect(count).toBeGreaterThan(1);

  // Axe at both widths, and no sideways scrolling on a phone.
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A second editor has the same draft open (read at the current revision).
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInEditor(other, await newStaff("editor"));
  await other.goto(EDITOR);
  await expect(other.getByTestId("autosave-status")).toContainText("Guardado:");

  // Keyboard only: reach the first requirement's Spanish name and retype it; the autosave stores it.
  const firstName = page.locator("#requirements-0-name-es");
  await page.locator("#requirements").focus();
  await tabTo(page, firstName);
  const before = Number(await revisionOf(page));
  await page.keyboard.press("End");
  await page.keyboard.type(" (vigente)");
  await expect(page.getByTestId("autosave-status")).toContainText("Guardado:");
  await expect.poll(async () => Number(await revisionOf(page)), { timeout: 20_000 }).toBe(before + 1);
  const renamed = await firstName.inputValue();
  expect(renamed.endsWith(" (vigente)")).toBe(true);

  // Add a requirement with the keyboard: the new row's first field takes focus.
  await tabTo(page, page.getByRole("button", { name: "Agregar requisito" }), 400);
  await page.keyboard.press("Enter");
  const added = page.locator(`#requirements-${count}-name-es`);
  await expect(added).toBeFocused();
  await expect(page.locator("#requirements-0-name-es")).toHaveValue(renamed);
  await page.keyboard.type("Constancia de empleo");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Proof of employment");

  // Move it up one place with the keyboard (Space on the button): focus follows the row.
  await tabTo(page, page.getByRole("button", { name: `Subir requisito ${count + 1}` }));
  await page.keyboard.press("Space");
  const moved = page.locator(`#requirements-${count - 1}-name-es`);
  await expect(moved).toBeFocused();
  await expect(moved).toHaveValue("Constancia de empleo");
  await expect(page.locator(`#requirements-${count - 1}-name-en`)).toHaveValue("Proof of employment");

  // The second editor's page is now stale: their change is refused, said plainly, and kept on their screen.
  const otherTitle = other.locator("#title-es");
  await otherTitle.fill("Título cambiado por otra persona");
  await expect(other.getByTestId("autosave-status")).toContainText("guardó este borrador el", { timeout: 20_000 });
  await expect(other.getByTestId("autosave-status")).toContainText("Sus cambios no se guardaron");
  await expect(otherTitle).toHaveValue("Título cambiado por otra persona");
  await otherContext.close();

  // Submit with the change note but the new requirement incomplete: summary at the top, message at the field.
  await page.locator("#note").focus();
  await page.keyboard.type("Se pide la constancia de empleo.");
  await tabTo(page, page.getByRole("button", { name: "Enviar a revisión" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: /./ });
  await expect(summary).toBeVisible();
  const presentation = page.locator(`#requirements-${count - 1}-presentation`);
  await expect(summary.locator(`a[href="#requirements-${count - 1}-presentation"]`)).toHaveText(
    "Elija una de las opciones",
  );
  await expect(presentation).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#requirements-${count - 1}-presentation-error`)).toHaveText("Elija una de las opciones");
  await expectNoAxeViolations(page);

  // Fix it with the keyboard and submit again.
  await presentation.focus();
  await page.keyboard.press("ArrowDown");
  await expect(presentation).toHaveValue("original");
  await page.locator(`#requirements-${count - 1}-sources`).focus();
  await page.keyboard.type("ley-de-migracion");
  await tabTo(page, page.getByRole("button", { name: "Enviar a revisión" }), 400);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("draft-status")).toHaveText("Enviado a revisión");
  await expect(page.getByRole("button", { name: "Retirar de revisión" })).toBeVisible();
  await expect(page.locator(`#requirements-${count - 1}-name-es`)).toHaveValue("Constancia de empleo");
  await expectNoAxeViolations(page);

  // Taken back from review, it can be edited again; discarding asks for a confirmation first.
  await tabTo(page, page.getByRole("button", { name: "Retirar de revisión" }), 400);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("draft-status")).toHaveText("En edición");
  await page.getByText("Descartar borrador", { exact: true }).first().press("Enter");
  await page.getByRole("button", { name: "Descartar borrador" }).press("Enter");
  await expect(page.locator("#confirm-error")).toHaveText(
    "Marque la casilla para confirmar que quiere descartar el borrador.",
  );
  await page.locator("#confirm").press("Space");
  await page.getByRole("button", { name: "Descartar borrador" }).press("Enter");
  await expect(page).toHaveURL(/\/es\/personal\/catalogo\?descartado=1$/);
});

test("without JavaScript the editor still adds, saves and removes rows, focus landing on the row or the list", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInEditor(page, await newStaff("editor"));
  const url = "/es/personal/catalogo/notificacion-cambio-de-nacionalidad/editar";
  await page.goto(url);
  const steps = await page.getByRole("group", { name: /^Paso \d+$/ }).count();
  expect(steps).toBeGreaterThan(2);

  await page.getByRole("button", { name: "Agregar paso" }).click();
  const added = page.locator(`#steps-${steps}-title-es`);
  await expect(added).toBeFocused();
  await page.keyboard.type("Recoja su tarjeta");
  await page.getByRole("button", { name: "Guardar borrador" }).first().click();
  await expect(page.getByTestId("autosave-status")).toContainText("Guardado:");
  await page.goto(url);
  await expect(page.locator(`#steps-${steps}-title-es`)).toHaveValue("Recoja su tarjeta");

  await page.getByRole("button", { name: `Quitar paso ${steps + 1}` }).click();
  await expect(page.getByRole("heading", { name: "Pasos", level: 2 })).toBeFocused();
  await expect(page.getByRole("group", { name: /^Paso \d+$/ })).toHaveCount(steps);
  await context.close();
});
