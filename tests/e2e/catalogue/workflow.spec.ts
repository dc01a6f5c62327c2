import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, VIEWPORTS } from "../helpers";
import { e2eDatabase, newStaff, signIn } from "../staff/helpers";

/** Procedures no other journey reads the description of: one is published here, one is only refused. */
const PUBLISHED_SLUG = "cambio-de-residente-temporal-a-permanente";
const REFUSED_SLUG = "cambio-a-residente-temporal-por-vinculo-familiar";

/**
 * A submitted draft of `slug` written straight into the portal's database, as the editor would leave it
 * (the newest version's document with a new description, a note, its editors), so the review can be
 * tested apart from the editing form. Plain SQL: Playwright's loader cannot import the Prisma client.
 */
async function submittedDraft(slug: string, editorId: string, description: string, note: string) {
  const db = await e2eDatabase();
  try {
    await db.query(`DELETE FROM catalogue_draft WHERE slug = $1`, [slug]);
    const { rows } = await db.query(
      `SELECT p.id, v.number, v.document FROM procedure p JOIN procedure_version v ON v.procedure_id = p.id
       WHERE p.slug = $1 ORDER BY v.number DESC LIMIT 1`,
      [slug],
    );
    const { id, number, document } = rows[0] as { id: number; number: number; document: Record<string, unknown> };
    const changed = { ...document, description: { es: description, en: `${description} (en)` } };
    await db.query(
      `INSERT INTO catalogue_draft (procedure_id, slug, base_version, document, note, status, revision, author_ids, created_by_id, updated_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5, 'submitted', 2, $6, $7, now(), now())`,
      [id, slug, number, JSON.stringify(changed), note, [editorId], editorId],
    );
    return number;
  } finally {
    await db.end();
  }
}

async function axeAtBothWidths(page: Page) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoAxeViolations(page);
    if (viewport.width === 320) await expectNoSidewaysScroll(page);
  }
}

test("a publisher reviews a submitted draft, previews it, publishes it, and the public page shows the change", async ({
  page,
}) => {
  const editor = await newStaff("editor");
  const publisher = await newStaff("publisher");
  const description = `Descripción revisada ${randomBytes(3).toString("hex")}: cambia su residencia temporal por la permanente.`;
  const base = await submittedDraft(PUBLISHED_SLUG, editor.id, description, "Se aclara qué es el trámite.");

  await signIn(page, publisher);
  await expect(page).toHaveURL(/\/es\/personal\/catalogo$/);
  const pending = page.getByTestId("pending").getByTestId("catalogue-item").filter({ hasText: PUBLISHED_SLUG });
  await expect(pending).toContainText("Borrador enviado a revisión");
  await expect(pending).toContainText(`editado por ${editor.name}`);
  await axeAtBothWidths(page);

  await pending.getByRole("link", { name: "Revisión" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Revisión:");
  await expect(page.getByTestId("changes")).toHaveText("Se actualizó la descripción del trámite.");
  await expect(page.getByTestId("note")).toHaveText("Se aclara qué es el trámite.");
  await expect(page.getByText(`La versión ${base}`, { exact: true })).toBeVisible();
  await axeAtBothWidths(page);

  await page.getByRole("link", { name: "Ver la vista previa del borrador" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("Vista previa del borrador — no publicada");
  await expect(page.getByText(description)).toBeVisible();
  await axeAtBothWidths(page);
  const pdf = await page.request.get(`/es/personal/catalogo/${PUBLISHED_SLUG}/vista-previa/requisitos.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toBe("private, no-store");

  // The public page still shows the version in force until the draft is published.
  const publicPage = await page.context().newPage();
  await publicPage.goto(`/es/tramites/${PUBLISHED_SLUG}`);
  await expect(publicPage.getByText(description)).toHaveCount(0);

  await page.getByRole("link", { name: "Ir a la revisión" }).click();
  await page.getByRole("button", { name: "Publicar esta versión" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Versión ${base + 1} publicada`);
  await expect(page.getByRole("status").filter({ hasText: "en vigor" })).toContainText("está en vigor desde ahora");

  await publicPage.goto(`/es/tramites/${PUBLISHED_SLUG}`);
  await expect(publicPage.getByText(description)).toBeVisible();
});

test("a publisher who edited a draft is told why they cannot publish it, and it stays unpublished", async ({
  page,
}) => {
  const publisher = await newStaff("publisher");
  const description = `Descripción del publicador ${randomBytes(3).toString("hex")}.`;
  await submittedDraft(REFUSED_SLUG, publisher.id, description, "Cambio propio.");

  await signIn(page, publisher);
  await page.goto(`/es/personal/catalogo/${REFUSED_SLUG}/revision`);
  await page.getByRole("button", { name: "Publicar esta versión" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "Usted editó este borrador: otra persona con rol de publicador debe revisarlo.",
  );
  await expectNoAxeViolations(page);

  await page.goto(`/es/tramites/${REFUSED_SLUG}`);
  await expect(page.getByText(description)).toHaveCount(0);
});
