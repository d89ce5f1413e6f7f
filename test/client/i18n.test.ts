// Every text in English and Chinese: the two dictionaries match. (That every key the client asks for
// exists, with the values its placeholders need, is the type checker's work: t() takes only keys.)
import { describe, expect, it } from "vitest";
import { dictionaries, type Key } from "../../client/i18n.ts";

const keys = Object.keys(dictionaries.en) as Key[];

describe("translations", () => {
  it("have the same keys in English and Chinese, none empty", () => {
    expect(Object.keys(dictionaries.zh).sort()).toEqual(Object.keys(dictionaries.en).sort());
    for (const key of keys) expect(dictionaries.zh[key].trim(), key).not.toBe("");
  });

  it("keep the same placeholders in both languages", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) expect(holes(dictionaries.zh[key]), key).toEqual(holes(dictionaries.en[key]));
  });
});
