/**
 * `npx tsx tests/bench/lighthouse.ts`: Lighthouse mobile scores of the pages a poster leads to, printed
 * as a table, never asserted. Starts a throw-away database and a production build (like `npm run bench`),
 * makes one poster short link, then runs the `lighthouse` CLI (pinned devDependency) with Debian's
 * Chromium under Lighthouse's default mobile settings (simulated slow 4G: 150 ms RTT, 1.6 Mbps; 4× CPU
 * slowdown) on every public page kind: home, catalogue, a search, a procedure, the QR landing (`/q/{code}`:
 * the redirect plus the procedure page it opens), offices, an office, statistics, open data, the look-up,
 * the request form's start and a step, the guide. Each page BENCH_RUNS times (default 3); the median run is
 * reported, with the four Lighthouse categories.
 * Options via env: BENCH_RUNS, BENCH_PAGES (comma-separated paths), BENCH_REPORT_DIR (keep the full reports), BENCH_PORT (default 3210), BENCH_REUSE_BUILD=1, CHROME_PATH (default /usr/bin/chromium).
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createPrismaClient } from "../../lib/db";
import { prepareBenchServer } from "./server";
import { requireQuietMachine } from "./quiet";

const root = path.resolve(__dirname, "..", "..");
const lighthouseCli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
const port = Number(process.env.BENCH_PORT ?? 3210);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const run = promisify(execFile);

type Result = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptKB: number;
  totalKB: number;
};

/** One Lighthouse run (mobile defaults) of `url`, reduced to the figures of the table. */
async function lighthouse(url: string): Promise<Result> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "vt-lh-")), "report.json");
  await run(
    process.execPath,
    [
      lighthouseCli,
      url,
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run`,
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    categories: Record<string, { score: number }>;
    audits: Record<
      string,
      { numericValue?: number; details?: { items?: { resourceType: string; transferSize: number }[] } }
    >;
  };
  // BENCH_REPORT_DIR keeps each full report (what costs time: render-blocking files, long tasks, fonts).
  if (process.env.BENCH_REPORT_DIR) {
    const name = `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_")}-${Date.now()}.json`;
    copyFileSync(out, path.join(process.env.BENCH_REPORT_DIR, name));
  }
  rmSync(path.dirname(out), { recursive: true, force: true });
  const summary = report.audits["resource-summary"]?.details?.items ?? [];
  const kb = (type: string) => (summary.find((i) => i.resourceType === type)?.transferSize ?? NaN) / 1024;
  return {
    performance: report.categories.performance!.score,
    accessibility: report.categories.accessibility!.score,
    bestPractices: report.categories["best-practices"]!.score,
    seo: report.categories.seo!.score,
    lcpMs: report.audits["largest-contentful-paint"]!.numericValue!,
    tbtMs: report.audits["total-blocking-time"]!.numericValue!,
    cls: report.audits["cumulative-layout-shift"]!.numericValue!,
    scriptKB: kb("script"),
    totalKB: kb("total"),
  };
}

function median(results: Result[]): Result {
  const sorted = [...results].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  requireQuietMachine("lighthouse bench");
  if (!existsSync(lighthouseCli)) throw new Error("lighthouse is not installed: npm ci");
  if (!existsSync(chrome)) throw new Error(`No Chromium at ${chrome}: apt-get install chromium, or set CHROME_PATH`);
  const bench = await prepareBenchServer();
  try {
    const db = createPrismaClient(bench.database.url);
    // A procedure poster for the landing page, as staff would make it (the lib function needs a session).
    const code = "k7m4qxp";
    await db.$executeRaw`
      INSERT INTO short_link (code, kind, target, procedure_id)
      SELECT ${code}, 'procedure', 'procedure:' || id, id FROM procedure WHERE slug = 'renovacion-de-documento-migratorio'`;
    await db.$disconnect();
    await bench.startServer(port);

    const base = `http://localhost:${port}`;
    // The public pages the performance goal covers (README, "Phones on a weak connection").
    const pages = [
      ["home", "/es"],
      ["catalogue", "/es/tramites"],
      ["search result", "/es/tramites?q=domicilio"],
      ["procedure", "/es/tramites/renovacion-de-documento-migratorio"],
      ["QR landing (/q → procedure)", `/q/${code}`],
      ["offices", "/es/oficinas"],
      ["an office", "/es/oficinas/jalisco"],
      ["statistics", "/es/estadisticas"],
      ["open data", "/es/datos"],
      ["look-up", "/es/seguimiento"],
      ["request form start", "/es/tramites/renovacion-de-documento-migratorio/solicitud"],
      ["a form step", "/es/tramites/renovacion-de-documento-migratorio/solicitud/datos-personales"],
      ["guide", "/es/guia"],
    ] as const;
    console.log(
      `Lighthouse ${JSON.parse(readFileSync(path.join(root, "node_modules", "lighthouse", "package.json"), "utf8")).version}, mobile defaults (slow 4G, 4× CPU), ${chrome}, median of ${runs}`,
    );
    console.log(
      "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | JS (transfer) | total transfer |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    const only = process.env.BENCH_PAGES?.split(",");
    for (const [name, pathname] of pages.filter(([, p]) => !only || only.includes(p))) {
      await fetch(base + pathname); // warm the server's caches: the figures are about the page, not a cold start
      const results: Result[] = [];
      for (let i = 0; i < runs; i += 1) results.push(await lighthouse(base + pathname));
      const r = median(results);
      console.log(
        `| ${name} | ${r.performance.toFixed(2)} | ${r.accessibility.toFixed(2)} | ${r.bestPractices.toFixed(2)} | ${r.seo.toFixed(2)} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${r.scriptKB.toFixed(1)} KB | ${r.totalKB.toFixed(1)} KB |`,
      );
    }

    // The redirect itself, without a browser: what a scan costs before the page (and that counting does not add to it).
    const latencies: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const t = process.hrtime.bigint();
      await fetch(`${base}/q/${code}`, { redirect: "manual" });
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    const health: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const t = process.hrtime.bigint();
      await fetch(`${base}/healthz`);
      health.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    health.sort((a, b) => a - b);
    const p = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!.toFixed(1);
    console.log(
      `/q/${code} redirect (with scan counting), 200 sequential: p50 ${p(latencies, 0.5)} ms, p95 ${p(latencies, 0.95)} ms; /healthz p50 ${p(health, 0.5)} ms, p95 ${p(health, 0.95)} ms`,
    );
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
