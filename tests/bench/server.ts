import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../prisma/scripts/db";
import { createTestDatabase, type TestDatabase } from "../factories/database";

const root = path.resolve(__dirname, "..", "..");
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

export type BenchServer = {
  database: TestDatabase;
  env: NodeJS.ProcessEnv;
  startServer(port: number): Promise<number>;
  stop(): Promise<void>;
};

/**
 * A throw-away embedded PostgreSQL with a migrated, seeded database, and a production build of the portal
 * against it in `.next-bench` (reused with BENCH_REUSE_BUILD=1). `startServer` runs `next start` and
 * resolves with the milliseconds to the first page; `stop` ends the server and the database.
 */
export async function prepareBenchServer(): Promise<BenchServer> {
  const pg = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(os.tmpdir(), "ventanilla-bench-")),
    persistent: false,
  });
  let server: ChildProcess | undefined;
  const database = await createTestDatabase(pg.url);
  // TRUSTED_PROXIES=1: the look-up figure sends a different X-Forwarded-For per request, as nginx would
  // for many clients, so it measures password checks rather than the per-client limit.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: ".next-bench",
    NEXT_TELEMETRY_DISABLED: "1",
    PUBLIC_BASE_URL: "http://127.0.0.1",
    TRUSTED_PROXIES: "1",
    APPLICATION_LIMIT_FACTOR: "100",
  };
  return {
    database,
    env,
    async startServer(port: number) {
      // The address pages name in their canonical links is the one the benches (and Lighthouse) visit.
      env.PUBLIC_BASE_URL = `http://localhost:${port}`;
      if (!(process.env.BENCH_REUSE_BUILD && existsSync(path.join(root, ".next-bench", "BUILD_ID")))) {
        const t = Date.now();
        const code = await exitOf(spawn(process.execPath, [next, "build"], { cwd: root, env, stdio: "ignore" }));
        if (code !== 0) throw new Error("build failed");
        console.log(`next build: ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
      const t0 = Date.now();
      server = spawn(process.execPath, [next, "start", "-p", String(port)], {
        cwd: root,
        env,
        stdio: "ignore",
        detached: true,
      });
      for (;;) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/es`)).ok) break;
        } catch {
          /* not yet */
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return Date.now() - t0;
    },
    async stop() {
      if (server?.pid) process.kill(-server.pid, "SIGTERM");
      await database.drop().catch(() => undefined);
      await pg.stop();
    },
  };
}
