/**
 * Decides whether `npm start` must rebuild: the build folder keeps a hash of what went into it
 * (code, config, lockfile, the catalogue content, since pages are pre-rendered from it, and the public
 * address, which pre-rendered pages print in their canonical and hreflang links).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
const STAMP = "ventanilla-build-stamp";

/** Hash of every file that ends up in the build, plus the catalogue content hash and the public address. */
export function buildInputsHash(contentHash: string, publicBaseUrl: string): string {
  const hash = createHash("sha256").update(contentHash).update("\0").update(publicBaseUrl).update("\0");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "generated" || entry.name.startsWith(".") || entry.name.endsWith(".test.ts")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(root, full)).update("\0").update(readFileSync(full));
    }
  };
  for (const dir of ["app", "components", "lib", "public"])
    if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["next.config.ts", "proxy.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"]) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(file).update("\0").update(readFileSync(full));
  }
  return hash.digest("hex");
}

/** True when `distDir` holds a finished build of exactly the current inputs. */
export function isBuildCurrent(distDir: string, contentHash: string, publicBaseUrl: string): boolean {
  const stamp = path.join(root, distDir, STAMP);
  return (
    existsSync(path.join(root, distDir, "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === buildInputsHash(contentHash, publicBaseUrl)
  );
}

/** Records that `distDir` was built from the current inputs. */
export function writeBuildStamp(distDir: string, contentHash: string, publicBaseUrl: string): void {
  writeFileSync(path.join(root, distDir, STAMP), buildInputsHash(contentHash, publicBaseUrl));
}
