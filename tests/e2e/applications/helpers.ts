import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
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

export const PERSONAL = {
  givenNames: "José Ángel",
  firstSurname: "Muñoz",
  secondSurname: "Peña",
  sex: "M",
  birthDate: "1990-05-17",
  birthCountry: "GT",
  nationality: "GT",
};
export const PASSPORT = () => ({ passportNumber: "G12345678", passportCountry: "GT", passportExpiry: isoDay(800), migrationDocument: "temporary-resident", migrationDocumentNumber: "RT123456" });
export const ADDRESS = { state: "JC", municipality: "Guadalajara", postalCode: "44100", neighborhood: "Centro", street: "Av. Juárez 123", email: "jose@example.org", phone: "33 1234 5678" };

/** Downloads a PDF with the page's cookies and returns its text (pdftotext -layout). */
export async function pdfText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-pdf-")), "doc.pdf");
  writeFileSync(file, await response.body());
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, " ");
}
