/**
 * The only place that creates a Prisma client. Only lib/<domain>/queries|mutations import `db`;
 * tooling under prisma/ uses `createPrismaClient` with an explicit URL.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long a query waits for a database connection (or a free slot in this pool) before failing.
 * The rate-limit pools keep 5 s: they are tiny (2–4 connections) and queue bursts on purpose.
 */
export const DATABASE_CONNECT_TIMEOUT_MS = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 1_500);

/**
 * A client for one database URL. Bounded pool and timeouts so a database outage fails fast instead of
 * hanging: a connection (or a free pool slot) not obtained within 1.5 s is an error, so a request
 * during an outage gets its 503 within 2 s (`npm run test:faults` checks it).
 */
export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: 10_000,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { ventanillaPrisma?: PrismaClient };

function getDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which prepares the database.");
  return url;
}

/** Process-wide client, created on first use and kept on globalThis so dev hot reloads reuse it. */
export function getDb(): PrismaClient {
  globalForPrisma.ventanillaPrisma ??= createPrismaClient(getDatabaseUrl());
  return globalForPrisma.ventanillaPrisma;
}
