// Work derived from a view, done once per view: the page draws again every second (the clock) and on
// every change, and most draws see the same view.
const cache = new WeakMap<object, Map<string, unknown>>();

/** `make()`'s result for `key` and this `owner` (a view, an indicators record), made once. */
export function once<T>(owner: object, key: string, make: () => T): T {
  let entries = cache.get(owner);
  if (!entries) cache.set(owner, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, make());
  return entries.get(key) as T;
}
