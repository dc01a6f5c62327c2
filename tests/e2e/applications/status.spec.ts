import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { generateApplicationNumber } from "../../../lib/applications/number";
import { apply, isoDay, pdfText } from "./helpers";

test("after sending, the applicant signs in with number and password and sees status, legal clock and documents", async ({ page, browser }) => {
  const number = await apply(page, "es", "notificacion-cambio-de-estado-civil", { previousValue: "Soltero", newValue: "Casado", changeDate: isoDay(-10) }, false);
  const password = (await page.getByTestId("application-password").textContent())!.trim();

  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  await other.goto("/es/seguimiento");
  await expectNoAxeViolations(other);
  await other.getByLabel("Número de solicitud").fill(number.toLowerCase());
  await other.getByLabel("Contraseña").fill("AAAA-BBBB-CCCC");
  await other.getByRole("button", { name: "Consultar" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "no son correctos" })).toBeVisible();
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
  const response = await other.request.get("/es/seguimiento/estado");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const letters = await pdfText(other.request, `/es/solicitudes/${number}/escritos.pdf`);
  expect(letters).toContain("Soltero");

  await other.getByRole("button", { name: "Salir" }).click();
  await expect(other).toHaveURL(/\/es\/seguimiento\?fin=1$/);
  expect((await other.request.get(`/es/solicitudes/${number}/escritos.pdf`)).status()).toBe(404);
  await visitor.close();
});

test("the look-up API answers 401 alike for unknown and wrong, then 429 with Retry-After, and refuses other origins or none", async ({ request, baseURL }) => {
  const headers = { "content-type": "application/json", origin: baseURL! };
  // Well-formed numbers that exist nowhere: each has its own counter.
  const [first, second] = [generateApplicationNumber(2026), generateApplicationNumber(2026)];
  const unknown = await request.post("/api/v1/seguimiento", { headers, data: { number: first, password: "x" } });
  expect(unknown.status()).toBe(401);
  const attempts = [];
  for (let i = 0; i < 6; i += 1) attempts.push(await request.post("/api/v1/seguimiento", { headers, data: { number: second, password: "x" } }));
  // Five failures per number are allowed; after that a wrong password gets "wait" (only the right one gets in).
  expect(attempts.map((r) => r.status())).toEqual([401, 401, 401, 401, 401, 429]);
  const limited = attempts.find((r) => r.status() === 429)!;
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(limited.headers()["cache-control"]).toContain("no-store");
  const foreign = await request.post("/api/v1/seguimiento", { headers: { ...headers, origin: "http://evil.example" }, data: { number: "26-7KQ4-M9PX-3", password: "x" } });
  expect(foreign.status()).toBe(403);
  const nullOrigin = await request.post("/api/v1/seguimiento", { headers: { ...headers, origin: "null" }, data: {} });
  expect(nullOrigin.status()).toBe(403);
  // No Origin at all (a script, not a browser): refused as well, before any attempt is counted.
  const noOrigin = await request.post("/api/v1/seguimiento", { headers: { "content-type": "application/json" }, data: { number: first, password: "x" } });
  expect(noOrigin.status()).toBe(403);
});
