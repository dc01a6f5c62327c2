import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations } from "../helpers";
import { hashPassword } from "../../../lib/crypto";
import { generateApplicationNumber, generatePassword, paymentReference } from "../../../lib/applications/number";

/** The database the portal under test uses (tests/run-all.ts passes it); e2e reads it to check what was stored. */
export async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (tests/run-all.ts sets it)");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * An application the office has already resolved, as staff would leave it (received → in review →
 * `status`, with its timeline). Stored directly: the staff screens are another journey; the integration
 * tests drive the same states through transitionApplication.
 */
export async function resolvedApplication(status: "approved" | "denied" = "approved") {
  const number = generateApplicationNumber(2026);
  const password = generatePassword();
  const [app] = await query<{ id: number }>(
    `INSERT INTO application (number, password_hash, procedure_id, locale, status, version, answers, applicant_name, fee_positions, payment_reference)
     SELECT $1, $2, id, 'es', $3::application_status, 3, '{}'::jsonb, 'Ana Prueba', '{}', $4 FROM procedure WHERE slug = 'renovacion-de-documento-migratorio'
     RETURNING id`,
    [number, await hashPassword(password.replace(/-/g, "")), status, paymentReference(number)],
  );
  await query(
    `INSERT INTO application_event (application_id, type, at) VALUES ($1, 'submitted', now() - interval '20 days'), ($1, 'received', now() - interval '19 days'), ($1, 'in_review', now() - interval '18 days'), ($1, $2, now() - interval '1 day')`,
    [app!.id, status],
  );
  return { id: app!.id, number, password };
}

/** Signs in at /es/seguimiento and lands on the status page. */
export async function signIn(page: Page, number: string, password: string) {
  await page.goto("/es/seguimiento");
  await page.getByLabel("Número de solicitud").fill(number);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Consultar" }).click();
  await expect(page).toHaveURL(/\/es\/seguimiento\/estado$/);
}

/**
 * axe cannot run in a page with JavaScript disabled, so the exact markup that page shows (scripts removed,
 * styles kept) is checked in a scripted page at the same address.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page) {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext();
  const checker = await context.newPage();
  try {
    await checker.route(page.url(), (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await checker.goto(page.url());
    await expectNoAxeViolations(checker);
  } finally {
    await context.close();
  }
}

/** A marker for free text that redaction leaves alone (letters only: long digit runs read as phone numbers). */
export function textMarker(): string {
  return `marca${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}
