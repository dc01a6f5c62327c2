import { expect, test } from "@playwright/test";
import { newStaff } from "./helpers";

test("security headers on every kind of response: pages, 404, staff, PDF, JSON, health, static files", async ({ request, page }) => {
  await page.goto("/es");
  const asset = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const paths = ["/es", "/en/tramites?q=visa", "/es/no-existe", "/es/personal/entrar", "/es/tramites/renovacion-de-documento-migratorio/requisitos.pdf", "/api/v1/tramites", "/healthz", asset!];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, `${path}: ${directive}`).toContain(directive);
    expect(headers["strict-transport-security"], path).toMatch(/max-age=31536000; includeSubDomains/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("a server action posted from another origin, with a null origin or none is refused with 403 and signs nobody in", async ({ page, playwright, baseURL }) => {
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
