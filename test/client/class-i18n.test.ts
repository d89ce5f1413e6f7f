// The class's texts: both languages with the same placeholders, every text the class screens ask for,
// and a name in both for every decision the class debrief counts.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLASS_TEXT_KEYS, classText } from "../../client/class-i18n.ts";
import { ACTION_ROLES, US_POLICIES } from "../../shared/engine/orders.ts";
import { glossaryBreaches, STYLE } from "../../shared/glossary.ts";

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CLIENT = new URL("../../client/", import.meta.url).pathname;

describe("the class's texts", () => {
  it("are in English and Chinese, none empty, with the same placeholders", () => {
    for (const key of CLASS_TEXT_KEYS) {
      const { en, zh } = classText(key);
      expect(en.trim(), key).not.toBe("");
      expect(zh.trim(), key).not.toBe("");
      expect(holes(zh), key).toEqual(holes(en));
    }
  });

  it("keep to the glossary and the house style in Chinese", () => {
    for (const key of CLASS_TEXT_KEYS) {
      const { zh } = classText(key);
      expect(glossaryBreaches(zh), key).toEqual([]);
      expect(STYLE.spaceAroundName.test(zh), key).toBe(false);
    }
  });

  it("cover every text the class screens ask for", () => {
    const files = ["class-net.ts", ...readdirSync(`${CLIENT}ui`).filter((f) => f.startsWith("class-") || f === "common.ts").map((f) => `ui/${f}`)];
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(`${CLIENT}${f}`, "utf8").matchAll(/\bct\(\s*"([\w.:]+)"/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(CLASS_TEXT_KEYS, key).toContain(key);
  });

  it("name every decision the debrief counts, in both languages", () => {
    const choices: Record<string, string[]> = {
      licenceDecision: ["approve", "approveWithConditions", "delay", "deny"], securityConditions: ["accept", "refuse"],
      entityList: ["list", "delist"], openWeights: ["on", "off"], distil: ["on", "off"], setPolicy: [...US_POLICIES],
    };
    for (const kind of Object.keys(ACTION_ROLES)) {
      for (const decision of choices[kind]?.map((c) => `${kind}:${c}`) ?? [kind]) expect(CLASS_TEXT_KEYS, decision).toContain(`d.${decision}`);
    }
  });
});
