import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // `server-only` throws outside React Server Components; in tests the guard is not the subject.
  "server-only": path.resolve(__dirname, "tests/setup/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // A stray `.only` fails its file instead of quietly skipping the rest, with or without CI set.
    allowOnly: false,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "prisma/**/*.test.ts",
            "components/**/*.test.ts",
            "tests/lint/**/*.test.ts",
            "tests/setup/**/*.test.ts",
          ],
          environment: "node",
          allowOnly: false,
          // PDF tests render with react-pdf and read back with poppler: seconds each on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          allowOnly: false,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-database.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two cores: run the database-heavy files one after another.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "smoke",
          allowOnly: false,
          include: ["tests/smoke/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
