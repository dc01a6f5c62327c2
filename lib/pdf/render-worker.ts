/**
 * A PDF worker thread (lib/pdf/renderer.ts starts them): loads the fonts once, when it starts, then
 * answers each `{ id, task }` with the PDF bytes, transferred rather than copied.
 */
import { parentPort } from "node:worker_threads";
import { renderTask } from "./render";
import { prepareFonts } from "./fonts";
import type { RenderTask } from "./types";

if (!parentPort) throw new Error("lib/pdf/render-worker.ts runs as a worker thread only");
const port = parentPort;
prepareFonts().catch(() => undefined);

port.on("message", async ({ id, task }: { id: number; task: RenderTask }) => {
  try {
    const bytes = new Uint8Array(await renderTask(task));
    port.postMessage({ id, ok: true, result: bytes }, [bytes.buffer]);
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
