import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, VIEWPORTS } from "../helpers";
import { e2eDatabase, newStaff } from "../staff/helpers";

/**
 * The public record after real publications: an editor drafts and another person publishes (through the
 * catalogue's own functions, tests/e2e/catalogue/publish-version.ts), then anyone sees the procedure page's
 * "last updated", its history, each version as it was, the recent changes and their Atom feed, and a retired
 * procedure that says what replaces it and starts no application. Procedures no other journey reads; the
 * retired one is made here (a copy of a notice, under its own slug) because the guide leads to every procedure of
 * the files, and a retired one gives way to its replacement there.
 */
const CHANGED = "regularizacion-por-razones-humanitarias";
const RETIRED = "aviso-de-cambio-de-nacionalidad-anterior";
const RETIRED_COPY_OF = "notificacion-cambio-de-nacionalidad";
const REPLACEMENT = "notificacion-cambio-de-nombre";
const NOTE = `Se aclara a quién va dirigido el trámite (${randomBytes(3).toString("hex")}).`;
const DESCRIPTION = "Descripción revisada: regularice su estancia por razones humanitarias.";

const run = promisify(execFile);

async function publishVersion(input: Record<string, unknown>) {
  const { stdout } = await run(
    "node_modules/.bin/tsx",
    ["tests/e2e/catalogue/publish-version.ts", JSON.stringify(input)],
    {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as { number: number; live: boolean };
}

async function versionCount(slug: string): Promise<number> {
  const db = await e2eDatabase();
  try {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id WHERE p.slug = $1`,
      [slug],
    );
    return (rows[0] as { n: number }).n;
  } finally {
    await db.end();
  }
}

/**
 * A publication reaches the server's catalogue copy within its check period and the pre-rendered pages within
 * CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): reload until the page shows it, for at most 2.5 minutes.
 */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 150_000, intervals: [1_000, 5_000, 10_000] });
}

async function axeAtBothWidths(page: Page) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoAxeViolations(page);
    if (viewport.width === 320) await expectNoSidewaysScroll(page);
  }
}

let note = NOTE;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Once per database: the versions published here stay (a later run of this file reads them back).
  if ((await versionCount(CHANGED)) === 1) {
    const editor = await newStaff("editor");
    const publisher = await newStaff("publisher");
    const ids = { editorId: editor.id, publisherId: publisher.id };
    const now = await publishVersion({
      ...ids,
      slug: CHANGED,
      note: NOTE,
      patch: { description: { es: DESCRIPTION, en: "Revised description." } },
    });
    expect(now).toMatchObject({ number: 2, live: true });
    const later = await publishVersion({
      ...ids,
      slug: CHANGED,
      note: "Cambio programado para 2099.",
      patch: { audience: { es: "Para todas las personas (2099).", en: "For everyone (2099)." } },
      effectiveAt: "2099-01-01",
    });
    expect(later).toMatchObject({ number: 3, live: false });
    await publishVersion({
      ...ids,
      slug: RETIRED,
      copyFrom: RETIRED_COPY_OF,
      note: "Aviso anterior, publicado para retirarlo.",
      patch: {
        title: { es: "Aviso anterior de cambio de nacionalidad", en: "Former notice of change of nationality" },
      },
    });
    await publishVersion({
      ...ids,
      slug: RETIRED,
      note: "Se deja de ofrecer.",
      patch: {
        retired: {
          on: "2026-12-01",
          replacedBy: [REPLACEMENT],
          note: { es: "Ahora se avisa junto con el cambio de nombre.", en: "Now reported with the change of name." },
        },
      },
    });
  } else {
    const db = await e2eDatabase();
    try {
      const { rows } = await db.query(
        `SELECT v.note FROM procedure_version v JOIN procedure p ON p.id = v.procedure_id WHERE p.slug = $1 AND v.number = 2`,
        [CHANGED],
      );
      note = (rows[0] as { note: string }).note;
    } finally {
      await db.end();
    }
  }
});

test("the procedure page says when it was last updated and announces the scheduled change", async ({ page }) => {
  test.setTimeout(180_000);
  await eventually(page, `/es/tramites/${CHANGED}`, async () => {
    await expect(page.getByTestId("last-updated")).toContainText("(versión 2)", { timeout: 1_000 });
  });
  await expect(page.getByText(DESCRIPTION)).toBeVisible();
  await expect(page.getByTestId("scheduled-notice")).toContainText(
    "a partir del 1 de enero de 2099 se aplicará la versión 3",
  );
  await expect(page.getByRole("link", { name: "Llenar la solicitud en línea" })).toBeVisible();
  await page.getByTestId("last-updated").getByRole("link", { name: "Historial de cambios" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/tramites/${CHANGED}/historial$`));
});

test("the history lists every version newest first, with dates, the changes and the note", async ({ page }) => {
  test.setTimeout(180_000);
  await eventually(page, `/es/tramites/${CHANGED}/historial`, async () => {
    await expect(page.getByTestId("versions").locator(":scope > li")).toHaveCount(3, { timeout: 1_000 });
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Historial de cambios");
  const [v3, v2, v1] = await page.getByTestId("versions").locator(":scope > li").all();
  await expect(v3!.getByRole("heading", { level: 2 })).toHaveText("Versión 3");
  await expect(v3!.getByText("Programada", { exact: true })).toBeVisible();
  await expect(v3!).toContainText("Entra en vigor el 1 de enero de 2099");
  await expect(v3!).toContainText("Cambio programado para 2099.");
  await expect(v2!.getByRole("heading", { level: 2 })).toHaveText("Versión 2");
  await expect(v2!.getByText("Vigente", { exact: true })).toBeVisible();
  await expect(v2!).toContainText(note);
  await expect(v2!.getByRole("listitem")).toHaveText(["Se actualizó la descripción del trámite."]);
  await expect(v3!.getByRole("listitem")).toHaveText(["Se actualizó la explicación de para quién es el trámite."]);
  await expect(v1!).toContainText("Cargada de los archivos del catálogo.");
  await expect(v1!).toContainText("Se publicó el trámite «Regularización por razones humanitarias».");
  await expect(v1!.getByText("Vigente", { exact: true })).toHaveCount(0);
  await axeAtBothWidths(page);

  await v1!.getByRole("link", { name: "Ver la versión 1 tal como se publicó" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/tramites/${CHANGED}/version/1$`));
});

test("a past version reads as it was published, under a banner, and is not indexed", async ({ page }) => {
  await page.goto(`/es/tramites/${CHANGED}/version/1`);
  const banner = page.getByTestId("version-notice");
  await expect(banner.getByRole("heading", { level: 2 })).toHaveText("Versión 1 de este trámite");
  await expect(banner).toContainText(/Estuvo vigente del .+ al .+\./);
  await expect(page.getByText(DESCRIPTION)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Llenar la solicitud en línea" })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/es/tramites/${CHANGED}$`));
  await axeAtBothWidths(page);
  await banner.getByRole("link", { name: "Ver la información vigente del trámite" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/tramites/${CHANGED}$`));

  await page.goto(`/en/tramites/${CHANGED}/version/3`);
  await expect(page.getByTestId("version-notice")).toContainText("It comes into force on January 1, 2099");

  for (const n of ["99", "0", "abc", "1.5"]) {
    const response = await page.goto(`/es/tramites/${CHANGED}/version/${n}`);
    expect(response?.status(), `version/${n}`).toBe(404);
  }
});

test("recent changes list the publication, and its Atom feed carries it", async ({ page, request }) => {
  test.setTimeout(180_000);
  await eventually(page, "/es/cambios", async () => {
    await expect(page.getByText(note)).toBeVisible({ timeout: 1_000 });
  });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cambios recientes");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/es\/cambios\/feed\.xml$/,
  );
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Cambios recientes" })).toBeVisible();
  await axeAtBothWidths(page);

  let xml = "";
  await expect(async () => {
    const response = await request.get("/es/cambios/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    xml = await response.text();
    expect(xml).toContain(`/es/tramites/${CHANGED}/version/2`);
  }).toPass({ timeout: 150_000, intervals: [1_000, 5_000, 10_000] });

  // Parsed by the browser's XML parser: a document it cannot read has a <parsererror>.
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
      id: e.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? "",
      title: e.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? "",
      link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
      summary: e.getElementsByTagNameNS(ns, "summary")[0]?.textContent ?? "",
    }));
    return {
      errors: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      self: doc.querySelector('feed > link[rel="self"]')?.getAttribute("href") ?? "",
      entries,
    };
  }, xml);
  expect(feed.errors).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom");
  expect(feed.self).toMatch(/\/es\/cambios\/feed\.xml$/);
  const entry = feed.entries.find((e) => e.link.endsWith(`/es/tramites/${CHANGED}/version/2`));
  expect(entry?.id).toMatch(new RegExp(`^tag:[^,]+,2026:/es/tramites/${CHANGED}/version/2$`));
  expect(entry?.title).toBe("Regularización por razones humanitarias, versión 2");
  expect(entry?.summary).toContain(note);
  expect(feed.entries.find((e) => e.link.endsWith(`/es/tramites/${RETIRED}/version/2`))).toBeTruthy();
});

test("a retired procedure says since when and what replaces it, and starts no application", async ({ page }) => {
  test.setTimeout(180_000);
  await eventually(page, `/es/tramites/${RETIRED}`, async () => {
    await expect(page.getByRole("heading", { name: "Este trámite ya no se ofrece" })).toBeVisible({ timeout: 1_000 });
  });
  const notice = page.getByRole("region", { name: "Este trámite ya no se ofrece" });
  await expect(notice).toContainText("Desde el 1 de diciembre de 2026 ya no es posible solicitar este trámite.");
  await expect(notice).toContainText("Ahora se avisa junto con el cambio de nombre.");
  await expect(notice.getByRole("link")).toHaveAttribute("href", `/es/tramites/${REPLACEMENT}`);
  await expect(page.getByRole("link", { name: "Llenar la solicitud en línea" })).toHaveCount(0);
  await axeAtBothWidths(page);

  await page.goto(`/es/tramites/${RETIRED}/solicitud`);
  await expect(page.getByTestId("retired-refusal")).toHaveText(
    "No es posible iniciar una solicitud nueva de este trámite.",
  );
  await expect(page.getByRole("button", { name: /Comenzar/ })).toHaveCount(0);
  await axeAtBothWidths(page);

  // Gone from the list a person chooses from; a search for its name finds it apart, with its notice.
  await page.goto("/es/tramites");
  await expect(page.locator(`a[href="/es/tramites/${RETIRED}"]`)).toHaveCount(0);
  await page.goto("/es/tramites?q=nacionalidad");
  const group = page.getByTestId("retired-procedures");
  await expect(group.getByRole("heading", { level: 2 })).toHaveText("Trámites que ya no se ofrecen");
  await expect(group.locator(`a[href="/es/tramites/${RETIRED}"]`)).toHaveCount(1);
  await expect(page.getByRole("list", { name: /Resultados/ }).locator(`a[href="/es/tramites/${RETIRED}"]`)).toHaveCount(
    0,
  );
});
