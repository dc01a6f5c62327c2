/**
 * How each server learns that the catalogue changed (a publication, a scheduled version going live): the
 * institution row's `catalogue_generation` is bumped in the same transaction, and every server compares it
 * with the last value it saw on a short timer (lib/catalogue/schedule.ts). When it moved, the listeners
 * (the in-process catalogue and office copies) reload. A version check, not LISTEN/NOTIFY: it needs no
 * long-lived connection and survives a database restart without reconnect logic.
 */
// On globalThis: Next may load this module once per bundle layer, and every copy must share one list.
const state = ((
  globalThis as unknown as { ventanillaCatalogueGeneration?: { listeners: Set<() => void>; seen: number | null } }
).ventanillaCatalogueGeneration ??= { listeners: new Set(), seen: null });
const listeners = state.listeners;

/** Runs `listener` whenever another generation is observed. Returns the unsubscribe function. */
export function onCatalogueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records the generation just read; calls the listeners when it differs from the previous one. */
export function observeCatalogueGeneration(generation: number): boolean {
  const changed = state.seen !== null && state.seen !== generation;
  state.seen = generation;
  if (changed) listeners.forEach((l) => l());
  return changed;
}

/** Reloads every in-process copy now (the publishing server does not wait for its timer). */
export function announceCatalogueChange(): void {
  listeners.forEach((l) => l());
}
