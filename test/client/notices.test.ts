// Notices: the same message again replaces the one on screen rather than stacking.
import { describe, expect, it, vi } from "vitest";

vi.stubGlobal("requestAnimationFrame", (fn: () => void) => setTimeout(fn, 0));
vi.stubGlobal("localStorage", { getItem: () => null, setItem: () => undefined });
const { notify, store } = await import("../../client/store.ts");

describe("notices", () => {
  it("show a repeated text once, keep different ones, and keep at most four", () => {
    notify("error", "order 1 (build): costs $750B, you have $16.5B");
    notify("error", "order 1 (build): costs $750B, you have $16.5B");
    expect(store.notices.map((n) => n.text)).toEqual(["order 1 (build): costs $750B, you have $16.5B"]);
    for (const n of [1, 2, 3, 4]) notify("info", `news ${n}`);
    expect(store.notices.map((n) => n.text)).toEqual(["news 1", "news 2", "news 3", "news 4"]);
  });
});
