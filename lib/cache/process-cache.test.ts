import { afterEach, describe, expect, it, vi } from "vitest";
import { createProcessCache } from "./process-cache";

afterEach(() => vi.useRealTimers());

describe("process cache", () => {
  it("shares one load between concurrent first callers", async () => {
    const load = vi.fn(async () => 1);
    const get = createProcessCache(load, 1000);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("throws when the first load fails instead of returning nothing", async () => {
    const get = createProcessCache(async () => Promise.reject(new Error("db down")), 1000);
    await expect(get()).rejects.toThrow("db down");
  });

  it("serves the old value while refreshing after the ttl, keeps it when the refresh fails, and tries again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // Each load waits until the test settles it, so "the refresh has failed" is a fact, not a guess.
    const loads: { resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
    const get = createProcessCache(
      () => new Promise<number>((resolve, reject) => loads.push({ resolve, reject })),
      1000,
    );
    const first = get();
    loads[0]!.resolve(1);
    expect(await first).toBe(1);
    vi.advanceTimersByTime(1500);
    expect(await get()).toBe(1); // stale: the old value at once, refresh 2 started
    expect(await get()).toBe(1);
    expect(loads).toHaveLength(2); // one refresh at a time
    loads[1]!.reject(new Error("refresh failed"));
    await new Promise((r) => setTimeout(r, 0)); // let the failure settle completely
    expect(await get()).toBe(1); // the old value survives the failed refresh…
    expect(loads).toHaveLength(3); // …and the next call tries again instead of being stuck
    loads[2]!.resolve(3);
    await vi.waitFor(async () => expect(await get()).toBe(3));
  });
});

describe("process cache invalidation", () => {
  it("makes the next caller wait for data loaded after the change, and falls back to the old value if that load fails", async () => {
    let value = 1;
    let fail = false;
    const get = createProcessCache(async () => {
      if (fail) throw new Error("db down");
      return value;
    }, 60_000);
    expect(await get()).toBe(1);
    value = 2;
    get.invalidate();
    expect(await get()).toBe(2); // not the old copy, although the ttl has not run out
    value = 3;
    fail = true;
    get.invalidate();
    expect(await get()).toBe(2); // the reload failed: the last good copy, never an error or nothing
  });
});
