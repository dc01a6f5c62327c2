import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { PoolBusyError, WorkerPool } from "./worker-pool";

/**
 * Real worker threads running a small script: a task `{ wait, value }` is answered after `wait` ms with
 * `value * 2` and the thread's id; `{ crash: true }` kills the thread; `{ fail: "…" }` answers an error.
 */
const SCRIPT = `
const { parentPort, threadId } = require("node:worker_threads");
parentPort.on("message", ({ id, task }) => {
  if (task.crash) process.exit(3);
  if (task.fail) return parentPort.postMessage({ id, ok: false, message: task.fail });
  setTimeout(() => parentPort.postMessage({ id, ok: true, result: { doubled: task.value * 2, thread: threadId } }), task.wait ?? 0);
});`;

type Task = { value?: number; wait?: number; crash?: boolean; fail?: string };
type Result = { doubled: number; thread: number };

let pool: WorkerPool<Task, Result> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});
const makePool = (size: number, queueLimit: number) =>
  (pool = new WorkerPool<Task, Result>({ size, queueLimit, create: () => new Worker(SCRIPT, { eval: true }) }));

describe("WorkerPool", () => {
  it("answers each task from a worker thread, two at once with two workers", async () => {
    const workers = makePool(2, 4);
    const results = await Promise.all([workers.run({ value: 1, wait: 50 }), workers.run({ value: 2, wait: 50 })]);
    expect(results.map((r) => r.doubled)).toEqual([2, 4]);
    expect(new Set(results.map((r) => r.thread)).size).toBe(2);
  });

  it("queues up to the limit and refuses the next one at once, then serves the queue in order", async () => {
    const workers = makePool(1, 2);
    const running = workers.run({ value: 1, wait: 100 });
    const queued = [workers.run({ value: 2 }), workers.run({ value: 3 })];
    expect(workers.waiting).toBe(2);
    await expect(workers.run({ value: 4 })).rejects.toBeInstanceOf(PoolBusyError);
    expect((await running).doubled).toBe(2);
    expect((await Promise.all(queued)).map((r) => r.doubled)).toEqual([4, 6]);
    expect(workers.waiting).toBe(0);
  });

  it("passes a worker's error to its caller only", async () => {
    const workers = makePool(1, 2);
    await expect(workers.run({ fail: "font missing" })).rejects.toThrow("font missing");
    expect((await workers.run({ value: 5 })).doubled).toBe(10);
  });

  it("replaces a worker that dies: its job fails, the queued job runs on the new worker", async () => {
    const workers = makePool(1, 2);
    const crashed = workers.run({ crash: true });
    const next = workers.run({ value: 7 });
    await expect(crashed).rejects.toThrow(/exited with code 3/);
    expect((await next).doubled).toBe(14);
  });
});
