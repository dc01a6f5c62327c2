import { expect, test, type Page } from "@playwright/test";
import { ADDRESS, isoDay, PASSPORT, PERSONAL } from "./helpers";

/**
 * A request form completed with the keyboard alone: Tab to move, typing, Space and arrow keys for radios,
 * arrow keys for selects, Enter for links and buttons, and Enter on the error summary's link to reach the
 * field. No click, no fill(): if a control cannot be reached or operated by keyboard, this test cannot finish.
 */

// Date fields are typed in the browser's own segment order: en-US is month/day/year.
test.use({ locale: "en-US" });

const MAX_TABS = 80;

type Target = { field?: string; text?: string; summaryLink?: boolean };

/** Presses Tab until the focused element is the target; fails if it never gets focus. */
async function tabTo(page: Page, target: Target) {
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press("Tab");
    const reached = await page.evaluate(({ field, text, summaryLink }) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return false;
      if (field) return el.id === field || el.name === field;
      if (summaryLink)
        return el.tagName === "A" && !!el.closest("[role=alert]") && (el.getAttribute("href") ?? "").startsWith("#");
      return (
        (el.tagName === "BUTTON" || el.tagName === "A") &&
        (el.textContent ?? "").replace(/\s+/g, " ").trim().startsWith(text!)
      );
    }, target);
    if (reached) return;
  }
  throw new Error(`${JSON.stringify(target)} never got keyboard focus after ${MAX_TABS} Tab presses on ${page.url()}`);
}

/** Tabs to the control for `name` and sets `value` the way a keyboard user would. */
async function enter(page: Page, name: string, value: string) {
  await tabTo(page, { field: name });
  const focused = await page.evaluate(() => ({
    tag: document.activeElement!.tagName.toLowerCase(),
    type: (document.activeElement as HTMLInputElement).type,
  }));
  const field = page.locator(`#${name}`);
  if (focused.type === "radio") {
    // A group is one Tab stop; Space checks the focused radio, arrows move and check.
    const wanted = page.locator(`input[name="${name}"][value="${value}"]`);
    await page.keyboard.press("Space");
    for (let i = 0; i < 20 && !(await wanted.isChecked()); i += 1) await page.keyboard.press("ArrowDown");
    await expect(wanted).toBeChecked();
  } else if (focused.tag === "select") {
    await page.keyboard.press("Home");
    for (let i = 0; i < 300 && (await field.inputValue()) !== value; i += 1) await page.keyboard.press("ArrowDown");
    await expect(field).toHaveValue(value);
  } else if (focused.type === "date") {
    const [y, m, d] = value.split("-");
    await page.keyboard.type(`${m}${d}${y}`);
    await expect(field).toHaveValue(value);
  } else {
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(value);
    await expect(field).toHaveValue(value);
  }
}

/** Tabs to the button or link whose text starts with `text` and presses Enter. */
async function activate(page: Page, text: string) {
  await tabTo(page, { text });
  await page.keyboard.press("Enter");
}

test("a keyboard-only applicant completes a request form, reaching a missed field from the error summary with Enter", async ({
  page,
}) => {
  await page.goto("/es/tramites/notificacion-cambio-de-estado-civil");
  await activate(page, "Llenar la solicitud en línea");
  await expect(page).toHaveURL(/\/solicitud$/);
  await activate(page, "Comenzar");
  await expect(page).toHaveURL(/\/solicitud\/datos-personales$/);

  // Sent empty: focus goes to the error summary; Enter on its first link lands in that field.
  await activate(page, "Continuar");
  const summary = page.getByRole("alert").filter({ hasText: /./ }).first();
  await expect(summary).toBeVisible();
  await tabTo(page, { summaryLink: true });
  const target = await page.evaluate(() => document.activeElement!.getAttribute("href")!.slice(1));
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
  // Back to the top of the page, so the Tab walk below starts before the first field.
  await page.keyboard.press("Shift+Tab");

  const steps: [string, Record<string, string>][] = [
    ["datos-personales", PERSONAL],
    ["pasaporte", PASSPORT()],
    ["domicilio", ADDRESS],
    ["detalles", { previousValue: "Soltero", newValue: "Casado", changeDate: isoDay(-5) }],
  ];
  for (const [step, values] of steps) {
    await expect(page).toHaveURL(new RegExp(`/solicitud/${step}(#\\w+)?$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const [name, value] of Object.entries(values)) if (value !== "") await enter(page, name, value);
    await activate(page, "Continuar");
  }
  await expect(page).toHaveURL(/\/revisar$/);
  await activate(page, "Enviar solicitud");
  await expect(page).toHaveURL(/\/confirmacion$/);
  await expect(page.getByTestId("application-number")).toHaveText(/^\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
});
