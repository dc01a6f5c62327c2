import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { addDays, todayIn } from "../../../lib/applications/dates";
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
export const PERSONAL = VALUES["datos-personales"];
export const PASSPORT = () => validStepValues().pasaporte;
export const ADDRESS = VALUES.domicilio;

/** Downloads a PDF with the page's cookies and returns its text (pdftotext -layout). */
export async function pdfText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-pdf-")), "doc.pdf");
  writeFileSync(file, await response.body());
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, " ");
}
