import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: the nearest folder holding `prisma/schema.prisma`, looked for from this file's
 * own location first (the script belongs to the checkout it sits in, whatever the current directory
 * is), then from the current directory (bundlers such as Next's may rewrite `import.meta.url`).
 */
export function findRepoRoot(): string {
  const starts: string[] = [];
  try {
    if (import.meta.url.startsWith("file:")) starts.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Some bundles leave no usable import.meta.url; the current directory still works there.
  }
  starts.push(process.cwd());
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, "prisma", "schema.prisma"))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`Cannot find the Ventanilla repository (no prisma/schema.prisma above ${starts.join(" or ")}).`);
}

/** Where the committed migrations live (`prisma/migrations`, as in prisma.config.ts). */
export function migrationsDir(root = findRepoRoot()): string {
  return path.join(root, "prisma", "migrations");
}

/** The Prisma schema the migrations must reproduce. */
export function schemaPath(root = findRepoRoot()): string {
  return path.join(root, "prisma", "schema.prisma");
}

/** The app's persistent embedded cluster (git-ignored). */
export function defaultDataDir(root = findRepoRoot()): string {
  return path.join(root, ".data", "postgres");
}
