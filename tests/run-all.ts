/**
 * `npm test`: every test against real components, then a line naming the stages that ran and one plain
 * closing line `N passed, N failed`, alone on its line because CI reads it. Stages, in order:
 *   lint         `npm run lint` when package.json has that script; counts as one test (passed or failed);
 *   unit         Vitest project `unit`;
 *   integration  Vitest project `integration` (real PostgreSQL: a throw-away embedded server in a temp dir,
 *                or, with DATABASE_URL set, throw-away databases on that server);
 *   e2e          a production build against a migrated, seeded database, served on a port found free at run
 *                time (E2E_PORT overrides), then Playwright in Chromium (Debian's) with axe checks;
 *   smoke        the `npm start` test (fresh data folder, Ctrl-C, restart, crash), reusing the e2e build.
 * Options: --only=unit,e2e (a comma list of stage names), --skip-e2e (e2e and smoke). A stage left out by an
 * option counts as one failure unless --allow-skip is given too, so a partial run never looks like a full
 * one; an unknown option or stage name is an error. E2E_ARGS="tests/e2e/applications" passes arguments to
 * Playwright.
 * Honest counting: `.only` fails (Vitest allowOnly false, Playwright --forbid-only); tests of a Vitest file
 * whose setup failed count as failed, not skipped; a flaky (retried) Playwright test counts as failed; a
 * non-zero exit with a clean report, a missing or corrupt report, a stage over its time limit, a database
 * that does not start: each counts as a failure and still ends with the summary line.
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
import { freePort } from "./setup/free-port";
import {
  countPlaywright,
  countVitest,
  type PlaywrightReport,
  type Tally,
  type VitestReport,
} from "./setup/report-counts";
import { assertServesBuild } from "./setup/server-identity";

const root = path.resolve(__dirname, "..");
const reports = path.join(root, "test-results");

const STAGES = ["lint", "unit", "integration", "e2e", "smoke"] as const;
type Stage = (typeof STAGES)[number];

/**
 * About twice a run on a quiet 2-core machine (unit ~40 s, integration ~110 s, e2e with build ~9 min).
 * TEST_TIME_LIMIT_FACTOR scales them all (a slower machine: 2).
 */
const TIME_LIMIT_FACTOR = Number(process.env.TEST_TIME_LIMIT_FACTOR ?? 1) || 1;
const TIME_LIMIT_SECONDS: Record<Stage, number> = { lint: 300, unit: 360, integration: 600, e2e: 1_200, smoke: 600 };
const timeLimitSeconds = (stage: Stage) => Math.round(TIME_LIMIT_SECONDS[stage] * TIME_LIMIT_FACTOR * 10) / 10;
/** After a stage is stopped, how long its clean-up (server, database) may take before the run moves on. */
const CLEANUP_GRACE_MS = 30_000;

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const ran: string[] = [];
const timings: string[] = [];
const live = new Set<ChildProcess>();

type Options = { stages: Stage[]; left: Stage[]; allowSkip: boolean };

/** Reads the command line; throws on anything it does not know, so a typo never narrows a run silently. */
function parseOptions(argv: string[]): Options {
  let only: Stage[] | undefined;
  let skipE2e = false;
  let allowSkip = false;
  for (const arg of argv) {
    if (arg === "--skip-e2e") skipE2e = true;
    else if (arg === "--allow-skip") allowSkip = true;
    else if (arg.startsWith("--only=")) {
      const names = arg
        .slice("--only=".length)
        .split(",")
        .map((s) => s.trim());
      const unknown = names.filter((n) => !(STAGES as readonly string[]).includes(n));
      if (unknown.length || names.length === 0)
        throw new Error(`--only: unknown stage "${unknown.join(", ")}" (stages: ${STAGES.join(", ")}).`);
      only = names as Stage[];
    } else
      throw new Error(`Unknown option "${arg}" (options: --only=<${STAGES.join("|")}>[,…], --skip-e2e, --allow-skip).`);
  }
  const stages = STAGES.filter((s) => (only ? only.includes(s) : true) && !(skipE2e && (s === "e2e" || s === "smoke")));
  return { stages, left: STAGES.filter((s) => !stages.includes(s)), allowSkip };
}

function bin(pkg: string, file: string) {
  return path.join(root, "node_modules", pkg, file);
}

/** A child in its own process group, so a time limit or Ctrl-C can stop it with everything it forked. */
class StageContext {
  readonly tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  readonly children = new Set<ChildProcess>();
  stopped = false;

  run(command: string, argv: string[], env: NodeJS.ProcessEnv): ChildProcess {
    if (this.stopped) throw new Error("stage stopped");
    const child = spawn(command, argv, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
    this.children.add(child);
    live.add(child);
    child.on("exit", () => {
      this.children.delete(child);
      live.delete(child);
    });
    return child;
  }

  fail(message: string) {
    this.tally.failed += 1;
    // After a time-out the stage's own complaints (a killed child, no report) are noise: it already failed.
    if (!this.stopped) console.error(message);
  }
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 1);
    child.on("error", () => resolve(1));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
}

/**
 * Runs one stage under its time limit. Its counts join the total only if it finished in time; a stage over
 * its limit is stopped (its process groups killed) and counts as one failure.
 */
async function runStage(stage: Stage, work: (ctx: StageContext) => Promise<void>) {
  const ctx = new StageContext();
  const limitMs = timeLimitSeconds(stage) * 1000;
  let timer: NodeJS.Timeout | undefined;
  const overtime = new Promise<"overtime">((resolve) => (timer = setTimeout(() => resolve("overtime"), limitMs)));
  const done = work(ctx).then(
    () => "done" as const,
    (error: unknown) => {
      ctx.fail(`Stage ${stage}: ${error instanceof Error ? error.message : String(error)}`);
      return "done" as const;
    },
  );
  const started = Date.now();
  const outcome = await Promise.race([done, overtime]);
  clearTimeout(timer);
  if (outcome === "overtime") {
    ctx.stopped = true;
    console.error(`\nStage ${stage} timed out after ${timeLimitSeconds(stage)} s: stopping it.`);
    for (const child of ctx.children) killGroup(child, "SIGTERM");
    await Promise.race([done, sleep(5_000)]);
    for (const child of ctx.children) killGroup(child, "SIGKILL");
    await Promise.race([done, sleep(CLEANUP_GRACE_MS)]);
    total.failed += 1;
    ran.push(`${stage} (timed out)`);
  } else {
    total.passed += ctx.tally.passed;
    total.failed += ctx.tally.failed;
    total.skipped += ctx.tally.skipped;
    ran.push(stage);
  }
  timings.push(`${stage} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A report file as JSON, or null when it is missing; a truncated or corrupt file is an error. */
function readReport(file: string): unknown {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${path.relative(root, file)} is not valid JSON (${text.length} bytes): the run was cut short.`);
  }
}

async function runVitest(ctx: StageContext, project: string, env: NodeJS.ProcessEnv) {
  const report = path.join(reports, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const argv = [
    bin("vitest", "vitest.mjs"),
    "run",
    "--project",
    project,
    "--allowOnly=false",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ];
  const code = await exitOf(ctx.run(process.execPath, argv, env));
  const result = readReport(report) as VitestReport | null;
  if (!result) return ctx.fail(`Vitest (${project}) ended (exit ${code}) without a report.`);
  const counted = countVitest(result, code, (line) => console.error(line));
  ctx.tally.passed += counted.passed;
  ctx.tally.failed += counted.failed;
  ctx.tally.skipped += counted.skipped;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error("The portal exited before it was ready.");
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The portal did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

const E2E_DIST_DIR = ".next-test";
/** The public address the e2e build was made for: the smoke stage starts that build with the same one. */
let e2eBuildBaseUrl = "";

/** Build, serve and test; returns whether the build exists for the smoke stage to reuse. */
async function runE2e(ctx: StageContext, adminUrl: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  let database: TestDatabase | undefined;
  let server: ChildProcess | undefined;
  let built = false;
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const baseUrl = `http://localhost:${port}`;
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
    const appEnv = {
      ...env,
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NODE_ENV: "production" as const,
      APPLICATION_LIMIT_FACTOR: "20",
      VENTANILLA_DEMO: "1",
      TOTP_ENCRYPTION_KEY: totpKey,
      PUBLIC_BASE_URL: baseUrl,
      // tests/e2e/catalogue/publish-live.spec.ts waits for a publication to show: a short catalogue check.
      CATALOGUE_CHECK_SECONDS: "2",
    };
    const buildCode = await timed("build", async () =>
      exitOf(ctx.run(process.execPath, [bin("next", "dist/bin/next"), "build"], appEnv)),
    );
    if (buildCode !== 0) {
      ctx.fail("next build failed: end-to-end tests not run.");
      return false;
    }
    writeBuildStamp(E2E_DIST_DIR, hashCatalogueFiles(), baseUrl);
    e2eBuildBaseUrl = baseUrl;
    built = true;
    server = ctx.run(process.execPath, [bin("next", "dist/bin/next"), "start", "-p", String(port)], appEnv);
    await timed("first page", () => waitForServer(`${baseUrl}/es`, server!));
    // The port was free a build ago; make sure the server answering is this run's build, not a neighbour's.
    await assertServesBuild(baseUrl, path.join(root, E2E_DIST_DIR));
    const report = path.join(reports, "e2e.json");
    rmSync(report, { force: true });
    const playwrightArgs = ["test", "--forbid-only", ...(process.env.E2E_ARGS?.split(" ").filter(Boolean) ?? [])];
    const code = await timed("playwright", async () =>
      exitOf(
        ctx.run(process.execPath, [bin("@playwright/test", "cli.js"), ...playwrightArgs], {
          ...env,
          E2E_BASE_URL: baseUrl,
          E2E_JSON_REPORT: report,
          // Staff journeys create their own officials (tests/factories/staff.ts) in the portal's database.
          E2E_DATABASE_URL: database!.url,
          TOTP_ENCRYPTION_KEY: totpKey,
          // Specs that start a second server of the same build (tests/e2e/platform) reuse it.
          E2E_DIST_DIR,
        }),
      ),
    );
    const result = readReport(report) as PlaywrightReport | null;
    if (!result) {
      ctx.fail(`Playwright ended (exit ${code}) without a report.`);
      return built;
    }
    const counted = countPlaywright(result, code);
    ctx.tally.passed += counted.passed;
    ctx.tally.failed += counted.failed;
    ctx.tally.skipped += counted.skipped;
    if (result.stats.flaky)
      console.error(`${result.stats.flaky} flaky end-to-end test(s) passed only on a retry: counted as failed.`);
    return built;
  } finally {
    if (server) {
      killGroup(server, "SIGTERM"); // the whole group: `next start` forks next-server
      await Promise.race([exitOf(server), sleep(10_000)]);
    }
    await database?.drop().catch(() => undefined);
  }
}

function hasLintScript(): boolean {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  return Boolean(pkg.scripts?.lint);
}

async function main() {
  const started = Date.now();
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.log("Stages: none ran (bad options)");
    console.log("0 passed, 1 failed");
    process.exit(2);
  }
  mkdirSync(reports, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const wants = (stage: Stage) => options.stages.includes(stage);
  const notes: string[] = [];

  let stopDatabase = async () => {};
  process.on("SIGINT", () => {
    for (const child of live) killGroup(child, "SIGKILL");
    void stopDatabase()
      .catch(() => undefined)
      .then(() => process.exit(130));
  });

  try {
    if (wants("lint")) {
      if (hasLintScript()) {
        await runStage("lint", async (ctx) => {
          const code = await exitOf(ctx.run("npm", ["run", "--silent", "lint"], env));
          if (code === 0) ctx.tally.passed += 1;
          else ctx.fail(`npm run lint failed (exit ${code}).`);
        });
      } else notes.push("no lint script");
    }
    if (wants("unit")) await runStage("unit", (ctx) => runVitest(ctx, "unit", env));

    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl && (wants("integration") || wants("e2e"))) {
      try {
        const server = await timed("database start", () =>
          startEmbeddedPostgres({
            dataDir: mkdtempSync(path.join(os.tmpdir(), "ventanilla-test-")),
            persistent: false,
          }),
        );
        adminUrl = server.url;
        stopDatabase = () => server.stop();
      } catch (error) {
        total.failed += 1;
        console.error(`The test database did not start: ${error instanceof Error ? error.message : error}`);
      }
    }
    const url = adminUrl;
    let e2eBuilt: boolean | undefined;
    if (wants("integration")) {
      if (url)
        await runStage("integration", (ctx) => runVitest(ctx, "integration", { ...env, TEST_DATABASE_URL: url }));
      else notes.push("integration not run: no database");
    }
    if (wants("e2e")) {
      if (url)
        await runStage("e2e", async (ctx) => {
          e2eBuilt = await runE2e(ctx, url, env);
        });
      else notes.push("e2e not run: no database");
    }
    if (wants("smoke")) {
      if (e2eBuilt === false) {
        total.failed += 1;
        notes.push("smoke not run: the build failed");
      } else {
        // Reuses the e2e build; alone, `npm start` builds its own (.next-smoke).
        await runStage("smoke", (ctx) =>
          runVitest(
            ctx,
            "smoke",
            e2eBuilt ? { ...env, SMOKE_DIST_DIR: E2E_DIST_DIR, SMOKE_PUBLIC_BASE_URL: e2eBuildBaseUrl } : env,
          ),
        );
      }
    }
  } catch (error) {
    total.failed += 1;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await stopDatabase().catch(() => undefined);
  }

  if (options.left.length) {
    if (options.allowSkip) notes.push(`left out on request: ${options.left.join(", ")}`);
    else {
      total.failed += options.left.length;
      notes.push(`left out, counted as failed (add --allow-skip to accept): ${options.left.join(", ")}`);
    }
  }
  console.log(`\nTimings: ${timings.join(", ")}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const skipped = total.skipped ? [`${total.skipped} tests skipped`] : [];
  console.log(`Stages: ${[ran.join(", ") || "none ran", ...notes, ...skipped].join("; ")}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}

process.on("unhandledRejection", (error) => {
  // Last resort: a bug in this runner still ends with the line CI reads.
  console.error(error);
  console.log(`Stages: ${ran.join(", ") || "none ran"}; runner error`);
  console.log(`${total.passed} passed, ${total.failed + 1} failed`);
  process.exit(1);
});

void main();
