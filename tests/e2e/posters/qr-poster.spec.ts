import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../helpers";
import { newStaff, signIn } from "../staff/helpers";
import { decodeQr, rasterise, saveTemp } from "./helpers";

test("a printed poster's QR code, read by a real decoder, opens the procedure page in the phone's language", async ({
  page,
}) => {
  await signIn(page, await newStaff("clerk"));
  await page.goto("/es/personal/carteles");
  await expectNoAxeViolations(page);
  await page.getByLabel("Tipo de cartel").selectOption("procedure");
  await page.getByLabel("Trámite").selectOption("renovacion-de-documento-migratorio");
  await page.getByLabel("Oficina", { exact: true }).selectOption("jalisco");
  await page.getByRole("button", { name: "Generar cartel" }).click();
  await expect(page).toHaveURL(/\/es\/personal\/carteles\?codigo=[2-9a-hjkmnp-z]{7}$/);
  await expect(page.getByRole("heading", { name: /Cartel listo: Renovación de documento migratorio/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const code = new URL(page.url()).searchParams.get("codigo")!;

  // The A4 poster: printed text, then the QR code decoded from the rasterised page.
  const pdf = await page.request.get(
    await page
      .getByRole("link", { name: "Cartel A4 (PDF)" })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // Staff-only files: no shared cache may keep them.
  expect(pdf.headers()["cache-control"]).toBe("private, no-store");
  const file = saveTemp("cartel-a4.pdf", await pdf.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Escanea el código QR");
  expect(text).toContain("Renovación de documento migratorio");
  const [scanned] = decodeQr(rasterise(file));
  expect(scanned).toMatch(new RegExp(`/q/${code}$`));
  expect(text).toContain(scanned!.replace(/^https?:\/\//, ""));

  // The QR alone (PNG) decodes to the same address.
  const png = await page.request.get(`/es/personal/carteles/${code}/qr.png`);
  expect(png.headers()["cache-control"]).toBe("private, no-store");
  expect(decodeQr(saveTemp("qr.png", await png.body()))).toEqual([scanned]);

  // A phone set to English follows it: one redirect, to the procedure page in English.
  const path = new URL(scanned!).pathname;
  const redirect = await page.request.get(path, { maxRedirects: 0, headers: { "Accept-Language": "en-US,en;q=0.9" } });
  expect(redirect.status()).toBe(302);
  expect(redirect.headers()["location"]).toBe("/en/tramites/renovacion-de-documento-migratorio");
  expect(redirect.headers()["cache-control"]).toContain("no-store");
  const phone = await page
    .context()
    .browser()!
    .newPage({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
  const landing = await phone.goto(scanned!.replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
  expect(landing?.status()).toBe(200);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Renewal of your immigration document");
  await phone.close();

  // Staff see the scans of that poster (counted after the redirect was sent, so poll).
  await expect
    .poll(async () => {
      await page.goto("/es/personal/carteles");
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: code }) });
      return (await row.getByRole("cell").nth(3).textContent())?.trim();
    })
    .toBe("2");
});

test.describe("a phone set to Spanish", () => {
  test.use({ locale: "es-MX" });

  test("unknown or malformed short codes get a helpful 404 in the visitor's language, never a redirect", async ({
    page,
    request,
  }) => {
    for (const path of [
      "/q/zzzzzzz",
      "/q/%2F%2Fevil.example",
      "/q/https:%2F%2Fevil.example",
      "/q/aaaaaa0",
      "/q?codigo=//evil.example",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["location"], path).toBeUndefined();
    }
    const response = await page.goto("/q/zzzzzzz", { waitUntil: "load" });
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Este código no existe");
    await expectNoAxeViolations(page);
    await page.getByLabel("Código del cartel").fill("ZZZ-ZZZZ");
    await page.getByRole("button", { name: "Abrir" }).click();
    await expect(page.getByText("No encontramos el código «zzzzzzz»")).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This code does not exist");
    await expectNoAxeViolations(page);
  });
});

test("signed-out visitors cannot generate posters or download their files", async ({ page, request }) => {
  await page.goto("/es/personal/carteles");
  await expect(page).toHaveURL(/\/es\/personal\/entrar$/);
  const file = await request.get("/es/personal/carteles/abcdefg/cartel-a4.pdf");
  expect(file.status()).toBe(401);
});
