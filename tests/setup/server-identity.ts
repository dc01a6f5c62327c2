import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Throws unless the server at `baseUrl` serves the build in `distDir`. A port found free can be taken by
 * someone else before our server binds it (our server then dies with EADDRINUSE while the other one
 * answers); each `next build` gets a fresh random build id, and only a server of that build has its
 * build manifest under /_next/static/<build id>/.
 */
export async function assertServesBuild(baseUrl: string, distDir: string): Promise<void> {
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const response = await fetch(`${baseUrl}/_next/static/${buildId}/_buildManifest.js`);
  await response.body?.cancel();
  if (response.status !== 200)
    throw new Error(
      `The server at ${baseUrl} is not this run's build ${buildId} (manifest answered ${response.status}): another process holds the port.`,
    );
}
