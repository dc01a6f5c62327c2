/**
 * Prisma's schema engine (migrations, diff) as WebAssembly, driven over @prisma/adapter-pg.
 *
 * Prisma 7's CLI runs a native schema-engine binary that it downloads on first use; that download is
 * unreachable on this project's machines. `@prisma/schema-engine-wasm` is the same engine compiled to
 * WebAssembly, taking a driver adapter instead of a URL. It is a Prisma internal (its API may change
 * without notice), so package.json pins the exact build matching the CLI and
 * tests/integration/db-tooling.test.ts covers every call made here.
 *
 * Three adapter gaps are patched below, all found by running the engine against PostgreSQL 18:
 * - PrismaPg's executeScript() splits a migration on every ";" (breaking any string or function body
 *   that contains one) and sends the pieces one by one through the pool, outside any transaction, so
 *   a failing migration left its first statements applied. We send the script whole, as one
 *   simple-protocol query on one connection: PostgreSQL runs that as a single implicit transaction,
 *   which is exactly what Prisma's native engine does.
 * - PrismaPg's connectToShadowDb() passes the shadow database name next to `connectionString`, which
 *   pg lets the URL override, so the "shadow" database is the real one; and its pool has no error
 *   listener, so the engine's DROP DATABASE of the shadow crashes the process. We provide our own.
 * - The adapter cannot type PostgreSQL's one-byte `"char"` columns (pg_constraint.contype, …), which
 *   the engine reads while describing a database ("Column type 'char' could not be deserialized").
 *   We report them as the driver-adapter `Character` type the engine expects.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DiffTarget, MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { debug, errorMessage, isDebug } from "./log";

type EngineModule = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

/** The engine could not be loaded at all (as opposed to a migration that failed in it). */
export class SchemaEngineUnavailableError extends Error {
  override name = "SchemaEngineUnavailableError";
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
/** driver-adapter-utils ColumnType.Character. */
const CHARACTER_COLUMN = 6;
/** PostgreSQL's internal one-byte "char" type. */
const PG_CHAR_OID = 18;
const TEXT_OID = 25;

type PanicRegistry = { message: string; get(): string; set_message(value: string): void };

let engineModule: Promise<EngineModule> | null = null;
/** Bumped after a panic: the glue module caches views of the old instance's memory, so load a fresh copy. */
let engineGeneration = 0;

/**
 * Instantiates the WebAssembly engine once per process. Loaded by hand (not `import "...wasm"`)
 * because Node 20 cannot import .wasm modules without --experimental-wasm-modules.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
      const glue = (await import(
        /* webpackIgnore: true */ /* turbopackIgnore: true */ `${pathToFileURL(gluePath).href}?generation=${engineGeneration}`
      )) as EngineModule;
      // The engine's panic hook writes the Rust panic message here before throwing "unreachable".
      const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
      globals.PRISMA_WASM_PANIC_REGISTRY ??= {
        message: "",
        get() {
          return this.message;
        },
        set_message(value: string) {
          this.message = value;
        },
      };
      const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
      const { instance } = await WebAssembly.instantiate(bytes, {
        "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
      });
      glue.__wbg_set_wasm(instance.exports);
      (instance.exports.__wbindgen_start as () => void)();
      debug(`Prisma schema engine (wasm) ${glue.version()} loaded`);
      return glue;
    } catch (error) {
      engineModule = null;
      throw new SchemaEngineUnavailableError(
        `Prisma's WebAssembly schema engine could not be loaded: ${errorMessage(error)}`,
      );
    }
  })();
  return engineModule;
}

/** The driver-adapter-utils build that @prisma/adapter-pg itself uses (it turns thrown errors into the results the engine expects). */
function adapterUtils(): { bindMigrationAwareSqlAdapterFactory(factory: object): object } {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve("@prisma/adapter-pg"))("@prisma/driver-adapter-utils") as {
    bindMigrationAwareSqlAdapterFactory(factory: object): object;
  };
}

type Queryable = {
  performIO(query: object): Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw(query: object): Promise<{ columnTypes: number[] }>;
};

/** See the file comment: report `"char"` columns as Character instead of failing. Patched once per class. */
function teachCharColumns(adapter: object): void {
  const owner = (method: keyof Queryable): Queryable | null => {
    for (let proto: object | null = adapter; proto; proto = Object.getPrototypeOf(proto) as object | null) {
      if (Object.prototype.hasOwnProperty.call(proto, method)) return proto as Queryable;
    }
    return null;
  };
  const ioOwner = owner("performIO");
  const queryOwner = owner("queryRaw");
  const marker = Symbol.for("ventanilla.charColumns");
  if (!ioOwner || !queryOwner || (queryOwner as unknown as Record<symbol, boolean>)[marker]) return;
  (queryOwner as unknown as Record<symbol, boolean>)[marker] = true;
  const charColumns = new WeakMap<object, number[]>();
  const performIO = ioOwner.performIO;
  ioOwner.performIO = async function (this: Queryable, query: object) {
    const result = await performIO.call(this, query);
    const found: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        found.push(index);
      }
    });
    if (found.length > 0) charColumns.set(query, found);
    return result;
  };
  const queryRaw = queryOwner.queryRaw;
  queryOwner.queryRaw = async function (this: Queryable, query: object) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
}

/** See the file comment: one script, one connection, one implicit transaction. */
function runScriptsWhole(adapter: { executeScript(script: string): Promise<void> }, pool: pg.Pool): void {
  const rethrow = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    const connection = await pool.connect();
    try {
      // No parameters: pg uses the simple query protocol, so every statement runs, in one transaction.
      await connection.query(script);
    } catch (error) {
      rethrow(error);
    } finally {
      connection.release();
    }
  };
}

/** A URL for another database on the same server. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * An adapter factory for the engine: `url` is the main database; shadow databases are created on the
 * same server (CREATEDB needed) and dropped when the engine lets go of them.
 */
function createAdapterFactory(url: string) {
  const pools: pg.Pool[] = [];
  const openPool = (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, max: 4 });
    // Connections are terminated on purpose (DROP DATABASE … WITH (FORCE)); never crash on it.
    pool.on("error", (error) => debug(`pool error ignored: ${error.message}`));
    pools.push(pool);
    return pool;
  };
  const adminQuery = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => undefined);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const shadows = new Set<string>();
  const mainPool = openPool(url);

  const factory = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = await new PrismaPg(mainPool).connect();
      teachCharColumns(adapter);
      runScriptsWhole(adapter, mainPool);
      return adapter;
    },
    async connectToShadowDb() {
      const name = `prisma_shadow_${Date.now()}_${randomBytes(4).toString("hex")}`;
      try {
        await adminQuery(`CREATE DATABASE "${name}"`);
      } catch (error) {
        throw new Error(
          `Could not create a shadow database on ${new URL(url).host}: ${errorMessage(error)} (the user needs CREATEDB).`,
        );
      }
      shadows.add(name);
      const pool = openPool(withDatabase(url, name));
      const adapter = await new PrismaPg(pool).connect();
      teachCharColumns(adapter);
      runScriptsWhole(adapter, pool);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await pool.end().catch(() => undefined);
        await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        shadows.delete(name);
      };
      return adapter;
    },
  };

  return {
    factory: adapterUtils().bindMigrationAwareSqlAdapterFactory(factory),
    async close() {
      await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)));
      for (const name of shadows)
        await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    },
  };
}

/**
 * Runs `body` with a schema engine connected to `url`, then frees the engine and closes every
 * connection (ending the pools also releases the engine's session-level advisory lock).
 */
export async function withSchemaEngine<T>(
  url: string,
  schema: { path: string; content: string },
  body: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const engineModule = await loadEngineModule();
  const adapter = createAdapterFactory(url);
  let engine: SchemaEngine | null = null;
  try {
    engine = await engineModule.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      (line: string) => {
        if (isDebug) process.stderr.write(`[schema-engine] ${line}\n`);
      },
      adapter.factory,
    );
    return await body(engine);
  } catch (error) {
    throw explainPanic(error);
  } finally {
    try {
      engine?.free();
    } catch {
      // After a panic the engine is still "borrowed" and cannot be freed; that instance is discarded anyway.
    }
    await adapter.close();
  }
}

function explainPanic(error: unknown): unknown {
  if (error instanceof Error && error.name === "RuntimeError") {
    // A panic leaves the WebAssembly instance unusable: load a fresh one next time.
    engineModule = null;
    engineGeneration += 1;
    const registry = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { get?(): string } }).PRISMA_WASM_PANIC_REGISTRY;
    return new Error(`Prisma's schema engine panicked: ${registry?.get?.() || error.message}`);
  }
  return error;
}

/** Applies the unapplied migrations of `list` with Prisma's own engine; returns their names. */
export async function applyMigrationsWithEngine(
  url: string,
  list: MigrationList,
  schema: { path: string; content: string },
): Promise<string[]> {
  return withSchemaEngine(url, schema, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
}

export type DiffSource =
  | { kind: "empty" }
  /** The committed migrations, replayed on a shadow database. */
  | { kind: "migrations"; list: MigrationList }
  /** The live database at the engine's URL. */
  | { kind: "database" }
  | { kind: "schema"; content: string };

/**
 * SQL that takes `from` to the datamodel in `schema`; "" when they already match. `url` is the
 * database the engine connects to (and, for migrations, the server that hosts the shadow database).
 */
export async function diffToSchema(
  url: string,
  from: DiffSource,
  schema: { path: string; content: string },
): Promise<string> {
  return withSchemaEngine(url, schema, async (engine) => {
    const files = [{ path: schema.path, content: schema.content }];
    const source: DiffTarget =
      from.kind === "empty"
        ? { tag: "empty" }
        : from.kind === "migrations"
          ? { tag: "migrations", ...from.list }
          : from.kind === "database"
            ? { tag: "schemaDatasource", files, configDir: path.dirname(schema.path) }
            : { tag: "schemaDatamodel", files: [{ path: schema.path, content: from.content }] };
    const result = await engine.diff({
      from: source,
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // exitCode 2 = "there is a difference" (prisma migrate diff --exit-code).
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}

/**
 * What `prisma migrate dev --create-only` computes: the script of the next migration (committed
 * migrations replayed on a shadow database, diffed with `schema`), or null when there is nothing to
 * do. Nothing is written or applied. (The engine's own createMigration() refuses to run here: in
 * its WebAssembly build it does not use the adapter's shadow database, diff() does.)
 */
export async function planMigration(
  url: string,
  list: MigrationList,
  schema: { path: string; content: string },
): Promise<string | null> {
  const script = await diffToSchema(url, { kind: "migrations", list }, schema);
  return script === "" ? null : script;
}
