import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { publishFeeChange } from "../../factories/publish-fee";

/**
 * A publication reaches every public surface without anyone restarting or purging anything: the fee changed
 * in a new version shows on the procedure page, in the JSON API, in the open-data fees CSV and in a newly
 * generated checklist PDF. The version is published straight into the database (as another replica would
 * publish it), so this server learns of it only through its catalogue check (lib/catalogue/schedule.ts; the
 * e2e server runs it every 2 s, CATALOGUE_CHECK_SECONDS in tests/run-all.ts). The poll is a wait, not a
 * timed assertion: the README's "live within" figure comes from `BENCH_ONLY=publish npm run bench`.
 */
test.describe.configure({ mode: "serial" });

// A procedure whose fees no other spec reads (the guide situations check totals of other ones).
const SLUG = "cambio-de-residente-temporal-a-permanente";
/** The permanent resident card: 13578.96 in the data file. */
const FEE_POSITION = 1;
const NEW_AMOUNT = 14237;

async function pdfText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-publish-")), "doc.pdf");
  writeFileSync(file, await response.body());
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

const surfaces: { name: string; read: (request: APIRequestContext) => Promise<string>; shows: RegExp }[] = [
  {
    name: "procedure page",
    read: async (request) => (await request.get(`/es/tramites/${SLUG}`)).text(),
    shows: /14,237/,
  },
  {
    name: "JSON API",
    read: async (request) => (await request.get(`/api/v1/tramites/${SLUG}`)).text(),
    shows: /"amount":\s*14237\b/,
  },
  {
    name: "open-data fees CSV",
    read: async (request) => (await request.get("/api/v1/datos/cuotas.csv")).text(),
    shows: new RegExp(`^${SLUG},${FEE_POSITION},.*\\b14237(\\.00?)?\\b`, "m"),
  },
  {
    name: "new checklist PDF",
    read: (request) => pdfText(request, `/es/tramites/${SLUG}/requisitos.pdf`),
    shows: /14,237/,
  },
];

test("a published fee change shows on the page, the API, the CSV and a new PDF", async ({ request }) => {
  test.setTimeout(240_000);
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set (run through npm test)");
  for (const surface of surfaces) expect(await surface.read(request), surface.name).not.toMatch(surface.shows);

  expect(publishFeeChange(databaseUrl, SLUG, FEE_POSITION, NEW_AMOUNT)).toBeGreaterThan(1);

  for (const surface of surfaces)
    await expect
      .poll(async () => surface.shows.test(await surface.read(request)), {
        message: `${surface.name} shows the new amount`,
        timeout: 120_000,
        intervals: [1_000],
      })
      .toBe(true);
});
