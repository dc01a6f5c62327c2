/**
 * `npm run bench`: figures for the public catalogue, printed, never asserted (timed assertions flake); any
 * failed or non-200 request under load makes it exit non-zero, since its figures would then mean nothing.
 * Starts a throw-away database and a production build on port 3200, then measures:
 *   - time from `next start` to the first page;
 *   - requests/s and latency (p50/p99) for the static home, an ISR procedure page, the search page
 *     (per-request render from the cached catalogue) and the JSON API, with a Node HTTP client
 *     (keep-alive, fixed concurrency) sharing the machine's cores with the server;
 *   - JavaScript shipped to a procedure page (raw and gzip);
 *   - the in-process search over the real catalogue (searches/s).
 *   - through Debian's nginx with the repository's nginx.conf (cache), and nginx serving a
 *     precompressed static file of the same size (the baseline), with wrk (installed when missing);
 * and ends with one table: each figure, its baseline measured in the same run, the ratio and the goal.
 * Options via env: BENCH_PORT (default 3200; nginx uses the next two ports), BENCH_SECONDS (default 8),
 * BENCH_CONCURRENCY (default 16), BENCH_REUSE_BUILD=1, PDF_RATE (default 16 documents/s), BENCH_ONLY=pdf (only
 * the PDF figures), BENCH_ONLY=publish (only publish → visible through nginx, tests/bench/catalogue-publish.ts).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { createPrismaClient } from "../../lib/db";
import { readCatalogue } from "../../lib/procedures/read-catalogue";
import { searchProcedures } from "../../lib/procedures/search";
import { prepareBenchServer } from "./server";
import { validDetails, validStepValues } from "../factories/answers";
import { hashPassword, tokenId } from "../../lib/crypto";
import { generateApplicationNumber, paymentReference, randomToken } from "../../lib/applications/number";
import {
  addressStepSchema,
  detailsStepSchema,
  passportStepSchema,
  personalStepSchema,
} from "../../lib/applications/fields";
import { ensureDebianTools, runWrk, startNginx, type Nginx } from "./nginx";
import { loadLine, requireQuietMachine } from "./quiet";
import { publishBench } from "./catalogue-publish";

const port = Number(process.env.BENCH_PORT ?? 3200);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const nginxPort = port + 1;
const staticPort = port + 2;

type Row = { figure: string; value: string; baseline: string; ratio: string; goal: string };
const rows: Row[] = [];
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

function printTable() {
  const head: Row = {
    figure: "Figure",
    value: "Measured",
    baseline: "Baseline (same run)",
    ratio: "Ratio",
    goal: "Goal",
  };
  const all = [head, ...rows];
  const width = (k: keyof Row) => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row) => `| ${(Object.keys(head) as (keyof Row)[]).map((k) => r[k].padEnd(width(k))).join(" | ")} |`;
  console.log(
    `\n${line(head)}\n| ${(Object.keys(head) as (keyof Row)[]).map((k) => "-".repeat(width(k))).join(" | ")} |`,
  );
  for (const r of rows) console.log(line(r));
  console.log(`Measured from a start at the load printed first; ${loadLine()} at the end.`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Requests that failed or did not answer 200 across the run: any makes the bench exit non-zero. */
let failedRequests = 0;

/**
 * Fixed-concurrency keep-alive load for `seconds`; returns req/s of 200 answers only, latency percentiles
 * in ms and the number of failed requests (errors and non-200 answers, which would flatter the rate).
 */
async function load(pathname: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let ok = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const start = process.hrtime.bigint();
      await new Promise<void>((resolve) => {
        const req = http.get(
          { host: "127.0.0.1", port, path: pathname, agent, headers: { "accept-encoding": "identity" } },
          (res) => {
            if (res.statusCode !== 200) errors += 1;
            else ok += 1;
            res.resume();
            res.on("end", () => resolve());
          },
        );
        req.on("error", () => {
          errors += 1;
          resolve();
        });
      });
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  failedRequests += errors;
  return { rps: ok / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

async function scriptSizes(pathname: string) {
  const html = await (await fetch(`http://127.0.0.1:${port}${pathname}`)).text();
  // nomodule scripts (polyfills) are only fetched by browsers without ES modules: counted apart.
  const tags = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)];
  const srcs = tags.filter((m) => !/nomodule/i.test(`${m[1]}${m[3]}`)).map((m) => m[2]!);
  let raw = 0;
  let gz = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(new URL(src, `http://127.0.0.1:${port}`))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + (m[1]?.length ?? 0),
    0,
  );
  return {
    files: new Set(srcs).size,
    rawKB: raw / 1024,
    gzKB: gz / 1024,
    htmlKB: html.length / 1024,
    htmlGzKB: gzipSync(html).length / 1024,
    inlineKB: inline / 1024,
  };
}

/** Sequential GETs of one page for `ms`, returning latency percentiles. */
async function sampleLatency(pathname: string, ms: number) {
  const samples: number[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const start = process.hrtime.bigint();
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
    await response.arrayBuffer();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

/**
 * Catalogue latency while PDFs are being generated: applications (with sessions) are inserted
 * directly, then never-rendered documents are requested at a fixed rate (PDF_RATE per second, default
 * 16, open loop: a slow answer does not slow the requests) while another client measures a procedure
 * page. Renders run in the server's PDF worker threads (lib/pdf/renderer.ts); a 503 with Retry-After
 * (queue full) is counted as shed, not as a failure. Then cached re-downloads.
 */
async function pdfUnderLoad(url: string) {
  const rate = Number(process.env.PDF_RATE ?? 16);
  const db = createPrismaClient(url);
  const slug = "renovacion-de-documento-migratorio";
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const values = validStepValues();
  const answers = {
    personal: personalStepSchema.parse(values.personal),
    passport: passportStepSchema.parse(values.passport),
    address: addressStepSchema.parse(values.address),
    details: detailsStepSchema({ kind: "renewal" }, [0, 1, 2, 3, 4]).parse(validDetails(slug)),
  };
  const apps: { number: string; token: string }[] = [];
  for (let i = 0; i < 40; i += 1) {
    const number = generateApplicationNumber(2026);
    const token = randomToken();
    await db.application.create({
      data: {
        number,
        passwordHash: "$argon2id$bench",
        procedureId: procedure.id,
        locale: "es",
        answers,
        applicantName: "José Ángel Muñoz Peña",
        feePositions: [1],
        paymentReference: paymentReference(number),
        sessions: { create: { id: tokenId(token), expiresAt: new Date(Date.now() + 3600_000) } },
      },
    });
    apps.push({ number, token });
  }
  await db.$disconnect();

  const page = "/es/tramites/permiso-para-trabajar";
  const idle = await sampleLatency(page, 3000);
  const kinds = ["solicitud", "hoja-de-pago", "escritos", "requisitos"];
  const jobs = apps.flatMap((a) => kinds.map((k) => ({ ...a, kind: k })));
  const renderTimes: number[] = [];
  let shed = 0;
  const fetchPdf = async (job: (typeof jobs)[number], allowShed: boolean) => {
    const start = process.hrtime.bigint();
    const response = await fetch(`http://127.0.0.1:${port}/es/solicitudes/${job.number}/${job.kind}.pdf`, {
      headers: { cookie: `vt_session=${job.token}` },
    });
    await response.arrayBuffer();
    if (allowShed && response.status === 503 && response.headers.get("retry-after")) {
      shed += 1;
      return null;
    }
    if (response.status !== 200) throw new Error(`PDF ${job.kind} answered ${response.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  let done = false;
  const started = Date.now();
  const sampler = sampleLatencyUntil(page, () => done);
  const requests: Promise<void>[] = [];
  for (let i = 0; i < jobs.length; i += 1) {
    const due = started + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    requests.push(
      fetchPdf(jobs[i]!, true).then((ms) => {
        if (ms !== null) renderTimes.push(ms);
      }),
    );
  }
  await Promise.all(requests);
  done = true;
  const loadedStats = await sampler;
  const seconds = (Date.now() - started) / 1000;
  renderTimes.sort((a, b) => a - b);
  console.log(
    `PDF first download (render + store), ${jobs.length} documents at ${rate}/s (open loop): p50 ${fmt(percentile(renderTimes, 50))} ms  p95 ${fmt(percentile(renderTimes, 95))} ms; ${renderTimes.length} served, ${shed} shed with 503 + Retry-After, in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `catalogue page ${page}: idle p50 ${idle.p50.toFixed(1)} / p95 ${idle.p95.toFixed(1)} / p99 ${idle.p99.toFixed(1)} ms; while rendering p50 ${loadedStats.p50.toFixed(1)} / p95 ${loadedStats.p95.toFixed(1)} / p99 ${loadedStats.p99.toFixed(1)} ms`,
  );
  const cached: number[] = [];
  const cachedStart = Date.now();
  for (let i = 0; i < 200; i += 1) {
    const ms = await fetchPdf(jobs[i % jobs.length]!, false).catch(() => null);
    if (ms !== null) cached.push(ms);
  }
  cached.sort((a, b) => a - b);
  console.log(
    `PDF re-download (1 client; stored ones from the database): p50 ${percentile(cached, 50).toFixed(1)} ms, ${(200 / ((Date.now() - cachedStart) / 1000)).toFixed(0)} req/s`,
  );
  const renderP95 = percentile(renderTimes, 95);
  const cachedP95 = percentile(cached, 95);
  rows.push({
    figure: `PDF first download p95 (render + store, ${rate} docs/s)`,
    value: `${fmt(renderP95)} ms (${shed} shed)`,
    baseline: `cached re-download p95 ${fmt(cachedP95, 1)} ms`,
    ratio: `${fmt(renderP95 / cachedP95, 1)}x`,
    goal: "reported",
  });
  rows.push({
    figure: `catalogue page p99 while ${rate} docs/s render`,
    value: `${fmt(loadedStats.p99, 1)} ms`,
    baseline: `idle p99 ${fmt(idle.p99, 1)} ms`,
    ratio: `${fmt(loadedStats.p99 / idle.p99, 1)}x`,
    goal: "≤ 2x idle",
  });
}

/**
 * Status look-up at a fixed 20 requests/s for 10 s, half with a wrong password, through the JSON API
 * (same code path as the form). Each request comes "from" its own documentation-range address
 * (X-Forwarded-For) so the per-client limit does not turn the run into 429s; wrong passwords go to
 * numbers of their own so the per-number limit does not either. Measures argon2 verify + limiter + session.
 */
async function lookupLoad(url: string) {
  const db = createPrismaClient(url);
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { slug: "notificacion-cambio-de-domicilio" },
    select: { id: true },
  });
  const number = generateApplicationNumber(2026);
  await db.application.create({
    data: {
      number,
      passwordHash: await hashPassword("ABCD2345EFGH"),
      procedureId: procedure.id,
      locale: "es",
      answers: {},
      applicantName: "Bench",
      feePositions: [],
      paymentReference: paymentReference(number),
    },
  });
  await db.$disconnect();
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const send = async (i: number) => {
    const wrong = i % 2 === 1;
    const start = process.hrtime.bigint();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/seguimiento`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: `http://127.0.0.1:${port}`,
        "x-forwarded-for": `198.51.100.${i % 250}`,
      },
      body: JSON.stringify({
        number: wrong ? generateApplicationNumber(2026) : number,
        password: wrong ? "WRONG0000000" : "ABCD-2345-EFGH",
      }),
    });
    await response.arrayBuffer();
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  };
  const paced = async (fn: (i: number) => Promise<void>) => {
    const inflight: Promise<void>[] = [];
    for (let i = 0; i < 200; i += 1) {
      inflight.push(fn(i));
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(inflight);
  };
  // Baseline: the same pace against /healthz (no database, no hashing).
  const trivial: number[] = [];
  await paced(async () => {
    const start = process.hrtime.bigint();
    await (await fetch(`http://127.0.0.1:${port}/healthz`)).arrayBuffer();
    trivial.push(Number(process.hrtime.bigint() - start) / 1e6);
  });
  trivial.sort((a, b) => a - b);
  await paced(send);
  latencies.sort((a, b) => a - b);
  rows.push({
    figure: "status look-up p95 at 20 req/s (half wrong)",
    value: `${fmt(percentile(latencies, 95), 1)} ms`,
    baseline: `/healthz p95 ${fmt(percentile(trivial, 95), 1)} ms`,
    ratio: `${fmt(percentile(latencies, 95) / percentile(trivial, 95), 1)}x`,
    goal: "≤ 300 ms",
  });
  console.log(
    `status look-up at 20 req/s (half wrong passwords), 200 requests: p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}

/** Sequential GETs of one page until `stop()` turns true, returning latency percentiles. */
async function sampleLatencyUntil(pathname: string, stop: () => boolean) {
  const samples: number[] = [];
  do {
    const start = process.hrtime.bigint();
    await (await fetch(`http://127.0.0.1:${port}${pathname}`)).arrayBuffer();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  } while (!stop());
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

/** The page's bytes exactly as the app sends them to a browser asking for gzip. */
function rawGzip(pathname: string): Promise<{ gz: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ gz: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
      })
      .on("error", reject);
  });
}

/**
 * Public pages three ways with wrk (one thread, 32 connections, gzip): nginx serving a precompressed
 * static copy of the page (gzip_static: the physical limit for these bytes here), `next start`
 * directly, and through nginx.conf's cache. Ratios are to the static file of the same size.
 */
async function proxyThroughput(pages: string[]) {
  ensureDebianTools({ nginx: "nginx", wrk: "wrk" });
  const staticDir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-static-"));
  chmodSync(staticDir, 0o755);
  const files: Record<string, string> = {};
  for (const [i, page] of pages.entries()) {
    const { gz, encoding } = await rawGzip(page);
    if (encoding !== "gzip") throw new Error(`${page} was not sent gzip-compressed`);
    const name = `page-${i}.html`;
    writeFileSync(path.join(staticDir, name), gunzipSync(gz));
    writeFileSync(path.join(staticDir, `${name}.gz`), gz);
    files[page] = `/${name}`;
  }
  const staticServer = `  server {\n    listen 127.0.0.1:${staticPort};\n    root ${staticDir};\n    gzip_static on;\n    location / { default_type text/html; }\n  }`;
  let nginx: Nginx | undefined;
  try {
    nginx = await startNginx({ port: nginxPort, upstreamPorts: [port], extraServers: staticServer, rateFactor: 1000 });
    const headers = { "accept-encoding": "gzip" };
    const opts = { seconds, connections: 32, headers };
    for (const page of pages) {
      for (let i = 0; i < 2; i += 1)
        await (await fetch(`http://127.0.0.1:${nginxPort}${page}`, { headers })).arrayBuffer();
      const cacheStatus = (await fetch(`http://127.0.0.1:${nginxPort}${page}`, { headers })).headers.get(
        "x-cache-status",
      );
      if (cacheStatus !== "HIT") throw new Error(`${page} through nginx: X-Cache-Status ${cacheStatus}, expected HIT`);
      const size = (await rawGzip(page)).gz.length;
      const file = runWrk(`http://127.0.0.1:${staticPort}${files[page]}`, opts);
      const direct = runWrk(`http://127.0.0.1:${port}${page}`, opts);
      const cached = runWrk(`http://127.0.0.1:${nginxPort}${page}`, opts);
      for (const [label, r] of [
        ["nginx static file", file],
        ["next start", direct],
        ["nginx cache", cached],
      ] as const) {
        failedRequests += r.errors;
        console.log(
          `${page} (${(size / 1024).toFixed(1)} KB gzip) ${label.padEnd(18)} ${fmt(r.rps).padStart(7)} req/s  p50 ${fmt(r.p50, 2)} ms  p99 ${fmt(r.p99, 2)} ms  errors ${r.errors}`,
        );
      }
      const baseline = `static file ${fmt(file.rps)} req/s`;
      rows.push({
        figure: `${page} via next start (wrk c32)`,
        value: `${fmt(direct.rps)} req/s`,
        baseline,
        ratio: fmt(direct.rps / file.rps, 3),
        goal: "≥ 1/40 (0.025)",
      });
      rows.push({
        figure: `${page} via nginx cache (wrk c32)`,
        value: `${fmt(cached.rps)} req/s`,
        baseline,
        ratio: fmt(cached.rps / file.rps, 2),
        goal: "≥ 0.8",
      });
    }
  } finally {
    await nginx?.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

async function main() {
  requireQuietMachine("npm run bench");
  const bench = await prepareBenchServer();
  try {
    const { database } = bench;
    if (process.env.BENCH_ONLY === "pdf") {
      console.log(`next start → first page: ${await bench.startServer(port)} ms`);
      await pdfUnderLoad(database.url);
      printTable();
      return;
    }
    if (process.env.BENCH_ONLY === "publish") {
      console.log(`next start → first page: ${await bench.startServer(port)} ms`);
      await publishBench(database.url, port, nginxPort);
      return;
    }
    const db = createPrismaClient(database.url);
    const catalogue = await readCatalogue(db);
    await db.$disconnect();
    const queries = ["domicilio", "tramite", "permiso de trabajo", "renovacion tarjeta", "visa familiar", "zzz"];
    let n = 0;
    const searchStart = process.hrtime.bigint();
    while (Number(process.hrtime.bigint() - searchStart) < 1e9) {
      searchProcedures(catalogue.procedures, catalogue.categories, queries[n % queries.length]!, "es");
      n += 1;
    }
    console.log(`search over ${catalogue.procedures.length} procedures: ${n} searches/s (single core, in process)`);

    console.log(`next start → first page: ${await bench.startServer(port)} ms`);

    const js = await scriptSizes("/es/tramites/renovacion-de-documento-migratorio");
    console.log(
      `procedure page: ${js.files} script files, JS ${js.rawKB.toFixed(1)} KB raw / ${js.gzKB.toFixed(1)} KB gzip; inline scripts ${js.inlineKB.toFixed(1)} KB; HTML ${js.htmlKB.toFixed(1)} KB (${js.htmlGzKB.toFixed(1)} KB gzip)`,
    );

    console.log(`load: ${concurrency} connections × ${seconds} s each, Node client on the same 2 cores`);
    for (const target of [
      "/es",
      "/es/tramites/renovacion-de-documento-migratorio",
      "/es/tramites?q=domicilio",
      "/api/v1/tramites",
      "/healthz",
    ]) {
      const r = await load(target);
      console.log(
        `${target.padEnd(52)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}`,
      );
    }
    await proxyThroughput(["/es/tramites/renovacion-de-documento-migratorio", "/es/tramites"]);
    await pdfUnderLoad(database.url);
    await lookupLoad(database.url);
    printTable();
    console.log(
      "Lighthouse mobile scores of the public pages: npx tsx tests/bench/lighthouse.ts (README, Caching and speed).",
    );
    if (failedRequests > 0) {
      console.error(
        `${failedRequests} benchmark requests failed or did not answer 200: the figures above are not valid.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
