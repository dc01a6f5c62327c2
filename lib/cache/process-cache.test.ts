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

  it("serves the old value while refreshing after the ttl, and keeps it when the refresh fails", async () => {
    vi.useFakeTimers();
    let n = 0;
    const get = createProcessCache(async () => {
      n += 1;
      if (n === 2) throw new Error("refresh failed");
      return n;
    }, 1000);
    expect(await get()).toBe(1);
    vi.advanceTimersByTime(1500);
    expect(await get()).toBe(1); // refresh 2 fails in the background
    await Promise.resolve();
    expect(await get()).toBe(1);
    vi.advanceTimersByTime(1500);
    await get(); // starts refresh 3
    await vi.waitFor(async () => expect(await get()).toBe(3));
  });
});
