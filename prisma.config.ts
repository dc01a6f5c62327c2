import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env: the URL comes from the environment that our scripts prepare
// (prisma/scripts/*). `prisma generate` needs no database, so a placeholder is fine there.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/scripts/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@localhost:5432/unused" },
});
