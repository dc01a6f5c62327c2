/**
 * `BENCH_ONLY=publish npm run bench`: how long a published fee change takes to show, through the shipped nginx
 * (nginx.conf, its cache primed with the old answers) and, as the same-run baseline, read directly from the
 * app, on four surfaces: the procedure page, the JSON API, the open-data fees CSV and the checklist PDF.
 * The version is published straight into the database (tests/factories/publish-fee.ts), as another replica
 * would: the app learns of it through its catalogue check (CATALOGUE_CHECK_SECONDS, default 15 s), then
 * nginx serves the new answer once its stored copy is older than the app's s-maxage. Figures, never asserted.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { publishFeeChange } from "../factories/publish-fee";
import { ensureDebianTools, startNginx, type Nginx } from "./nginx";
import { loadLine } from "./quiet";

const SLUG = "cambio-de-residente-temporal-a-permanente";
const FEE_POSITION = 1;
const NEW_AMOUNT = 14237;
/** How long to wait for a surface at most (BENCH_PUBLISH_TIMEOUT seconds, default 900). */
const TIMEOUT_MS = Number(process.env.BENCH_PUBLISH_TIMEOUT ?? 900) * 1000;
const POLL_MS = 500;

const pdfDir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-publish-bench-"));
let pdfCount = 0;

type Surface = { name: string; path: string; shows: RegExp; pdf?: boolean };
const SURFACES: Surface[] = [
  { name: "procedure page", path: `/es/tramites/${SLUG}`, shows: /14,237/ },
  { name: "JSON API", path: `/api/v1/tramites/${SLUG}`, shows: /"amount":\s*14237\b/ },
  {
    name: "fees CSV",
    path: "/api/v1/datos/cuotas.csv",
    shows: new RegExp(`^${SLUG},${FEE_POSITION},.*\\b14237(\\.00?)?\\b`, "m"),
  },
  { name: "checklist PDF", path: `/es/tramites/${SLUG}/requisitos.pdf`, shows: /14,237/, pdf: true },
];

async function read(port: number, surface: Surface): Promise<{ text: string; cache: string | null }> {
  const response = await fetch(`http://127.0.0.1:${port}${surface.path}`, {
    headers: { host: "ventanilla.example", "accept-encoding": "gzip" },
  });
  const cache = response.headers.get("x-cache-status");
  if (!surface.pdf) return { text: await response.text(), cache };
  const file = path.join(pdfDir, `${(pdfCount += 1)}.pdf`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return { text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }), cache };
}

/** Seconds from `since` until `surface` on `port` shows the new amount, or null after the timeout. */
async function secondsUntilShown(port: number, surface: Surface, since: number): Promise<number | null> {
  while (Date.now() - since < TIMEOUT_MS) {
    try {
      if (surface.shows.test((await read(port, surface)).text)) return (Date.now() - since) / 1000;
    } catch {
      /* a failed read is retried */
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/** The publish bench against a running app on `appPort` whose database is `databaseUrl`; prints its table. */
export async function publishBench(databaseUrl: string, appPort: number, nginxPort: number): Promise<void> {
  ensureDebianTools({ nginx: "nginx", pdftotext: "poppler-utils" });
  let nginx: Nginx | undefined;
  try {
    nginx = await startNginx({ port: nginxPort, upstreamPorts: [appPort], rateFactor: 1000 });
    for (const surface of SURFACES) {
      for (let i = 0; i < 2; i += 1) await read(nginxPort, surface);
      const primed = await read(nginxPort, surface);
      if (surface.shows.test(primed.text)) throw new Error(`${surface.name} shows the new amount before publishing`);
      console.log(`${surface.name} through nginx before publishing: X-Cache-Status ${primed.cache}`);
    }
    console.log(`publish: ${loadLine()} before publishing`);
    const number = publishFeeChange(databaseUrl, SLUG, FEE_POSITION, NEW_AMOUNT);
    // The command returns once the version is committed (plus its own exit, a few ms).
    const published = Date.now();
    console.log(`published ${SLUG} version ${number}; polling every ${POLL_MS} ms for up to ${TIMEOUT_MS / 1000} s`);
    // Both readers of every surface poll at once, from the moment of publication.
    const results = await Promise.all(
      SURFACES.map(async (surface) => {
        const [direct, proxied] = await Promise.all([
          secondsUntilShown(appPort, surface, published),
          secondsUntilShown(nginxPort, surface, published),
        ]);
        return { surface, direct, proxied };
      }),
    );
    const fmt = (s: number | null) => (s === null ? `> ${TIMEOUT_MS / 1000} s` : `${s.toFixed(1)} s`);
    console.log("\n| Surface | Through nginx | Directly from the app (baseline) |\n| --- | --- | --- |");
    for (const r of results) console.log(`| ${r.surface.name} | ${fmt(r.proxied)} | ${fmt(r.direct)} |`);
    console.log(`Publish → visible, measured at the load printed before publishing; ${loadLine()} at the end.`);
  } finally {
    await nginx?.stop();
    rmSync(pdfDir, { recursive: true, force: true });
  }
}
