/**
 * A value kept in process memory and refreshed in the background after `ttlMs` (stale-while-revalidate).
 * The first call waits for `load` and throws if it fails, so an outage is never an empty result; a failed
 * background refresh keeps the old value. Concurrent callers share one load.
 */
export type ProcessCache<T> = (() => Promise<T>) & {
  /**
   * The data changed: start loading it again now, and let callers wait for the new value instead of
   * getting the old one (if that load fails they get the old one, as after a failed refresh).
   */
  invalidate: () => void;
};

export function createProcessCache<T>(load: () => Promise<T>, ttlMs: number): ProcessCache<T> {
  let current: { value: T; loadedAt: number } | undefined;
  let loading: Promise<T> | undefined;
  let stale = false;

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

  const get = async () => {
    if (!current) return refresh();
    if (stale && loading) {
      const old = current.value;
      return loading.catch(() => old);
    }
    if (Date.now() - current.loadedAt > ttlMs) refresh().catch(() => undefined);
    return current.value;
  };
  return Object.assign(get, {
    invalidate() {
      if (!current) return;
      stale = true;
      // A load already under way may have read the old data: this one starts after it.
      const previous = loading ?? Promise.resolve();
      loading = previous
        .catch(() => undefined)
        .then(() => load())
        .then((value) => {
          current = { value, loadedAt: Date.now() };
          return value;
        })
        .finally(() => {
          stale = false;
          loading = undefined;
        });
      loading.catch(() => undefined);
    },
  });
}
