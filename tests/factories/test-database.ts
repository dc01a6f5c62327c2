import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * Registers beforeAll/afterAll hooks that give the test file its own migrated (and seeded) database
 * and a Prisma client on it. Read `ctx.db` / `ctx.database` inside tests, not at import time.
 */
export function useTestDatabase(options: { seed?: boolean } = {}): { database: TestDatabase; db: PrismaClient } {
  const ctx = {} as { database: TestDatabase; db: PrismaClient };
  beforeAll(async () => {
    ctx.database = await createTestDatabase(inject("adminDatabaseUrl"), options);
    ctx.db = createPrismaClient(ctx.database.url);
  });
  afterAll(async () => {
    await ctx.db?.$disconnect();
    await ctx.database?.drop();
  });
  return ctx;
}
