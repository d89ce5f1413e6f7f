// Waiting for a condition, in tests and benches (no other import, so a bench may use it as is).

/** Polls `probe` until it gives a value (not undefined, false or null), which it returns; fails after `ms`. */
export async function until<T>(probe: () => T | undefined | false | null, ms = 5000, what = "condition"): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false && value !== null) return value as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
