import { expect, test, type Page } from "@playwright/test";

/**
 * Review M7 (item 10 of issue 12): pages rendered per request for one person carry a nonce policy with
 * no 'unsafe-inline' for scripts; cached public pages keep the static policy. Either way the page still
 * hydrates (React attached) and the browser reports no CSP violation.
 */
const SLUG = "renovacion-de-documento-migratorio";
const PER_REQUEST = ["/es/personal/entrar", "/es/seguimiento", "/en/seguimiento", `/es/tramites/${SLUG}/solicitud`];
const CACHED = ["/es", `/es/tramites/${SLUG}`];

async function openAndWatch(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/content security policy|refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(e.message));
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBe(200);
  // React 19 attaches its fiber to the elements it hydrates: no script, no fiber.
  await page.waitForFunction(() =>
    Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__reactFiber")),
  );
  const headers = await response!.allHeaders();
  return {
    policy: headers["content-security-policy"] ?? "",
    referrer: headers["referrer-policy"],
    html: await response!.text(),
    violations,
  };
}

const scriptSrc = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

for (const path of PER_REQUEST) {
  test(`${path} allows only this response's nonce for scripts and still hydrates`, async ({ page }) => {
    const { policy, referrer, html, violations } = await openAndWatch(page, path);
    // Application numbers appear in these URLs (review I3).
    if (!path.includes("/tramites/")) expect(referrer).toBe("same-origin");
    expect(scriptSrc(policy)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    // Every script the server sent carries it (scripts those load later are trusted through 'strict-dynamic').
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    expect(violations).toEqual([]);
    // A new response, a new nonce.
    const again = await page.request.get(path);
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  });
}

for (const path of CACHED) {
  test(`${path} is cacheable and keeps the static policy`, async ({ page }) => {
    const { policy, violations } = await openAndWatch(page, path);
    expect(scriptSrc(policy)).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
    expect(violations).toEqual([]);
  });
}
