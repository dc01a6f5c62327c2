import "server-only";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { DomainError } from "@/lib/errors";
import type { PosterContent, PosterSize } from "@/lib/posters/types";
import type { ApplicationView } from "@/lib/applications/types";
import type { DocumentKind, PageSize, RenderBlankChecklist, RenderTask } from "./types";
import { PoolBusyError, WorkerPool } from "./worker-pool";

/**
 * Where the server renders PDFs: in a pool of worker threads, so a render (tens to hundreds of
 * milliseconds of synchronous React-PDF work) never blocks the requests the server is answering.
 * `PDF_WORKERS` sets the pool's size (default: the cores less one, 1 to 4; 0 renders in the request's
 * own thread, as `next build` and the tests do); `PDF_QUEUE_LIMIT` how many renders may wait for a
 * worker (default 16 per worker) — one more is answered 503 with Retry-After rather than queued
 * without end.
 */
export function pdfPoolSettings(env: Record<string, string | undefined> = process.env): {
  size: number;
  queueLimit: number;
} {
  const cores = availableParallelism();
  const size = env.PDF_WORKERS === undefined || env.PDF_WORKERS === "" ? defaultSize(cores) : Number(env.PDF_WORKERS);
  if (!Number.isInteger(size) || size < 0 || size > 64)
    throw new Error(`PDF_WORKERS must be a whole number from 0 to 64 (got "${env.PDF_WORKERS}")`);
  const queueLimit = env.PDF_QUEUE_LIMIT ? Number(env.PDF_QUEUE_LIMIT) : 16 * Math.max(1, size);
  if (!Number.isInteger(queueLimit) || queueLimit < 0)
    throw new Error(`PDF_QUEUE_LIMIT must be a whole number (got "${env.PDF_QUEUE_LIMIT}")`);
  return { size, queueLimit };
}

function defaultSize(cores: number): number {
  return Math.min(4, Math.max(1, cores - 1));
}

/** Seconds a client is asked to wait when the render queue is full. */
export const PDF_BUSY_RETRY_AFTER_SECONDS = 5;

let pool: WorkerPool<RenderTask, Uint8Array> | null | undefined;

/** The pool, started on first use (or by warmPdfWorkers at server start); null when renders stay in-thread. */
function renderPool(): WorkerPool<RenderTask, Uint8Array> | null {
  if (pool !== undefined) return pool;
  const inServer = process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build";
  const { size, queueLimit } = pdfPoolSettings();
  pool =
    inServer && size > 0
      ? new WorkerPool<RenderTask, Uint8Array>({
          size,
          queueLimit,
          create: () => new Worker(new URL("./render-worker.ts", import.meta.url)),
        })
      : null;
  return pool;
}

/** Starts the workers now, so the first download after start does not wait for their fonts. */
export function warmPdfWorkers(): void {
  renderPool();
}

async function render(task: RenderTask): Promise<Uint8Array> {
  const workers = renderPool();
  if (!workers) {
    const { renderTask } = await import("./render");
    return new Uint8Array(await renderTask(task));
  }
  try {
    return await workers.run(task);
  } catch (error) {
    if (error instanceof PoolBusyError)
      throw new DomainError("UNAVAILABLE", "Too many documents are being prepared. Try again in a few seconds.", {
        cause: error,
        params: { retryAfterSeconds: PDF_BUSY_RETRY_AFTER_SECONDS },
      });
    throw error;
  }
}

export function renderApplicationPdf(kind: DocumentKind, application: ApplicationView, pageSize: PageSize) {
  return render({ op: "application", kind, application, pageSize });
}

export function renderBlankChecklistPdf(input: Parameters<RenderBlankChecklist>[0]) {
  return render({ op: "blank-checklist", input });
}

export function renderPosterPdf(content: PosterContent, size: PosterSize) {
  return render({ op: "poster", content, size });
}
