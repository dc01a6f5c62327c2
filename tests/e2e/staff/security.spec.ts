import { expect, test } from "@playwright/test";
import pg from "pg";
import { newStaff } from "./helpers";

test("security headers on every kind of response: pages, 404, redirect, staff, PDF, CSV, JSON, health, static files", async ({
  request,
  page,
}) => {
  await page.goto("/es");
  const asset = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const paths = [
    "/es",
    "/en/tramites?q=visa",
    "/es/no-existe",
    "/",
    "/es/personal/entrar",
    "/es/tramites/renovacion-de-documento-migratorio/requisitos.pdf",
    "/api/v1/tramites",
    "/api/v1/datos/tramites.csv",
    "/api/v1/datos/datapackage.json",
    "/healthz",
    asset!,
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(csp, `${path}: ${directive}`).toContain(directive);
    expect(headers["strict-transport-security"], path).toMatch(/max-age=31536000; includeSubDomains/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    // Personal paths carry application numbers in their URLs: no referrer to other sites (review I3).
    expect(headers["referrer-policy"], path).toBe(
      path.startsWith("/es/personal") ? "same-origin" : "strict-origin-when-cross-origin",
    );
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("a server action posted from another origin, with a null origin or none is refused with 403 and signs nobody in", async ({
  page,
  playwright,
  baseURL,
}) => {
  const staff = await newStaff("clerk");
  await page.goto("/es/personal/entrar");
  await page.getByLabel("Correo institucional").fill(staff.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(staff.password);
  // Capture the browser's own submission of the sign-in form, then replay it with other origins.
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/es/personal/entrar", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
    return route.abort();
  });
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect.poll(() => captured).toBeDefined();
  const replay = async (origin: string | null) => {
    const context = await playwright.request.newContext({ baseURL });
    const headers = { ...captured!.headers };
    delete headers.origin;
    if (origin !== null) headers.origin = origin;
    const response = await context.post("/es/personal/entrar", { headers, data: captured!.body, maxRedirects: 0 });
    const result = { status: response.status(), cookies: (await context.storageState()).cookies.map((c) => c.name) };
    await context.dispose();
    return result;
  };
  for (const origin of ["http://evil.example", "null", null]) {
    const result = await replay(origin);
    expect(result.status, `origin ${origin}`).toBe(403);
    expect(result.cookies).not.toContain("vt_staff_pending");
  }
  // The same bytes from this site's origin do sign in: the refusals above are about the origin alone.
  const same = await replay(new URL(baseURL!).origin);
  expect(same.status).toBeLessThan(400);
  expect(same.cookies).toContain("vt_staff_pending");
});

test("a form posted without JavaScript from another origin, with a null origin or none is refused with 403 and stores nothing", async ({
  browser,
  playwright,
  baseURL,
}) => {
  // Without JavaScript a server action arrives as a plain multipart POST with no Next-Action header.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/es/tramites/regularizacion-por-documento-vencido/solicitud");
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/solicitud", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
    return route.abort();
  });
  await page
    .getByRole("button", { name: "Comenzar" })
    .click()
    .catch(() => undefined);
  await expect.poll(() => captured).toBeDefined();
  await context.close();
  expect(captured!.headers["next-action"]).toBeUndefined();
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const drafts = async () =>
    Number(
      (
        await db.query(
          "SELECT count(*) AS n FROM application_draft d JOIN procedure p ON p.id = d.procedure_id WHERE p.slug = 'regularizacion-por-documento-vencido'",
        )
      ).rows[0].n,
    );
  const replay = async (origin: string | null) => {
    const api = await playwright.request.newContext({ baseURL });
    const headers = { ...captured!.headers };
    delete headers.origin;
    if (origin !== null) headers.origin = origin;
    const response = await api.post("/es/tramites/regularizacion-por-documento-vencido/solicitud", {
      headers,
      data: captured!.body,
      maxRedirects: 0,
    });
    await api.dispose();
    return response.status();
  };
  try {
    const before = await drafts();
    for (const origin of ["http://evil.example", "null", null])
      expect(await replay(origin), `origin ${origin}`).toBe(403);
    expect(await drafts()).toBe(before);
    // The same bytes from this site's origin start a draft: the refusals are about the origin alone.
    expect(await replay(new URL(baseURL!).origin)).toBe(303);
    expect(await drafts()).toBe(before + 1);
  } finally {
    await db.end();
  }
});
