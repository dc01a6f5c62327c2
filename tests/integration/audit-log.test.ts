import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../factories/database";

/**
 * Review L3: the audit log cannot be emptied by the application. The migration refuses TRUNCATE even
 * for the table's owner, and the runtime role the README recommends (INSERT and SELECT only on
 * audit_log, not the owner) can neither edit, delete, truncate nor switch the triggers off.
 */
let database: TestDatabase;
let owner: pg.Client;
let runtime: pg.Client;
const role = `vt_runtime_${randomBytes(4).toString("hex")}`;
const password = randomBytes(12).toString("hex");

const insertRow = (client: pg.Client) =>
  client.query(
    `INSERT INTO audit_log (actor_id, actor_role, action, entity, entity_id) VALUES ('staff-1', 'clerk', 'application.received', 'application', '1')`,
  );

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"), { seed: false });
  owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  // The README's runtime role, as an operator would create it (see "Database roles").
  await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  await owner.query(`GRANT CONNECT ON DATABASE "${database.name}" TO ${role}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await owner.query(`GRANT INSERT, SELECT ON audit_log TO ${role}`);
  await owner.query(`GRANT USAGE ON SEQUENCE audit_log_id_seq TO ${role}`);
  const url = new URL(database.url);
  url.username = role;
  url.password = password;
  runtime = new pg.Client({ connectionString: url.toString() });
  await runtime.connect();
});

afterAll(async () => {
  await runtime?.end();
  await owner?.query(`DROP OWNED BY ${role}`).catch(() => undefined);
  await owner?.end();
  await database?.drop();
  const admin = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await admin.connect();
  await admin.query(`DROP ROLE IF EXISTS ${role}`).finally(() => admin.end());
});

describe("audit log protection in the database", () => {
  it("refuses TRUNCATE even from the table's owner", async () => {
    await insertRow(owner);
    await expect(owner.query("TRUNCATE audit_log")).rejects.toThrow(/append-only: TRUNCATE is refused/);
    expect(Number((await owner.query("SELECT count(*) FROM audit_log")).rows[0].count)).toBeGreaterThan(0);
  });

  it("lets the runtime role add and read rows, and nothing else", async () => {
    await insertRow(runtime);
    expect(Number((await runtime.query("SELECT count(*) FROM audit_log")).rows[0].count)).toBeGreaterThan(0);
    await expect(runtime.query("UPDATE audit_log SET actor_id = 'x'")).rejects.toThrow(/permission denied/);
    await expect(runtime.query("DELETE FROM audit_log")).rejects.toThrow(/permission denied/);
    await expect(runtime.query("TRUNCATE audit_log")).rejects.toThrow(/permission denied/);
    await expect(runtime.query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate")).rejects.toThrow(
      /must be owner/,
    );
  });
});
