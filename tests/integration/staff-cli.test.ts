import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../factories/database";

/**
 * The first real admin (security review H2/M2): `npm run staff:create-admin` prints a one-time enrolment
 * link, never a password; and `npm start` on an external database refuses to run without the TOTP key.
 */
const root = path.resolve(__dirname, "..", "..");
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"));
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), `prisma/scripts/${script}`, ...args],
      { cwd: root, env: { ...process.env, ...env } },
    );
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

const tokenOf = (out: string) => /https:\/\/ventanilla\.example\/es\/personal\/alta\/([\w-]{43})/.exec(out)?.[1];

describe("npm run staff:create-admin", () => {
  it("creates an admin with no password and prints a one-time enrolment link under PUBLIC_BASE_URL", async () => {
    const env = { DATABASE_URL: database.url, PUBLIC_BASE_URL: "https://ventanilla.example" };
    const first = await run("create-admin.ts", ["--email", "Jefa.TI@Example.org", "--name", "Jefa de TI"], env);
    expect(first.code, first.out).toBe(0);
    const token = tokenOf(first.out);
    expect(token).toBeDefined();
    expect(first.out.toLowerCase()).not.toMatch(/password:|contraseña:/);
    const admin = await db.staffUser.findUniqueOrThrow({
      where: { email: "jefa.ti@example.org" },
      include: { enrolments: true },
    });
    expect(admin).toMatchObject({ role: "admin", name: "Jefa de TI", passwordHash: null, totpSecret: null });
    expect(admin.enrolments.map((e) => e.id)).toEqual([createHash("sha256").update(token!).digest("hex")]);

    const again = await run("create-admin.ts", ["--email", "jefa.ti@example.org"], env);
    expect(again.code).toBe(1);
    expect(again.out).toContain("--reset");
    const reset = await run("create-admin.ts", ["--email", "jefa.ti@example.org", "--reset"], env);
    expect(reset.code, reset.out).toBe(0);
    const newToken = tokenOf(reset.out);
    expect(newToken).not.toBe(token);
    // The earlier link is gone: only the new one works.
    expect((await db.staffEnrolment.findMany({ where: { staffId: admin.id } })).map((e) => e.id)).toEqual([
      createHash("sha256").update(newToken!).digest("hex"),
    ]);
  });

  it("refuses a malformed email", async () => {
    const result = await run("create-admin.ts", ["--email", "not-an-email"], { DATABASE_URL: database.url });
    expect(result.code).toBe(2);
  });
});

describe("npm start on an external database", () => {
  it("refuses to start without TOTP_ENCRYPTION_KEY, before touching the database", async () => {
    const result = await run("start.ts", [], { DATABASE_URL: database.url, TOTP_ENCRYPTION_KEY: "", PORT: "1" });
    expect(result.code).toBe(1);
    expect(result.out).toContain("TOTP_ENCRYPTION_KEY is not set");
  });
});
