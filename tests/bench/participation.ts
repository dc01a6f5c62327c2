/**
 * `npx tsx tests/bench/participation.ts`: how the participation figures scale, printed, never asserted.
 * Fills a throw-away database with BENCH_SURVEYS satisfaction surveys (default 100 000, over 12 months,
 * every procedure and office) and BENCH_PAGES page answers (default 1 000 000, 5 % with a comment), then
 * times (median of 5 after a warm-up) the public figures, the staff cube per month × procedure × office,
 * the page table, the flag list and the comments CSV; and the redaction of 1 000-character comments.
 */
import { mkdtempSync } from "node:fs";
import Module from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../prisma/scripts/db";
import { applyMigrations } from "../../prisma/scripts/migrate";
import { seedCatalogue } from "../../prisma/scripts/seed";
import { requireQuietMachine } from "./quiet";

// The lib files start with `import "server-only"` (a guard for React Server Components): empty here.
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === "server-only") return path.resolve(__dirname, "../setup/empty-module.ts");
  return resolveFilename.call(this, request, ...rest);
};

const surveys = Number(process.env.BENCH_SURVEYS ?? 100_000);
const pages = Number(process.env.BENCH_PAGES ?? 1_000_000);
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function median(label: string, run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} ${ms(times[2]!).padStart(10)}`);
  return result;
}

async function main() {
  requireQuietMachine("participation bench");
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(os.tmpdir(), "ventanilla-bench-")),
    persistent: false,
  });
  // Not tests/factories/database.ts: it imports vitest, which cannot load outside a test run.
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE bench_participation`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = "/bench_participation";
  process.env.DATABASE_URL = url.toString();
  await applyMigrations(url.toString());
  await seedCatalogue(url.toString());
  try {
    /* eslint-disable @typescript-eslint/no-require-imports -- after the resolver above and DATABASE_URL */
    const { getDb } = require("../../lib/db") as typeof import("../../lib/db");
    const queries = require("../../lib/participation/queries") as typeof import("../../lib/participation/queries");
    const { exportParticipationCsv } =
      require("../../lib/participation/export") as typeof import("../../lib/participation/export");
    const { redactPersonalData } =
      require("../../lib/participation/redact") as typeof import("../../lib/participation/redact");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const db = getDb();
    const fillStart = performance.now();
    // A plain client without the app's statement timeout: filling takes longer than any request may.
    const filler = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await filler.connect();
    const pick = (table: string, column = "id") => `(array(SELECT ${column} FROM ${table} ORDER BY id))`;
    await filler.query(`
      INSERT INTO application (number, password_hash, procedure_id, locale, status, answers, applicant_name, fee_positions, payment_reference, office_id)
      SELECT 'B-' || i, 'x', ${pick("procedure")}[1 + i % (SELECT count(*) FROM procedure)::int], 'es', 'approved', '{}', 'Bench', '{}', 'RFB' || i,
        ${pick("office")}[1 + i % (SELECT count(*) FROM office)::int]
      FROM generate_series(1, ${surveys}) i`);
    await filler.query(`
      INSERT INTO satisfaction_survey (application_id, procedure_id, office_id, outcome, month, satisfaction, requirements_complete, asked_extra, extra_detail, office_time, comment)
      SELECT a.id, a.procedure_id, a.office_id, 'approved', date_trunc('month', now() - ((a.id % 12) || ' months')::interval)::date,
        1 + (a.id * 7919) % 5, a.id % 9 <> 0, a.id % 23 = 0, CASE WHEN a.id % 23 = 0 THEN 'Una carta' END, '1_2h', CASE WHEN a.id % 10 = 0 THEN 'Comentario de prueba' END
      FROM application a WHERE a.number LIKE 'B-%'`);
    await filler.query(`
      INSERT INTO page_feedback (path, locale, procedure_id, useful, comment, day)
      SELECT '/tramites/' || ${pick("procedure", "slug")}[1 + i % n], CASE WHEN i % 3 = 0 THEN 'en' ELSE 'es' END, ${pick("procedure")}[1 + i % n],
        i % 4 <> 0, CASE WHEN i % 20 = 0 THEN 'No dice el horario' END, current_date - (i % 365)
      FROM generate_series(1, ${pages}) i, (SELECT count(*)::int AS n FROM procedure) c`);
    await filler.query("ANALYZE");
    await filler.end();
    console.log(
      `Filled ${surveys.toLocaleString("en")} surveys and ${pages.toLocaleString("en")} page answers in ${((performance.now() - fillStart) / 1000).toFixed(1)} s\n`,
    );

    const staff = { id: "bench", role: "supervisor" as const };
    await median("public figures (overall, per procedure, per month, pages)", () =>
      queries.getPublicSatisfactionFigures(),
    );
    const cube = (await median("staff cube month × procedure × office", () =>
      queries.getSurveyFigures({}, ["month", "procedure", "office"], staff),
    )) as unknown[];
    await median("staff cube, one procedure", () =>
      queries.getSurveyFigures({ procedureSlug: "renovacion-de-documento-migratorio" }, ["month", "office"], staff),
    );
    await median("staff page table month × page", () => queries.getPageFigures({}, ["month", "path"], staff));
    await median("staff flags list (200 open first)", () => queries.listSurveyAnswers({}, { onlyFlags: true }, staff));
    await median("staff page comments (200 open first)", () => queries.listPageComments({}, staff));
    const csv = (await median("comentarios.csv (every comment and flag)", () =>
      exportParticipationCsv("comentarios.csv", {}, staff),
    )) as string;
    console.log(
      `\nstaff cube rows: ${cube.length}; comentarios.csv: ${(csv.length / 1e6).toFixed(1)} MB, ${csv.split("\r\n").length - 2} rows`,
    );

    const comment =
      "No dice si el pasaporte G12345678 sirve vencido; escríbanme a ana.lopez@example.org o al +52 55 1234 5678. "
        .repeat(10)
        .slice(0, 1000);
    const start = performance.now();
    for (let i = 0; i < 10_000; i += 1) redactPersonalData(comment);
    console.log(`redaction of a 1 000-character comment: ${((performance.now() - start) / 10_000).toFixed(3)} ms each`);
    await db.$disconnect();
  } finally {
    await server.stop();
  }
  process.exit(0);
}

void main();
