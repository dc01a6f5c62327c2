import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../helpers";
import { generateApplicationNumber } from "../../../lib/applications/number";
import { request } from "../platform/http";
import { apply, isoDay, pdfText } from "./helpers";

// A phone's width: every form step, the review, the confirmation and the status page must reflow without
// sideways scrolling (apply() checks each page it passes).
const PHONE = { width: 320, height: 640 };

test("after sending, the applicant signs in with number and password and sees status, legal clock and documents", async ({
  browser,
}) => {
  const applicant = await browser.newContext({ viewport: PHONE });
  const page = await applicant.newPage();
  const number = await apply(
    page,
    "es",
    "notificacion-cambio-de-estado-civil",
    { previousValue: "Soltero", newValue: "Casado", changeDate: isoDay(-10) },
    false,
  );
  const password = (await page.getByTestId("application-password").textContent())!.trim();

  const visitor = await browser.newContext({ viewport: PHONE });
  const other = await visitor.newPage();
  await other.goto("/es/seguimiento");
  await expectNoAxeViolations(other);
  await other.getByLabel("Número de solicitud").fill(number.toLowerCase());
  await other.getByLabel("Contraseña").fill("AAAA-BBBB-CCCC");
  await other.getByRole("button", { name: "Consultar" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "no son correctos" })).toBeVisible();
  await expectNoSidewaysScroll(other);
  await expect(other.getByLabel("Número de solicitud")).toHaveValue(number.toLowerCase());
  await expect(other.getByLabel("Contraseña")).toHaveValue("");
  await expectNoAxeViolations(other);
  expect(other.url()).not.toContain(number);

  await other.getByLabel("Contraseña").fill(password);
  await other.getByRole("button", { name: "Consultar" }).click();
  await expect(other).toHaveURL(/\/es\/seguimiento\/estado$/);
  await expect(other.getByTestId("status-number")).toHaveText(number);
  await expect(other.getByTestId("status-label")).toHaveText("Registrada en línea");
  await expect(other.getByTestId("deadline")).toContainText("20 días hábiles empieza cuando presente");
  await expect(other.getByRole("region", { name: "Historial" })).toContainText("Solicitud registrada en línea");
  await expectNoAxeViolations(other);
  await expectNoSidewaysScroll(other);
  const response = await other.request.get("/es/seguimiento/estado");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const letters = await pdfText(other.request, `/es/solicitudes/${number}/escritos.pdf`);
  expect(letters).toContain("Soltero");

  await other.getByRole("button", { name: "Salir" }).click();
  await expect(other).toHaveURL(/\/es\/seguimiento\?fin=1$/);
  expect((await other.request.get(`/es/solicitudes/${number}/escritos.pdf`)).status()).toBe(404);
  await Promise.all([visitor.close(), applicant.close()]);
});

test("the look-up API answers 401 alike for unknown and wrong, then 429 with Retry-After, and refuses other origins or none", async ({
  baseURL,
  page,
}) => {
  // The status form (a server action) and the API (a route handler) share the limiters: one look-up through
  // the form first, so the API's refusals below cross from one server bundle to the other (that was a 500).
  await page.goto("/es/seguimiento");
  await page.getByLabel("Número de solicitud").fill(generateApplicationNumber(2026));
  await page.getByLabel("Contraseña").fill("AAAA-BBBB-CCCC");
  await page.getByRole("button", { name: "Consultar" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "no son correctos" })).toBeVisible();
  // Sent from this test's own loopback address: the per-client look-up limit it counts against is its own,
  // not shared with every other journey that comes from 127.0.0.1.
  const port = Number(new URL(baseURL!).port);
  const ownOrigin = `http://127.0.0.1:${port}`;
  const post = (data: unknown, origin: string | null = ownOrigin) =>
    request(port, "/api/v1/seguimiento", {
      from: "127.0.0.21",
      method: "POST",
      headers: { "content-type": "application/json", ...(origin === null ? {} : { origin }) },
      body: JSON.stringify(data),
    });
  // Well-formed numbers that exist nowhere: each has its own counter.
  const [first, second] = [generateApplicationNumber(2026), generateApplicationNumber(2026)];
  const unknown = await post({ number: first, password: "x" });
  expect(unknown.status).toBe(401);
  // The code says what the status says: not signed in, without telling whether the number exists.
  expect(JSON.parse(unknown.body)).toEqual({
    ok: false,
    error: { code: "UNAUTHENTICATED", message: "Unknown number or wrong password" },
  });
  const attempts = [];
  for (let i = 0; i < 6; i += 1) attempts.push(await post({ number: second, password: "x" }));
  // Five failures per number are allowed; after that a wrong password gets "wait" (only the right one gets in).
  expect(attempts.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429]);
  const limited = attempts.find((r) => r.status === 429)!;
  expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(limited.body).error.code).toBe("RATE_LIMITED");
  expect(limited.headers["cache-control"]).toContain("no-store");
  // The same limited number through the form: "wait", in words, not an error page.
  await page.getByLabel("Número de solicitud").fill(second);
  await page.getByLabel("Contraseña").fill("AAAA-BBBB-CCCC");
  await page.getByRole("button", { name: "Consultar" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Hubo demasiados intentos fallidos" })).toBeVisible();
  const foreign = await post({ number: "26-7KQ4-M9PX-3", password: "x" }, "http://evil.example");
  expect(foreign.status).toBe(403);
  expect(JSON.parse(foreign.body).error.code).toBe("FORBIDDEN");
  expect((await post({}, "null")).status).toBe(403);
  // No Origin at all (a script, not a browser): refused as well, before any attempt is counted.
  expect((await post({ number: first, password: "x" }, null)).status).toBe(403);
});
