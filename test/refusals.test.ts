// Refusals: one list of codes, each with its parameters and its text in English and Chinese.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFUSAL_CODES, REFUSALS, refusalMessage, refusalText, refuse, type ParamKind, type Refusal } from "../shared/refusals.ts";
import { LATIN_ALLOWED, latinWords } from "./util/latin.ts";

const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const ROOT = new URL("../", import.meta.url).pathname;
const sources = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts")).map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));

/** A value of each kind of parameter, as a reader would see it in a sentence. */
const SAMPLE: Record<ParamKind, string | number> = {
  actor: "nvidia", chip: "h100", bill: "enforce-act", deal: "D3", licence: "L2", card: "gulf-campus", money: 1_200_000, count: 35_000,
  number: 4, action: "produce", policy: "cloudKyc", phase: "orders", dealStatus: "expired", licenceStatus: "denied", text: "x",
};
const sampleOf = (code: keyof typeof REFUSALS): Refusal => ({
  code, params: Object.fromEntries(Object.entries(REFUSALS[code].params).map(([name, kind]) => [name, SAMPLE[kind as ParamKind]])),
} as Refusal);

describe("refusals", () => {
  it("have a text in English and in Chinese for every code, each with exactly the code's parameters as placeholders", () => {
    expect(REFUSAL_CODES.length).toBeGreaterThan(80);
    for (const code of REFUSAL_CODES) {
      const { params, en, zh } = REFUSALS[code];
      expect(en.trim(), code).not.toBe("");
      expect(zh.trim(), code).not.toBe("");
      expect(holes(en), `${code} in English`).toEqual(Object.keys(params).sort());
      expect(holes(zh), `${code} in Chinese`).toEqual(Object.keys(params).sort());
    }
  });

  it("read as Chinese in Chinese: no English words beside names, abbreviations and the protocol's own terms", () => {
    const allowed = new Set([...LATIN_ALLOWED, "Content-Type", "Content-Length", "application", "json", "UTF-8", "KB"]);
    for (const code of REFUSAL_CODES) {
      const show = (kind: ParamKind, value: string | number) => (kind === "text" ? "某" : `〔${kind}:${value}〕`.replace(/[A-Za-z0-9:]/g, ""));
      expect(latinWords(refusalText(sampleOf(code), "zh", show), allowed), code).toEqual([]);
    }
  });

  it("fill each parameter by its kind: a reader shows names and money its own way", () => {
    const refusal = refuse("priceOutOfRange", { chip: "h100", low: 17, high: 43 });
    expect(refusal).toEqual({ code: "priceOutOfRange", params: { chip: "h100", low: 17, high: 43 } });
    const shown: string[] = [];
    const text = refusalText(refusal, "zh", (kind, value) => { shown.push(kind); return kind === "chip" ? "英伟达H100" : `${value}千美元`; });
    expect(text).toBe("英伟达H100的价格须在17千美元至43千美元之间");
    expect(shown).toEqual(["chip", "money", "money"]);
    // the English message for logs shows ids as they are and money as money, with the order it is about
    expect(refusalMessage({ ...refuse("noCash", { cost: 1_200_000, cash: 950_000 }), order: { index: 1, action: "build" } }))
      .toBe("order 2 (build): it costs $1.2B; you have $950M");
  });

  it("are all given somewhere: no code in the table that nothing refuses with", () => {
    const code = [...sources("shared"), ...sources("server")].join("\n");
    const unused = REFUSAL_CODES.filter((c) => !new RegExp(`["']${c}["']`).test(code.replaceAll(/^\s+\w+: \{ params:.*$/gm, "")));
    expect(unused).toEqual([]);
  });
});
