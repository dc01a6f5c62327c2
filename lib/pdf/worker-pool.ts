import type { Worker } from "node:worker_threads";

/** The queue is full: the caller answers 503 with Retry-After instead of waiting without end. */
export class PoolBusyError extends Error {
  constructor(readonly queued: number) {
    super(`PDF render queue full (${queued} waiting)`);
    this.name = "PoolBusyError";
  }
}

type Reply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; message: string };
type Job<T, R> = { id: number; task: T; resolve: (r: R) => void; reject: (e: Error) => void };
type Slot<T, R> = { worker: Worker; job: Job<T, R> | null };

export type PoolOptions = {
  /** Workers kept running (each loads its fonts once, when it starts). */
  size: number;
  /** Jobs that may wait for a free worker; one more is refused with PoolBusyError. */
  queueLimit: number;
  /** Starts one worker. It answers each `{ id, task }` with `{ id, ok, result | message }`. */
  create: () => Worker;
};

/**
 * A fixed set of worker threads with a bounded queue, so CPU-heavy work (React-PDF rendering) never blocks
 * the server's event loop and never piles up without end. A worker that dies fails only the job it was
 * running and is replaced. Idle workers do not keep the process alive (unref); busy ones do.
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!(options.size >= 1)) throw new Error(`A pool needs at least one worker (got ${options.size})`);
    for (let i = 0; i < options.size; i++) this.slots.push(this.start());
  }

  /** Jobs waiting for a worker (not counting those running). */
  get waiting(): number {
    return this.queue.length;
  }

  run(task: T): Promise<R> {
    if (this.closed) return Promise.reject(new Error("The worker pool is closed"));
    return new Promise<R>((resolve, reject) => {
      const job: Job<T, R> = { id: this.nextId++, task, resolve, reject };
      const free = this.slots.find((s) => s.job === null);
      if (free) return this.dispatch(free, job);
      if (this.queue.length >= this.options.queueLimit) return reject(new PoolBusyError(this.queue.length));
      this.queue.push(job);
    });
  }

  /** Stops every worker; queued jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("The worker pool is closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot<T, R> {
    const slot: Slot<T, R> = { worker: this.options.create(), job: null };
    slot.worker.unref();
    slot.worker.on("message", (reply: Reply<R>) => {
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      this.finish(slot);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(reply.message));
    });
    const fail = (error: Error) => {
      const job = slot.job;
      slot.job = null;
      slot.worker.removeAllListeners();
      if (this.closed) return;
      // Replace the dead worker in place, then fail only the job it held.
      const index = this.slots.indexOf(slot);
      if (index >= 0) {
        const fresh = this.start();
        this.slots[index] = fresh;
        const next = this.queue.shift();
        if (next) this.dispatch(fresh, next);
      }
      job?.reject(error);
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`PDF worker exited with code ${code}`)));
    return slot;
  }

  private dispatch(slot: Slot<T, R>, job: Job<T, R>): void {
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, task: job.task });
  }

  private finish(slot: Slot<T, R>): void {
    slot.job = null;
    const next = this.queue.shift();
    if (next) this.dispatch(slot, next);
    else slot.worker.unref();
  }
}
