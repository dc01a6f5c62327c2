/**
 * `npm start` as a newcomer runs it: embedded database in a fresh data folder, migrations, seed,
 * the build, the server; Ctrl-C stops everything; the next start reuses data and build; a crash
 * (SIGKILL of the whole process group, postgres left running) does not break the start after it.
 * `npm test` runs this after the end-to-end stage and reuses its build (.next-test).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../setup/free-port";
import { assertServesBuild } from "../setup/server-identity";

const root = path.resolve(__dirname, "..", "..");
// Found free at run time (SMOKE_PORT overrides): a fixed port could be answered by someone else's server.
let port = 0;
const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "ventanilla-smoke-")), "postgres");
const distDir = process.env.SMOKE_DIST_DIR ?? ".next-smoke";
// Reusing the e2e build means starting it with the public address it was built for (its build stamp holds it).
const publicBaseUrl = process.env.SMOKE_PUBLIC_BASE_URL;

type Run = { child: ChildProcess; output: () => string; exit: Promise<number | null> };

function startPortal(): Run {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    VENTANILLA_DATA_DIR: dataDir,
    NEXT_DIST_DIR: distDir,
    ...(publicBaseUrl ? { PUBLIC_BASE_URL: publicBaseUrl } : {}),
  };
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/scripts/start.ts"],
    {
      cwd: root,
      env,
      detached: true, // its own process group, like a terminal's foreground job
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitUntilServing(run: Run, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`npm start exited early:\n${run.output()}`);
    let ready = false;
    try {
      ready = (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
    } catch {
      // not listening yet
    }
    if (ready) {
      // Ready, and serving this start's build: not another process that took the port first.
      await assertServesBuild(`http://127.0.0.1:${port}`, path.join(root, distDir));
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`npm start did not become ready:\n${run.output()}`);
}

beforeAll(async () => {
  port = process.env.SMOKE_PORT ? Number(process.env.SMOKE_PORT) : await freePort();
});

const postmasterPid = () => path.join(dataDir, "postmaster.pid");
const started: Run[] = [];

afterAll(async () => {
  for (const run of started) {
    if (run.child.exitCode !== null || run.child.signalCode !== null || !run.child.pid) continue;
    try {
      process.kill(-run.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await stopLeftoverPostgres();
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

/** Stops a postmaster the crash test may have left, through the portal's own start-and-stop path. */
async function stopLeftoverPostgres() {
  if (!existsSync(postmasterPid())) return;
  const { startEmbeddedPostgres } = await import("../../prisma/scripts/db");
  const server = await startEmbeddedPostgres({ dataDir, persistent: true });
  await server.stop();
}

describe("npm start", () => {
  it("serves the catalogue from a fresh data folder and stops cleanly on Ctrl-C", async () => {
    const run = startPortal();
    started.push(run);
    await waitUntilServing(run);
    const page = await fetch(`http://127.0.0.1:${port}/es/tramites/visa-por-unidad-familiar`);
    expect(page.status).toBe(200);
    expect(run.output()).toMatch(/Migrations applied: \d+_init/);
    expect(run.output()).toContain("Catalogue loaded: ");
    // No demo credential unless asked for (H2); the TOTP key lives beside the cluster, not in it.
    expect(run.output()).toContain("No demo accounts");
    expect(existsSync(path.join(path.dirname(dataDir), "totp-encryption.key"))).toBe(true);
    expect(existsSync(postmasterPid())).toBe(true);

    process.kill(-run.child.pid!, "SIGINT");
    expect(await run.exit).toBe(0);
    expect(existsSync(postmasterPid()), "postgres must be stopped").toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("reuses the data and the build the second time", async () => {
    const run = startPortal();
    started.push(run);
    await waitUntilServing(run);
    expect(run.output()).toContain("Catalogue up to date.");
    expect(run.output()).toContain("Build is up to date.");
    expect(run.output()).not.toContain("Migrations applied");
    process.kill(-run.child.pid!, "SIGINT");
    expect(await run.exit).toBe(0);
  });

  it("starts after a crash that left postgres running", async () => {
    const crashed = startPortal();
    started.push(crashed);
    await waitUntilServing(crashed);
    process.kill(-crashed.child.pid!, "SIGKILL");
    await crashed.exit;
    expect(existsSync(postmasterPid()), "the crash leaves postgres behind").toBe(true);

    const run = startPortal();
    started.push(run);
    await waitUntilServing(run);
    expect((await fetch(`http://127.0.0.1:${port}/es/tramites`)).status).toBe(200);
    process.kill(-run.child.pid!, "SIGINT");
    expect(await run.exit).toBe(0);
    expect(existsSync(postmasterPid())).toBe(false);
  });
});
