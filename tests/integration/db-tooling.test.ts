/**
 * The database tooling against real PostgreSQL servers (no mocks): each describe block starts its
 * own throw-away embedded cluster in its own temp dir. Run as root these temp dirs are mode 700, so
 * every block also exercises the relocation for the postgres user (prisma/scripts/lib/postgres-runtime.ts).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../prisma/scripts/db";
import { readMigrationsList } from "../../prisma/scripts/lib/migrations";
import { findRepoRoot, migrationsDir, schemaPath } from "../../prisma/scripts/lib/paths";
import { isProcessAlive } from "../../prisma/scripts/lib/processes";
import { diffToSchema } from "../../prisma/scripts/lib/schema-engine";
import { applyMigrations, pendingMigrations } from "../../prisma/scripts/migrate";

const root = findRepoRoot();
/** tsx as a loader inside one node process (the tsx CLI would put a second process in between). */
const tsxLoader = ["--import", "tsx"];
const schema = { path: schemaPath(), content: fs.readFileSync(schemaPath(), "utf8") };
const committed = readMigrationsList().migrationDirectories.map((directory) => directory.path);

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ventanilla-dbt-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty database on the same server. */
async function freshDatabase(server: EmbeddedPostgres, name: string): Promise<string> {
  await query(server.url, `CREATE DATABASE "${name}"`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
}

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

function history(url: string): Promise<HistoryRow[]> {
  return query<HistoryRow>(
    url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name`,
  );
}

/** Runs a TypeScript file in a child process, as `npm run` would. */
function runTsx(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [...tsxLoader, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, exited, output: () => stdout };
}

describe("a fresh database migrated from the committed migrations", () => {
  let server: EmbeddedPostgres;
  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: path.join(tempDir(), "pg"), persistent: false });
  });
  afterAll(async () => server?.stop());

  it("has exactly the schema that prisma/schema.prisma describes", async () => {
    expect(committed.length).toBeGreaterThan(0);
    const { applied, engine } = await applyMigrations(server.url);
    expect(engine).toBe("wasm");
    expect(applied).toEqual(committed);

    // Prisma's engine describes the live database and compares it with the schema: no difference.
    expect(await diffToSchema(server.url, { kind: "database" }, schema)).toBe("");
    // Replaying the migrations on a shadow database gives the same answer (what db:new-migration relies on).
    expect(await diffToSchema(server.url, { kind: "migrations", list: readMigrationsList() }, schema)).toBe("");
  });

  it("would notice a schema the migrations do not produce", async () => {
    const changed = {
      ...schema,
      content: schema.content.replace(/model Holiday \{/, "model Holiday {\n  region String? @db.VarChar(10)"),
    };
    expect(changed.content).not.toBe(schema.content);
    expect(await diffToSchema(server.url, { kind: "database" }, changed)).toMatch(
      /ALTER TABLE "holiday" ADD COLUMN\s+"region" VARCHAR\(10\)/,
    );
  });

  it("gets the same tables and the same history from the plain SQL runner", async () => {
    const url = await freshDatabase(server, "sql_runner");
    const { applied, engine } = await applyMigrations(url, { engine: "sql" });
    expect(engine).toBe("sql");
    expect(applied).toEqual(committed);
    expect(await diffToSchema(url, { kind: "database" }, schema)).toBe("");

    const strip = (rows: HistoryRow[]) =>
      rows.map(({ finished_at, ...row }) => ({ ...row, finished: finished_at !== null }));
    expect(strip(await history(url))).toEqual(strip(await history(server.url)));
    const tableDefinition = `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
      FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`;
    expect(await query(url, tableDefinition)).toEqual(await query(server.url, tableDefinition));
  });
});

describe("applyMigrations bookkeeping", () => {
  let server: EmbeddedPostgres;
  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: path.join(tempDir(), "pg"), persistent: false });
  });
  afterAll(async () => server?.stop());

  it("records each migration once, with Prisma's checksum, and does nothing the second time", async () => {
    expect(await pendingMigrations(server.url)).toEqual(committed);
    expect((await applyMigrations(server.url)).applied).toEqual(committed);
    expect((await applyMigrations(server.url)).applied).toEqual([]);

    const rows = await history(server.url);
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
    for (const row of rows) {
      const script = fs.readFileSync(path.join(migrationsDir(), row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("reports no pending migration once applied, and the one whose history row is missing", async () => {
    expect(await pendingMigrations(server.url)).toEqual([]);
    const last = committed[committed.length - 1]!;
    const [saved] = await query(server.url, `DELETE FROM "_prisma_migrations" WHERE migration_name = $1 RETURNING *`, [
      last,
    ]);
    try {
      expect(await pendingMigrations(server.url)).toEqual([last]);
    } finally {
      await query(
        server.url,
        `INSERT INTO "_prisma_migrations" SELECT * FROM json_populate_record(NULL::"_prisma_migrations", $1)`,
        [JSON.stringify(saved)],
      );
    }
    expect(await pendingMigrations(server.url)).toEqual([]);
  });

  it.each(["wasm", "sql"] as const)(
    "rolls back a failing migration, records it as failed and stops there (%s engine)",
    async (engine) => {
      const url = await freshDatabase(server, `failing_${engine}`);
      const dir = path.join(tempDir(), "migrations");
      fs.cpSync(migrationsDir(), dir, { recursive: true });
      const broken = "29991231000000_broken";
      fs.mkdirSync(path.join(dir, broken));
      fs.writeFileSync(path.join(dir, broken, "migration.sql"), 'CREATE TABLE "half_done" (id int);\nSELECT 1/0;\n');

      await expect(applyMigrations(url, { migrationsDir: dir, engine })).rejects.toThrow(
        /29991231000000_broken|division by zero/,
      );
      // Everything before it stays applied; nothing of it remains.
      expect(await query(url, `SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
      const rows = await history(url);
      expect(rows.filter((row) => row.finished_at).map((row) => row.migration_name)).toEqual(committed);
      expect(rows.find((row) => row.migration_name === broken)).toMatchObject({
        finished_at: null,
        rolled_back_at: null,
      });
      expect(rows.find((row) => row.migration_name === broken)?.logs).toMatch(/division by zero/);

      // Like Prisma (P3009), later runs refuse until someone resolves it.
      await expect(applyMigrations(url, { migrationsDir: dir, engine })).rejects.toThrow(
        /failed earlier[\s\S]*--rolled-back/,
      );
    },
  );

  it.each(["wasm", "sql"] as const)(
    "applies a script with semicolons inside strings as written (%s engine)",
    async (engine) => {
      const url = await freshDatabase(server, `semicolons_${engine}`);
      const dir = path.join(tempDir(), "migrations");
      fs.cpSync(migrationsDir(), dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "29991231000000_notes"));
      fs.writeFileSync(
        path.join(dir, "29991231000000_notes", "migration.sql"),
        `CREATE TABLE "note" (body text);\nINSERT INTO "note" VALUES ('Requisitos: acta; CURP; comprobante');\n`,
      );
      await applyMigrations(url, { migrationsDir: dir, engine });
      expect(await query(url, `SELECT body FROM "note"`)).toEqual([{ body: "Requisitos: acta; CURP; comprobante" }]);
    },
  );

  it("refuses to run when an applied migration's file no longer matches what was applied", async () => {
    const first = committed[0]!;
    const rows = await query<{ checksum: string }>(
      server.url,
      `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`,
      [first],
    );
    const checksum = rows[0]!.checksum;
    await query(server.url, `UPDATE "_prisma_migrations" SET checksum = $2 WHERE migration_name = $1`, [
      first,
      "0".repeat(64),
    ]);
    try {
      await expect(applyMigrations(server.url)).rejects.toThrow(/modified after they were applied[\s\S]*- \d{14}_/);
    } finally {
      await query(server.url, `UPDATE "_prisma_migrations" SET checksum = $2 WHERE migration_name = $1`, [
        first,
        checksum,
      ]);
    }
  });
});

describe("starting again after a crash", () => {
  const dataDir = path.join(tempDir(), "pg");
  let server: EmbeddedPostgres | undefined;
  afterAll(async () => server?.stop());

  it("works after the process that ran the server was SIGKILLed (its postmaster still running)", async () => {
    const script = path.join(path.dirname(dataDir), "hold-server.ts");
    fs.writeFileSync(
      script,
      `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(root, "prisma", "scripts", "db.ts"))};
       startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, persistent: false }).then((db) => {
         console.log(JSON.stringify({ url: db.url, clusterDir: db.clusterDir }));
         setInterval(() => undefined, 1000);
       });`,
    );
    const holder = runTsx([script]);
    const started = Date.now();
    while (!holder.output().includes("\n") && Date.now() - started < 30_000)
      await new Promise((r) => setTimeout(r, 50));
    const { url, clusterDir } = JSON.parse(holder.output()) as { url: string; clusterDir: string };
    await query(url, "CREATE TABLE survivor (id int); INSERT INTO survivor VALUES (42)");
    const orphan = Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);

    holder.child.kill("SIGKILL");
    await holder.exited;
    expect(isProcessAlive(orphan)).toBe(true);

    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    expect(server.isOwner).toBe(true);
    expect(isProcessAlive(orphan)).toBe(false);
    expect(await query(server.url, "SELECT id FROM survivor")).toEqual([{ id: 42 }]);
  });

  it("works after the postmaster itself was SIGKILLed", async () => {
    const postmaster = Number(fs.readFileSync(path.join(server!.clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    while (isProcessAlive(postmaster)) await new Promise((r) => setTimeout(r, 20));

    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    expect(await query(server.url, "SELECT id FROM survivor")).toEqual([{ id: 42 }]);
  });

  it("works over a leftover postmaster.pid that names a live process which is not PostgreSQL", async () => {
    const { clusterDir } = server!;
    const pidFile = path.join(clusterDir, "postmaster.pid");
    const leftover = fs.readFileSync(pidFile, "utf8").split("\n");
    const owner = JSON.parse(fs.readFileSync(path.join(clusterDir, "ventanilla-owner.json"), "utf8")) as {
      postmaster: number;
    };
    // Stop the server behind the wrapper's back (no clean-up), then leave a pid file naming this test process.
    process.kill(owner.postmaster, "SIGKILL");
    while (isProcessAlive(owner.postmaster)) await new Promise((r) => setTimeout(r, 20));
    leftover[0] = String(process.pid);
    fs.writeFileSync(pidFile, leftover.join("\n"));

    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    expect(await query(server.url, "SELECT id FROM survivor")).toEqual([{ id: 42 }]);
  });

  it("explains a busy port instead of failing obscurely", async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: path.join(path.dirname(dataDir), "other"), port, persistent: false }),
      ).rejects.toThrow(new RegExp(`Port ${port} is already in use`));
    } finally {
      busy.close();
    }
  });
});

describe("two migration runs at the same time", () => {
  let server: EmbeddedPostgres;
  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: path.join(tempDir(), "pg"), persistent: false });
  });
  afterAll(async () => server?.stop());

  it("both succeed from two processes and apply each migration once", async () => {
    const url = await freshDatabase(server, "two_processes");
    const runs = [
      runTsx(["prisma/scripts/migrate.ts"], { DATABASE_URL: url }),
      runTsx(["prisma/scripts/migrate.ts"], { DATABASE_URL: url }),
    ];
    const results = await Promise.all(runs.map((run) => run.exited));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(results.filter((result) => result.stdout.includes("Applied"))).toHaveLength(1);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(committed);
  });

  it("both succeed within one process and apply each migration once", async () => {
    const url = await freshDatabase(server, "one_process");
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...a.applied, ...b.applied]).toEqual(committed);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(committed);
  });
});
