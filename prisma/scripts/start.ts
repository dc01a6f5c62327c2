/**
 * `npm start`: database (embedded or DATABASE_URL) → migrations → catalogue seed → build (when
 * sources or content changed) → `next start` on PORT (3000). Ctrl-C or SIGTERM stops the server,
 * then the database, cleanly. `--dev` runs `next dev` instead of build + start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./db";
import { applyMigrations } from "./migrate";
import { seedCatalogue } from "./seed";

const root = path.resolve(__dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** Hash of everything that ends up in the build: code, config, lockfile and catalogue content. */
function buildInputsHash(contentHash: string): string {
  const hash = createHash("sha256").update(contentHash);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(root, full)).update(String(statSync(full).size)).update(readFileSync(full));
    }
  };
  for (const dir of ["app", "components", "lib", "public"]) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["next.config.ts", "proxy.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"]) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(file).update(readFileSync(full));
  }
  return hash.digest("hex");
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  const dev = process.argv.includes("--dev");
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
    const { applied } = await applyMigrations(database.url);
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    const seeded = await seedCatalogue(database.url);
    console.log(seeded.changed ? `Catalogue loaded: ${seeded.procedures} procedures.` : "Catalogue up to date.");

    const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir };
    if (dev) {
      server = run(["dev", "-p", port], env);
    } else {
      const stampFile = path.join(root, distDir, "ventanilla-build-stamp");
      const stamp = buildInputsHash(seeded.hash);
      const upToDate = existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(path.join(root, distDir, "BUILD_ID"));
      if (!upToDate) {
        console.log("Building the portal…");
        const code = await waitFor(run(["build"], env));
        if (code !== 0) throw new Error(`next build failed (exit ${code})`);
        writeFileSync(stampFile, stamp);
      } else {
        console.log("Build is up to date.");
      }
      server = run(["start", "-p", port], env);
    }
    console.log(`Ventanilla: http://localhost:${port} (ready steps took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const code = await waitFor(server);
    await shutdown(code);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
