// The Chinese edition keeps to its glossary and house style in every fixed text: the UI's, the
// refusals' and the scenarios'. (Texts built at run time are checked end to end, in
// test/e2e/chinese.test.ts.)
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dictionaries, type Key } from "../client/i18n.ts";
import { MODULES } from "../client/i18n/modules.ts";
import { glossaryBreaches, STYLE, TERMS } from "../shared/glossary.ts";
import { REFUSAL_CODES, REFUSALS } from "../shared/refusals.ts";
import { latinWords } from "./util/latin.ts";

/** The main dictionary's texts, then those of the modules kept beside their features (by module and key). */
const ui = [
  ...(Object.entries(dictionaries.zh) as [Key, string][]),
  ...Object.entries(MODULES).flatMap(([name, d]) => Object.entries(d.zh as Record<string, string>).map(([key, text]) => [`${name} ${key}`, text] as [string, string])),
];
const refusals = REFUSAL_CODES.map((c) => [`refusal ${c}`, REFUSALS[c].zh] as const);
/** Every Chinese text of the scenarios, by file and path. */
const SCENARIOS = new URL("../assets/scenarios/", import.meta.url);
const scenarioTexts = readdirSync(SCENARIOS).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json")).flatMap((file) => {
  const out: [string, string][] = [];
  const walk = (x: unknown, path: string): void => {
    if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (typeof o.zh === "string") out.push([`${file} ${path}`, o.zh]);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    }
  };
  walk(JSON.parse(readFileSync(new URL(file, SCENARIOS), "utf8")), "");
  return out;
});
const texts: (readonly [string, string])[] = [...ui, ...refusals];

describe("the Chinese texts", () => {
  it("use the glossary's terms, never the words it rules out, the scenarios' texts too", () => {
    expect(scenarioTexts.length).toBeGreaterThan(100);
    expect([...texts, ...scenarioTexts].flatMap(([key, text]) => glossaryBreaches(text).map((b) => `${key}: ${b}`))).toEqual([]);
  });

  it("the glossary catches what it rules out", () => {
    expect(glossaryBreaches("提交命令，拖延审批，3.5万H100当量，新建机位，审计阿联酋")).toEqual([
      "拖延 → 暂缓审批", "当量 → H100等效", "(?<!装)机位 → 芯片装机位", "命令 → 指令", "审计 → 核查",
    ]);
    expect(glossaryBreaches("新建芯片装机位，核查阿联酋")).toEqual([]);
  });

  it("put no space between Chinese and a name or figure filled in", () => {
    expect(texts.filter(([, text]) => STYLE.spaceAroundName.test(text)).map(([key]) => key)).toEqual([]);
  });

  it("explain TPP once, in full", () => {
    expect(ui.filter(([, text]) => text.includes(TERMS.tpp.zh)).map(([key]) => key)).toEqual(["us.threshold"]);
  });

  it("hold no English beside names and abbreviations Chinese keeps", () => {
    const english = ui.map(([key, text]) => [key, latinWords(text.replace(/\{\w+\}/g, ""))] as const).filter(([, words]) => words.length);
    expect(english).toEqual([]);
  });

  it("write a bill's name in 《》", () => {
    expect(STYLE.billBrackets("ENFORCE法案")).toBe("《ENFORCE法案》");
    expect(STYLE.billBrackets("《远程访问安全法案》")).toBe("《远程访问安全法案》");
  });
});
