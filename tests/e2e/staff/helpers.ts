import { randomBytes, randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../../lib/crypto";
import type { StaffRole } from "../../../lib/auth/permissions";
import { generateTotpSecret, totpCode, totpStep } from "../../../lib/auth/totp";
import { encryptTotpSecret } from "../../../lib/auth/totp-crypto";
import type { TestStaff } from "../../factories/staff";
import { expectNoAxeViolations } from "../helpers";

const PASSWORD = "correct horse battery staple";
const passwordHash = hashPassword(PASSWORD);

/** A connection to the portal's own database: npm test passes its URL as E2E_DATABASE_URL. */
export async function e2eDatabase(): Promise<pg.Client> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run staff journeys through `npm test`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * A new official (enrolled second factor, known password; national, so every office) in the portal's
 * own database. Plain SQL: Playwright's loader cannot import the generated Prisma client. The TOTP
 * secret is encrypted with the key npm test gives the server (TOTP_ENCRYPTION_KEY).
 */
export async function newStaff(role: StaffRole): Promise<TestStaff> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run staff journeys through `npm test`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const staff = {
      id: randomUUID(),
      email: `${role}-${randomBytes(4).toString("hex")}@example.org`,
      name: `E2E ${role}`,
      role,
      password: PASSWORD,
      totpSecret: generateTotpSecret(),
    };
    await client.query(
      `INSERT INTO staff_user (id, email, name, role, password_hash, totp_secret, totp_confirmed_at, national, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now(), true, now())`,
      [staff.id, staff.email, staff.name, role, await passwordHash, encryptTotpSecret(staff.totpSecret, staff.id)],
    );
    return staff;
  } finally {
    await client.end();
  }
}

const TEXT = {
  es: {
    email: "Correo institucional",
    password: "Contraseña",
    next: "Continuar",
    code: "Código de 6 dígitos",
    enter: "Entrar",
  },
  en: { email: "Work email", password: "Password", next: "Continue", code: "6-digit code", enter: "Sign in" },
} as const;

/**
 * Signs in through the pages (password, then the TOTP code), optionally checking both pages with axe.
 * Each code works once per account: a second sign-in of the same official within 30 s passes
 * `stepOffset: 1` (the next step's code, inside the ±30 s window the server accepts).
 */
export async function signIn(page: Page, staff: TestStaff, locale: "es" | "en" = "es", axe = false, stepOffset = 0) {
  const t = TEXT[locale];
  await page.goto(`/${locale}/personal/entrar`);
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel(t.email).fill(staff.email);
  await page.getByLabel(t.password, { exact: true }).fill(staff.password);
  await page.getByRole("button", { name: t.next }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/personal/entrar/codigo$`));
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel(t.code).fill(totpCode(staff.totpSecret, totpStep() + stepOffset));
  await page.getByRole("button", { name: t.enter }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/personal/(solicitudes|tablero|catalogo)`));
}
