/**
 * `npx tsx tests/bench/pdf.ts`: how long React-PDF takes to render each document, printed, never
 * asserted (timed assertions flake). Renders the real catalogue's procedures in Spanish and English
 * (tests/factories/application-view.ts): after a warm-up, each document kind 50 times per page size,
 * then prints p50/p95/max per kind and size, documents per second, and the event-loop delay seen
 * while rendering (React-PDF is synchronous CPU work: that delay is what other requests wait).
 * Options via env: BENCH_RUNS (default 50); NODE_OPTIONS=--expose-gc makes the heap figure exclude garbage.
 */
import { existsSync } from "node:fs";
import Module from "node:module";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type * as RenderModule from "../../lib/pdf/render";
import type * as FactoryModule from "../factories/application-view";
import { requireQuietMachine } from "./quiet";

// Measure what `next start` runs: React's production build.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";

// tsx runs this file as CommonJS and compiles React-PDF's ES modules to CommonJS on the fly; one of
// them imports "@react-pdf/hyphenate/en-us", which that package exports for `import` only. Resolve
// it by hand before anything loads React-PDF (Next and Vitest load ES modules and need no help).
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  const prefix = "@react-pdf/hyphenate/";
  if (request.startsWith(prefix)) {
    const parent = rest[0] as { paths?: string[] } | undefined;
    for (const dir of [...(parent?.paths ?? []), path.join(process.cwd(), "node_modules")]) {
      const file = path.join(dir, "@react-pdf", "hyphenate", "lib", `${request.slice(prefix.length)}.js`);
      if (existsSync(file)) return file;
    }
  }
  return resolveFilename.call(this, request, ...rest);
};

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the resolver above */
const { renderApplicationDocument, renderBlankChecklist } = require("../../lib/pdf/render") as typeof RenderModule;
const { makeApplicationView, catalogueProcedure, catalogueInstitution } =
  require("../factories/application-view") as typeof FactoryModule;
const { DOCUMENT_KINDS, PAGE_SIZES } = require("../../lib/pdf/types") as typeof import("../../lib/pdf/types");
/* eslint-enable @typescript-eslint/no-require-imports */

const runs = Number(process.env.BENCH_RUNS ?? 50);
const slugs = [
  "renovacion-de-documento-migratorio",
  "notificacion-cambio-de-domicilio",
  "regularizacion-por-vinculo-familiar",
  "visa-por-razones-humanitarias",
  "permiso-de-salida-y-regreso",
];
const applications = slugs.flatMap((slug) =>
  (["es", "en"] as const).map((locale) => makeApplicationView({ slug, locale })),
);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number) => n.toFixed(1).padStart(7);

type Job = { label: string; size: string; render: (i: number) => Promise<Buffer> };

async function main() {
  requireQuietMachine("pdf bench");
  const jobs: Job[] = [];
  for (const size of PAGE_SIZES) {
    for (const kind of DOCUMENT_KINDS) {
      jobs.push({
        label: kind,
        size,
        render: (i) => renderApplicationDocument(kind, applications[i % applications.length]!, size),
      });
    }
    jobs.push({
      label: "requisitos (en blanco)",
      size,
      render: (i) =>
        renderBlankChecklist({
          procedure: catalogueProcedure(slugs[i % slugs.length]!),
          institution: catalogueInstitution(),
          locale: i % 2 ? "en" : "es",
          pageSize: size,
        }),
    });
  }

  const coldStart = performance.now();
  await jobs[0]!.render(0);
  const cold = performance.now() - coldStart;
  for (const job of jobs) for (let i = 0; i < 5; i += 1) await job.render(i);

  const delay = monitorEventLoopDelay({ resolution: 5 });
  console.log(
    `PDF rendering, ${runs} runs per document and page size, ${applications.length} applications (5 procedures × es/en)`,
  );
  console.log(`first render in a fresh process (fonts load, glyph cache warm-up): ${cold.toFixed(0)} ms\n`);
  console.log(
    `${"document".padEnd(24)}${"size".padEnd(8)}${"p50 ms".padStart(7)}${"p95 ms".padStart(8)}${"max ms".padStart(8)}${"KiB".padStart(7)}`,
  );
  const all: number[] = [];
  const started = performance.now();
  delay.enable();
  for (const job of jobs) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      const pdf = await job.render(i);
      times.push(performance.now() - t0);
      bytes += pdf.length;
      // Renders resolve through microtasks only: yield to the event loop between them, as separate
      // requests would, so the delay histogram sees one render at a time.
      await new Promise((resolve) => setImmediate(resolve));
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(
      `${job.label.padEnd(24)}${job.size.padEnd(8)}${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(times.at(-1)!)}${(bytes / runs / 1024).toFixed(0).padStart(7)}`,
    );
  }
  delay.disable();
  const seconds = (performance.now() - started) / 1000;
  all.sort((a, b) => a - b);
  console.log(
    `\nall documents: ${all.length} in ${seconds.toFixed(1)} s = ${(all.length / seconds).toFixed(1)} docs/s (one core); p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${all.at(-1)!.toFixed(1)} ms`,
  );
  const toMs = (ns: number) => (ns / 1e6).toFixed(1);
  global.gc?.();
  console.log(
    `heap after rendering: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB (fonts, glyph and text-run caches included)`,
  );
  console.log(
    `event-loop delay while rendering: p50 ${toMs(delay.percentile(50))} ms, p99 ${toMs(delay.percentile(99))} ms, max ${toMs(delay.max)} ms ` +
      `(what a request arriving mid-render waits; cache the bytes, render each document once)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
