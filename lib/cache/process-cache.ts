/**
 * A value kept in process memory and refreshed in the background after `ttlMs` (stale-while-revalidate).
 * The first call waits for `load` and throws if it fails, so an outage is never an empty result; a failed
 * background refresh keeps the old value. Concurrent callers share one load.
 */
export function createProcessCache<T>(load: () => Promise<T>, ttlMs: number): () => Promise<T> {
  let current: { value: T; loadedAt: number } | undefined;
  let loading: Promise<T> | undefined;

  function refresh(): Promise<T> {
    loading ??= load()
      .then((value) => {
        current = { value, loadedAt: Date.now() };
        return value;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  }

  return async () => {
    if (!current) return refresh();
    if (Date.now() - current.loadedAt > ttlMs) refresh().catch(() => undefined);
    return current.value;
  };
}
