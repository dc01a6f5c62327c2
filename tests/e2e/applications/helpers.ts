import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../helpers";
import { addDays, todayIn } from "../../../lib/dates";
import { validStepValues } from "../../factories/answers";

/** A date relative to today in Mexico City, as the form's date fields take it. */
export function isoDay(offsetDays: number): string {
  return addDays(todayIn(), offsetDays);
}

/** Fills the fields of the current step: text by id, radios and selects by value. */
export async function fillFields(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const radio = page.locator(`input[type=radio][name="${name}"][value="${value}"]`);
    if (await radio.count()) {
      await radio.check();
      continue;
    }
    const field = page.locator(`#${name}`);
    const tag = await field.evaluate((el) => el.tagName.toLowerCase());
    if (tag === "select") await field.selectOption(value);
    else await field.fill(value);
  }
}

const VALUES = validStepValues();
export const PERSONAL = VALUES.personal;
export const PASSPORT = () => validStepValues().passport;
export const ADDRESS = VALUES.address;

/** Downloads a PDF with the page's cookies and returns its text (pdftotext -layout). */
export async function pdfText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  // An applicant's own documents (/solicitudes/…) hold personal data: no cache may keep them. The
  // catalogue's checklist (requisitos.pdf) is the same for everyone: public.
  if (new URL(url, "http://localhost").pathname.includes("/solicitudes/"))
    expect(response.headers()["cache-control"], url).toBe("private, no-store");
  else expect(response.headers()["cache-control"], url).toMatch(/^public\b/);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-pdf-")), "doc.pdf");
  writeFileSync(file, await response.body());
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, " ");
}

async function continueStep(page: Page, label: string | RegExp) {
  await page.getByRole("button", { name: label }).click();
}

const TEXTS = {
  es: { apply: /Llenar la solicitud en línea/, start: /Comenzar/, next: "Continuar", send: "Enviar solicitud" },
  en: { apply: /Fill in the application online/, start: /Start now/, next: "Continue", send: "Send application" },
} as const;

/** Goes from the procedure page to "check your answers", checking accessibility on every step. */
export async function fillToReview(
  page: Page,
  locale: "es" | "en",
  slug: string,
  details: Record<string, string>,
  axe = true,
) {
  const t = TEXTS[locale];
  await page.goto(`/${locale}/tramites/${slug}`);
  await page.getByRole("link", { name: t.apply }).click();
  await expect(page).toHaveURL(new RegExp(`/tramites/${slug}/solicitud$`));
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: t.start }).click();
  const steps = ["datos-personales", "pasaporte", "domicilio", "detalles"];
  for (const [i, values] of [PERSONAL, PASSPORT(), ADDRESS, details].entries()) {
    // Wait for the step's own URL: the previous page's heading is still visible while it navigates.
    await expect(page).toHaveURL(new RegExp(`/solicitud/${steps[i]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (axe) await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await fillFields(page, values);
    await continueStep(page, t.next);
  }
  await expect(page).toHaveURL(/\/revisar$/);
  if (axe) await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
}

/** Goes from the procedure page to the confirmation (the suggested office kept), checking accessibility on every step. */
export async function apply(
  page: Page,
  locale: "es" | "en",
  slug: string,
  details: Record<string, string>,
  axe = true,
) {
  const t = TEXTS[locale];
  await fillToReview(page, locale, slug, details, axe);
  await page.getByRole("button", { name: t.send }).click();
  await expect(page).toHaveURL(/\/confirmacion$/);
  if (axe) await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  const number = (await page.getByTestId("application-number").textContent())!.trim();
  expect(number).toMatch(/^\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  await expect(page.getByTestId("application-password")).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return number;
}
