// Output a test expects (a fault the server logs on purpose, the SDK's notes on a reconnection) is
// caught and asserted here instead of being printed with the test run.
import { vi } from "vitest";

type Kind = "log" | "info" | "warn" | "error";

/** Runs `fn` with console[kind] caught, then waits (up to 5 s) until `until` holds for what was
 *  printed, for output that follows later; returns what `fn` returned and every line printed there. */
export async function capture<T>(kind: Kind, fn: () => Promise<T>, until: (lines: string[]) => boolean = () => true): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, kind).mockImplementation((...args: unknown[]) => {
    lines.push(args.map((a) => (a instanceof Error ? `${a.message}` : String(a))).join(" "));
  });
  try {
    const value = await fn();
    for (const end = Date.now() + 5000; !until(lines) && Date.now() < end;) await new Promise((r) => setTimeout(r, 10));
    return { value, lines };
  } finally {
    spy.mockRestore();
  }
}
