/**
 * `npm test`: every test against real components, then one plain closing line `N passed, N failed`.
 *   1. a throw-away PostgreSQL (embedded, in a temp dir) — or, with DATABASE_URL set, throw-away
 *      databases on that server;
 *   2. Vitest: unit tests and integration tests (each file creates its own database);
 *   3. a production build of the portal against a migrated, seeded database, served on port 3100;
 *   4. Playwright end-to-end tests in Chromium (Debian's), with axe accessibility checks;
 *   5. the `npm start` smoke test (fresh data folder, Ctrl-C, restart, crash), reusing that build.
 * Options: --skip-e2e, --only=unit|integration|e2e (e2e includes the smoke test);
 * E2E_ARGS="tests/e2e/applications" passes arguments to Playwright.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../prisma/scripts/db";
import { writeBuildStamp } from "../prisma/scripts/lib/build-stamp";
import { hashCatalogueFiles } from "../prisma/scripts/seed";
import { seedDemo } from "../prisma/scripts/seed-demo";
import { generateTotpKeySpec } from "../lib/auth/totp-crypto";
import { createTestDatabase, type TestDatabase } from "./factories/database";
import { loadStatisticsFixtures } from "./factories/statistics";

const root = path.resolve(__dirname, "..");
const reports = path.join(root, "test-results");
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const wants = (stage: "unit" | "integration" | "e2e") => (only ? only === stage : !(stage === "e2e" && args.includes("--skip-e2e")));

type Tally = { passed: number; failed: number; skipped: number };
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const timings: string[] = [];

function bin(pkg: string, file: string) {
  return path.join(root, "node_modules", pkg, file);
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv, options: { detached?: boolean } = {}): ChildProcess {
  return spawn(command, argv, { cwd: root, env, stdio: "inherit", detached: options.detached ?? false });
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

async function runVitest(projectNames: string[], env: NodeJS.ProcessEnv) {
  const report = path.join(reports, "vitest.json");
  rmSync(report, { force: true });
  const projects = projectNames.flatMap((p) => ["--project", p]);
  const code = await exitOf(run(process.execPath, [bin("vitest", "vitest.mjs"), "run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env));
  const result = readJson(report) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  if (!result) {
    tally.failed += 1;
    console.error(`Vitest ended (exit ${code}) without a report.`);
    return;
  }
  tally.passed += result.numPassedTests;
  tally.failed += result.numFailedTests + (code !== 0 && result.numFailedTests === 0 ? 1 : 0);
  tally.skipped += result.numPendingTests + result.numTodoTests;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("The portal exited before it was ready.");
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The portal did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

async function runE2e(adminUrl: string, env: NodeJS.ProcessEnv) {
  let database: TestDatabase | undefined;
  let server: ChildProcess | undefined;
  const port = process.env.E2E_PORT ?? "3100";
  try {
    database = await timed("e2e database", () => createTestDatabase(adminUrl));
    // A throw-away key for the second-factor secrets: the seed, the server and the staff helpers share it.
    const totpKey = generateTotpKeySpec("e2e");
    process.env.TOTP_ENCRYPTION_KEY = totpKey;
    // A realistic back-office: demo staff and a few hundred sample applications (flagged as such). The
    // server runs in demo mode (VENTANILLA_DEMO=1), as `npm start -- --demo` would.
    await timed("e2e demo data", () => seedDemo(database!.url));
    // Before the build (/estadisticas is pre-rendered): the SAMPLE history and resolved applications.
    await timed("e2e statistics data", () => loadStatisticsFixtures(database!.url));
    // Reached directly (TRUSTED_PROXIES unset = 0): the limits see the socket address.
    // Every journey comes from one address: the per-client application limits (lib/applications/rate-limit.ts)
    // are scaled up here and tested in tests/integration/applicant-privacy.test.ts instead.
    const appEnv = { ...env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-test", NODE_ENV: "production" as const, APPLICATION_LIMIT_FACTOR: "20", VENTANILLA_DEMO: "1", TOTP_ENCRYPTION_KEY: totpKey, PUBLIC_BASE_URL: `http://localhost:${port}` };
    const buildCode = await timed("build", async () => exitOf(run(process.execPath, [bin("next", "dist/bin/next"), "build"], appEnv)));
    if (buildCode !== 0) {
      tally.failed += 1;
      console.error("next build failed: end-to-end tests not run.");
      return;
    }
    writeBuildStamp(".next-test", hashCatalogueFiles());
    server = run(process.execPath, [bin("next", "dist/bin/next"), "start", "-p", port], appEnv, { detached: true });
    await timed("first page", () => waitForServer(`http://localhost:${port}/es`, server!));
    const report = path.join(reports, "e2e.json");
    rmSync(report, { force: true });
    await timed("e2e", async () =>
      exitOf(
        run(process.execPath, [bin("@playwright/test", "cli.js"), "test", ...(process.env.E2E_ARGS?.split(" ").filter(Boolean) ?? [])], {
          ...env,
          E2E_BASE_URL: `http://localhost:${port}`,
          E2E_JSON_REPORT: report,
          // Staff journeys create their own officials (tests/factories/staff.ts) in the portal's database.
          E2E_DATABASE_URL: database!.url,
          TOTP_ENCRYPTION_KEY: totpKey,
          // Specs that start a second server of the same build (tests/e2e/platform) reuse it.
          E2E_DIST_DIR: ".next-test",
        }),
      ),
    );
    const result = readJson(report) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] } | null;
    if (!result) {
      tally.failed += 1;
      console.error("Playwright ended without a report.");
      return;
    }
    tally.passed += result.stats.expected + result.stats.flaky;
    tally.failed += result.stats.unexpected;
    // A spec file that fails to load runs no test at all: Playwright reports it only under `errors`.
    tally.failed += result.errors?.length ?? 0;
    tally.skipped += result.stats.skipped;
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await timed("npm start smoke", () => runVitest(["smoke"], { ...env, SMOKE_DIST_DIR: ".next-test" }));
  } catch (error) {
    tally.failed += 1;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM"); // the whole group: `next start` forks next-server
      } catch {
        // already gone
      }
    }
    await database?.drop().catch(() => undefined);
  }
}

async function main() {
  const started = Date.now();
  mkdirSync(reports, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  let adminUrl: string | undefined = process.env.DATABASE_URL;
  let stopDatabase = async () => {};
  if (!adminUrl) {
    const server = await timed("database start", () =>
      startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(os.tmpdir(), "ventanilla-test-")), persistent: false }),
    );
    adminUrl = server.url;
    stopDatabase = () => server.stop();
  }
  const stop = async () => stopDatabase().catch(() => undefined);
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));

  try {
    const vitestProjects = (["unit", "integration"] as const).filter(wants);
    const url = adminUrl;
    if (vitestProjects.length) await timed("vitest", () => runVitest([...vitestProjects], { ...env, TEST_DATABASE_URL: url }));
    if (wants("e2e")) await runE2e(url, env);
  } finally {
    await stop();
  }
  console.log(`\nTimings: ${timings.join(", ")}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
  process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
}

void main();
