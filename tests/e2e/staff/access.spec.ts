import { expect, test, type APIRequestContext, type Page, type Request, type Route } from "@playwright/test";
import { generateApplicationNumber, paymentReference } from "../../../lib/applications/number";
import { expectNoAxeViolations } from "../helpers";
import { e2eDatabase, newStaff, signIn } from "./helpers";

/**
 * A fresh application in review, cloned from a generated demo one (marked as sample, so the public
 * statistics never count it), so a test can move it without touching data other tests read.
 */
async function applicationInReview(): Promise<{ id: number; number: string; applicantName: string }> {
  const db = await e2eDatabase();
  try {
    const number = generateApplicationNumber(new Date().getFullYear() % 100);
    const { rows } = await db.query(
      `INSERT INTO application (number, password_hash, procedure_id, locale, status, answers, applicant_name, fee_positions, payment_reference, submitted_at, office_id, is_sample)
       SELECT $1, password_hash, procedure_id, locale, 'in_review', answers, applicant_name, fee_positions, $2, now(), office_id, true
       FROM application WHERE is_sample ORDER BY id LIMIT 1
       RETURNING id, number, applicant_name`,
      [number, paymentReference(number)],
    );
    return { id: rows[0].id, number: rows[0].number, applicantName: rows[0].applicant_name };
  } finally {
    await db.end();
  }
}

async function query<T>(sql: string, values: unknown[]): Promise<T[]> {
  const db = await e2eDatabase();
  try {
    return (await db.query(sql, values)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Holds the browser's next form POST to `url`, so its exact bytes can be sent again by someone else first. */
async function holdNextPost(
  page: Page,
  url: string | RegExp,
): Promise<() => Promise<{ route: Route; request: Request }>> {
  let held: { route: Route; request: Request } | undefined;
  await page.route(url, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    held = { route, request: route.request() };
  });
  return async () => {
    await expect.poll(() => held).toBeDefined();
    return held!;
  };
}

/** Sends the held request's bytes with another official's session (the headers minus the original cookies). */
async function replayAs(request: APIRequestContext, held: Request) {
  const headers = { ...(await held.allHeaders()) };
  delete headers.cookie;
  return request.post(held.url(), { headers, data: held.postDataBuffer()!, maxRedirects: 0 });
}

test("signed out, every staff page sends to sign-in and every staff file answers 401 without its contents", async ({
  request,
}) => {
  const app = await applicationInReview();
  const pages = [
    "/es/personal",
    "/es/personal/solicitudes",
    `/es/personal/solicitudes/${app.number}`,
    "/es/personal/tablero",
    "/es/personal/participacion",
    "/es/personal/carteles",
    "/es/personal/equipo",
    "/en/personal/cuenta",
  ];
  for (const path of pages) {
    const response = await request.get(path);
    expect(new URL(response.url()).pathname, path).toMatch(/^\/(es|en)\/personal\/entrar$/);
    expect(await response.text(), path).not.toContain(app.applicantName);
  }
  const files = [
    `/es/personal/solicitudes/${app.number}/solicitud.pdf`,
    "/es/personal/participacion/datos/comentarios.csv",
    "/es/personal/carteles/ABCD2345/cartel-a4.pdf",
  ];
  for (const path of files) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect(response.headers()["content-type"] ?? "", path).not.toMatch(/pdf|csv|image/);
    expect(response.headers()["cache-control"], path).toContain("no-store");
    expect((await response.body()).length, path).toBeLessThan(100);
  }
});

test("a clerk sending a supervisor's approval or an admin's new account through the real forms is refused, and nothing changes", async ({
  browser,
}) => {
  const app = await applicationInReview();
  const [supervisorContext, adminContext, clerkContext] = await Promise.all([
    browser.newContext(),
    browser.newContext(),
    browser.newContext(),
  ]);
  const [supervisor, admin, clerk] = await Promise.all([
    supervisorContext.newPage(),
    adminContext.newPage(),
    clerkContext.newPage(),
  ]);
  const adminStaff = await newStaff("admin");
  await signIn(supervisor, await newStaff("supervisor"));
  await signIn(admin, adminStaff);
  await signIn(clerk, await newStaff("clerk"));

  // Approve: held in the supervisor's browser, sent first with the clerk's session.
  await supervisor.goto(`/es/personal/solicitudes/${app.number}`);
  const approval = await holdNextPost(supervisor, new RegExp(`/es/personal/solicitudes/${app.number}$`));
  await supervisor
    .getByRole("form", { name: "Aprobar" })
    .getByRole("button", { name: "Aprobar la solicitud", exact: true })
    .click();
  const heldApproval = await approval();
  const refused = await replayAs(clerk.request, heldApproval.request);
  expect(refused.status()).toBeLessThan(500);
  expect(await query("SELECT status::text, version FROM application WHERE id = $1", [app.id])).toEqual([
    { status: "in_review", version: 0 },
  ]);
  expect(await query("SELECT type FROM application_event WHERE application_id = $1", [app.id])).toEqual([]);
  // The same bytes from the supervisor do approve: the refusal was about the clerk's role alone.
  await heldApproval.route.continue();
  await expect(supervisor.getByTestId("staff-status")).toHaveText("Aprobada");

  // A new account: held in the admin's browser (with the admin's own password as step-up), sent first by the clerk.
  await admin.goto("/es/personal/equipo");
  const email = `intruso.${Date.now()}@example.org`;
  await admin.getByLabel("Nombre completo").fill("Cuenta no autorizada");
  await admin.getByLabel("Correo institucional").fill(email);
  await admin.locator("#create-stepUp").fill(adminStaff.password);
  const creation = await holdNextPost(admin, /\/es\/personal\/equipo$/);
  await admin.getByRole("button", { name: "Dar acceso" }).click();
  const heldCreation = await creation();
  expect((await replayAs(clerk.request, heldCreation.request)).status()).toBeLessThan(500);
  expect(await query("SELECT email FROM staff_user WHERE email = $1", [email])).toEqual([]);
  await heldCreation.route.continue();
  await expect(admin.getByRole("status").filter({ hasText: "enlace de alta" })).toContainText(email);
  await Promise.all([supervisorContext.close(), adminContext.close(), clerkContext.close()]);
});

test("staff pages at 320 px: no sideways scrolling of the page, every wide table a named focusable region, no axe violations", async ({
  browser,
}) => {
  const app = await applicationInReview();
  const supervisorContext = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const adminContext = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const [supervisor, admin] = await Promise.all([supervisorContext.newPage(), adminContext.newPage()]);
  await signIn(supervisor, await newStaff("supervisor"));
  await signIn(admin, await newStaff("admin"));
  const visits: [Page, string][] = [
    [supervisor, "/es/personal/solicitudes"],
    [supervisor, `/es/personal/solicitudes/${app.number}`],
    [supervisor, "/es/personal/tablero"],
    [supervisor, "/es/personal/participacion"],
    [supervisor, "/es/personal/carteles"],
    [admin, "/es/personal/equipo"],
  ];
  for (const [page, path] of visits) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // What sticks out past the right edge (outside the tables' own scroll regions), innermost first, so a failure names it.
    const sticksOut = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      const out = [...document.body.querySelectorAll("*")].filter(
        (el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".overflow-x-auto"),
      );
      return out
        .filter((el) => !out.some((other) => other !== el && el.contains(other)))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
    });
    expect(sticksOut, `${path} scrolls sideways`).toEqual([]);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll(".overflow-x-auto")]
        .filter(
          (el) =>
            el.getAttribute("role") !== "region" ||
            el.getAttribute("tabindex") !== "0" ||
            !(
              document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ||
              el.getAttribute("aria-label")
            ),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed, path).toEqual([]);
    await expectNoAxeViolations(page);
  }
  await Promise.all([supervisorContext.close(), adminContext.close()]);
});
