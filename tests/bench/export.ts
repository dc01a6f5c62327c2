/**
 * `npx tsx tests/bench/export.ts`: streams an open-data file of 1,000,000 generated rows out of a real
 * PostgreSQL through the same code the route uses (keyset batches → CSV/JSON encoder → ReadableStream
 * → optional gzip), and prints time, rows/s, bytes and peak memory. Printed, never asserted.
 *
 * "gzip" pipes the body through a zlib gzip stream, as Next's `compress` does in front of the route.
 *
 * Rows: `historical_statistic` filled with generate_series (192 months × 32 states × 163 types), the
 * table behind historico-documentos-emitidos.{csv,json}. Each variant runs in the same process after
 * the previous one, so "peak RSS above start" is what that export added.
 * Options via env: BENCH_ROWS (default 1000000); NODE_OPTIONS=--expose-gc for heap figures without garbage;
 * NODE_OPTIONS="--max-old-space-size=64" shows the export finishes in a heap far smaller than the rows.
 */
import Module from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import pg from "pg";
import { startEmbeddedPostgres } from "../../prisma/scripts/db";
import { createTestDatabase } from "../factories/database";
import { requireQuietMachine } from "./quiet";

// `server-only` throws outside React Server Components; here we measure the code, not the guard.
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === "server-only") return path.join(__dirname, "../setup/empty-module.ts");
  return resolveFilename.call(this, request, ...rest);
};

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function fill(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id }] = (
      await client.query(
        `INSERT INTO statistics_import (source, file_name, sha256, is_sample, rows_accepted, rows_rejected) VALUES ('Benchmark (generated)', 'bench.csv', md5(random()::text) || md5(random()::text), true, $1, 0) RETURNING id`,
        [ROWS],
      )
    ).rows as [{ id: number }];
    await client.query(
      `INSERT INTO historical_statistic (import_id, month, state_code, document_type, count)
       SELECT $1, (date '2010-01-01' + ((g % 192) * interval '1 month'))::date,
              (ARRAY['AS','BC','BS','CC','CL','CM','CS','CH','DF','DG','GT','GR','HG','JC','MC','MN','MS','NT','NL','OC','PL','QT','QR','SP','SL','SR','TC','TS','TL','VZ','YN','ZS'])[((g / 192) % 32) + 1],
              'Tipo de documento "' || (g / 6144) || '", con coma', ((g::bigint * 7919) % 5000)::int
       FROM generate_series(0, $2 - 1) AS g`,
      [id, ROWS],
    );
    await client.query("ANALYZE historical_statistic");
  } finally {
    await client.end();
  }
}

async function main() {
  requireQuietMachine("export bench");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ventanilla-bench-export-"));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  try {
    const database = await createTestDatabase(server.url);
    const t0 = performance.now();
    await fill(database.url);
    console.log(`Generated ${ROWS.toLocaleString("en")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    process.env.DATABASE_URL = database.url;

    /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the resolver above */
    const { datasetResponse } = require("../../lib/open-data/respond") as typeof import("../../lib/open-data/respond");
    const { datasetSource } = require("../../lib/open-data/sources") as typeof import("../../lib/open-data/sources");
    const { historyDataset } = require("../../lib/open-data/datasets") as typeof import("../../lib/open-data/datasets");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const source = datasetSource(historyDataset);
    const drain = async (response: Response) => {
      const reader = response.body!.getReader();
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return bytes;
        bytes += value.byteLength;
      }
    };
    // Warm-up (JIT, connection pool, database cache): one unmeasured CSV export.
    const warmStart = performance.now();
    await drain(
      datasetResponse({
        request: new Request("http://bench/"),
        dataset: historyDataset,
        format: "csv",
        version: await source.version(),
        rows: source.rows,
      }),
    );
    console.log(`Warm-up export: ${((performance.now() - warmStart) / 1000).toFixed(1)} s`);

    console.log(
      `\nvariant            rows/s     time    bytes sent   peak RSS (start → peak)            peak heap   peak buffers   (heap limit ${mb(v8.getHeapStatistics().heap_size_limit)})`,
    );
    for (const [format, gzip] of [
      ["csv", false],
      ["csv", true],
      ["json", true],
    ] as const) {
      (globalThis as { gc?: () => void }).gc?.();
      const startRss = process.memoryUsage().rss;
      let peakRss = startRss;
      let peakHeap = process.memoryUsage().heapUsed;
      let peakBuffers = process.memoryUsage().arrayBuffers;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
        peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
      }, 10);
      const started = performance.now();
      const request = new Request("http://bench/api/v1/datos/x");
      const response = datasetResponse({
        request,
        dataset: historyDataset,
        format,
        version: await source.version(),
        rows: source.rows,
      });
      const bytes = await drain(
        gzip
          ? new Response(Readable.toWeb(Readable.fromWeb(response.body! as never).pipe(createGzip())) as ReadableStream)
          : response,
      );
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const label = `${format}${gzip ? " + gzip" : ""}`.padEnd(14);
      console.log(
        `${label} ${Math.round(ROWS / seconds)
          .toLocaleString("en")
          .padStart(
            10,
          )} ${seconds.toFixed(1).padStart(7)} s ${mb(bytes).padStart(12)}   ${mb(startRss)} → ${mb(peakRss)} (+${mb(peakRss - startRss)})   ${mb(peakHeap).padStart(9)}   ${mb(peakBuffers).padStart(12)}`,
      );
    }
    await database.drop();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
