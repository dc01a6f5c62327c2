import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");
const installed = (name: string) => JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version as string;
const atLeast = (version: string, floor: string) => {
  const [a, b] = [version, floor].map((v) => v.split("-")[0]!.split(".").map(Number));
  for (let i = 0; i < 3; i += 1) if (a![i] !== b![i]) return a![i]! > b![i]!;
  return true;
};

/**
 * `npm audit` needs the registry's advisory endpoint (unreachable from some build machines), so the
 * fixes that matter most to this portal are asserted here (quality-anchors S10): the RSC remote-code
 * execution (next 16.0.7), the RSC denial of service (react 19.2.6) and the shared-cache poisoning of
 * RSC payloads (next 16.2.5).
 */
describe("dependencies", () => {
  it("run Next.js and React versions with the known RSC vulnerabilities fixed", () => {
    expect(atLeast(installed("next"), "16.2.5"), `next ${installed("next")}`).toBe(true);
    for (const name of ["react", "react-dom"]) expect(atLeast(installed(name), "19.2.6"), `${name} ${installed(name)}`).toBe(true);
  });

  it("are pinned to exact versions, so a release cannot change what runs without a commit", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Record<string, Record<string, string>>;
    const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+(-[\w.-]+)?$/.test(v));
    expect(ranges).toEqual([]);
  });
});
