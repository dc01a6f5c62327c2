/**
 * `npm start`: database (embedded or DATABASE_URL) → migrations → catalogue seed → build (when
 * sources or content changed) → `next start` on PORT (3000). Ctrl-C or SIGTERM stops the server,
 * then the database, cleanly. `--dev` runs `next dev` instead of build + start.
 *
 * Demo staff and sample applications only with `--demo` or VENTANILLA_DEMO=1 (never because of
 * NODE_ENV): the flag also turns on demo mode in the server, without which demo accounts cannot sign in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { resolveDatabase } from "./db";
import { isBuildCurrent, writeBuildStamp } from "./lib/build-stamp";
import { applyMigrations } from "./migrate";
import { seedCatalogue, seedReport } from "./seed";
import { isDemoMode } from "../../lib/auth/demo";
import { ensureTotpKey } from "./lib/totp-key";
import { seedDemo } from "./seed-demo";

const root = path.resolve(__dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  const dev = process.argv.includes("--dev");
  const demo = process.argv.includes("--demo") || isDemoMode();
  const port = process.env.PORT ?? "3000";
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const started = Date.now();

  const database = await resolveDatabase({});
  let server: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await Promise.race([waitFor(server), new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const keySource = ensureTotpKey(database.embedded);
    if (keySource === "file")
      console.log(
        "Second-factor secrets are encrypted with the local key in .data (set TOTP_ENCRYPTION_KEY on a real server).",
      );
    const { applied } = await applyMigrations(database.url);
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    const seeded = await seedCatalogue(database.url);
    seedReport(seeded).forEach((line) => console.log(line));
    if (demo) {
      const seeded = await seedDemo(database.url);
      console.log(
        `Demo mode: demo staff accounts can sign in${seeded.staff || seeded.applications ? ` (added ${seeded.staff} accounts, ${seeded.applications} sample applications)` : ""}. Development only, see README.`,
      );
    } else {
      console.log(
        "No demo accounts (npm start -- --demo for a development demo). First admin: npm run staff:create-admin -- --email <address>.",
      );
    }

    // The server refuses production without a public address (review L7); on this machine it is localhost.
    const publicBaseUrl = process.env.PUBLIC_BASE_URL || `http://localhost:${port}`;
    if (!process.env.PUBLIC_BASE_URL)
      console.log(
        `PUBLIC_BASE_URL not set: using ${publicBaseUrl} (set it to the public https address on a real server).`,
      );
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      PUBLIC_BASE_URL: publicBaseUrl,
      ...(demo ? { VENTANILLA_DEMO: "1" } : {}),
    };
    if (dev) {
      server = run(["dev", "-p", port], env);
    } else {
      if (!isBuildCurrent(distDir, seeded.hash, publicBaseUrl)) {
        console.log("Building the portal…");
        const code = await waitFor(run(["build"], env));
        if (code !== 0) throw new Error(`next build failed (exit ${code})`);
        writeBuildStamp(distDir, seeded.hash, publicBaseUrl);
      } else {
        console.log("Build is up to date.");
      }
      server = run(["start", "-p", port], env);
    }
    console.log(
      `Ventanilla: http://localhost:${port} (ready steps took ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    const code = await waitFor(server);
    await shutdown(code);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
