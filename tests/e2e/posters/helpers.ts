import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../../lib/applications/crypto";
import type { StaffRole } from "../../../lib/auth/permissions";
import { generateTotpSecret, totpCode, totpStep } from "../../../lib/auth/totp";

/**
 * Signs a new official of `role` in through the real sign-in pages (password, then the TOTP code).
 * The account is created in the e2e database (E2E_DATABASE_URL, set by `npm test`) with plain SQL:
 * Playwright's loader cannot import the generated Prisma client (ES module).
 */
export async function signInAsStaff(page: Page, role: StaffRole) {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through `npm test -- --only=e2e`.");
  const staff = { email: `${role}-${randomBytes(4).toString("hex")}@example.org`, password: "correct horse battery staple", totpSecret: generateTotpSecret() };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO staff_user (id, email, name, role, password_hash, totp_secret, totp_confirmed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now())`,
      [randomUUID(), staff.email, `E2E ${role}`, role, await hashPassword(staff.password), staff.totpSecret],
    );
  } finally {
    await client.end();
  }
  await page.goto("/es/personal/entrar");
  await page.getByLabel("Correo institucional").fill(staff.email);
  await page.getByLabel("Contraseña").fill(staff.password);
  await page.getByRole("button", { name: "Continuar" }).click();
  await page.getByLabel("Código de 6 dígitos").fill(totpCode(staff.totpSecret, totpStep()));
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page).not.toHaveURL(/\/entrar/);
  return staff;
}

/** Decodes every QR code in an image with zbarimg (zbar-tools), as a phone would. */
export function decodeQr(image: string): string[] {
  return execFileSync("zbarimg", ["--quiet", "--raw", image], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
}

/** Saves downloaded bytes to a temporary file and returns its path. */
export function saveTemp(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-poster-")), name);
  writeFileSync(file, bytes);
  return file;
}

/** Rasterises page 1 of a PDF (pdftoppm, 72 dpi) and returns the PNG path. */
export function rasterise(pdf: string): string {
  const out = pdf.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-r", "72", "-png", "-singlefile", pdf, out]);
  return `${out}.png`;
}
