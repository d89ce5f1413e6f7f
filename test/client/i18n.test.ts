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

describe("the guide's translation modules", async () => {
  const modules = (await import("../../client/i18n/modules.ts")).MODULES;
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [name, d] of Object.entries(modules)) {
    it(`${name}: every text in both languages, with the same placeholders`, () => {
      const en = d.en as Record<string, string>, zh = d.zh as Record<string, string>;
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        // a text may be left empty on purpose (nothing to add), in both languages alike
        expect(zh[key]!.trim() === "", key).toBe(en[key]!.trim() === "");
        expect(holes(zh[key]!), `${name} ${key}`).toEqual(holes(en[key]!));
      }
    });
  }

  it("words every code the shared guide hands over: what to do, warnings, levers, asks, blind spots, reasons, metrics", async () => {
    const { TODO_CODES } = await import("../../shared/guide/todo.ts");
    const { RISK_CODES } = await import("../../shared/guide/risks.ts");
    const { ASKS, BLIND_SPOTS, DEAL_LEVERS } = await import("../../shared/guide/role-card.ts");
    const { ACTION_ROLES, DEAL_ACTIONS } = await import("../../shared/engine/orders.ts");
    const { CASH_SOURCES, CASH_SINKS, CASH_TRANSFERS } = await import("../../shared/engine/context.ts");
    const { DEAL_FAILURES, PRICE_CAUSES } = await import("../../shared/engine/state.ts");
    const { FLOW_KINDS } = await import("../../client/map/model.ts");
    const { METRICS } = await import("../../shared/scenario/schema.ts");
    const g = modules.guide, rt = modules.report, mt = modules.map;
    const levers = [...Object.keys(ACTION_ROLES).filter((k) => !(DEAL_ACTIONS as readonly string[]).includes(k)), ...DEAL_LEVERS];
    const missing = [
      ...TODO_CODES.map((c) => `todo.${c}`).filter((k) => !g.has(k)),
      ...METRICS.map((m) => `measure.${m}`).filter((k) => !g.has(k)),
      ...RISK_CODES.map((c) => `risk.${c}`).filter((k) => !g.has(k)),
      ...levers.flatMap((l) => [`lever.${l}.title`, `lever.${l}.text`]).filter((k) => !g.has(k)),
      ...ASKS.map((a) => `ask.${a}`).filter((k) => !g.has(k)),
      ...BLIND_SPOTS.map((b) => `blind.${b}`).filter((k) => !g.has(k)),
      ...[...CASH_SOURCES, ...CASH_SINKS, ...CASH_TRANSFERS].map((k) => `why.cash.${k}`).filter((k) => !rt.has(k)),
      ...DEAL_FAILURES.map((w) => `deal.why.${w}`).filter((k) => !rt.has(k)),
      ...PRICE_CAUSES.map((c) => `why.price.${c}`).filter((k) => !rt.has(k)),
      ...["split.domestic", "split.alignment", "risk.access", "risk.gap", "gulf.compute", "china.other",
        ...["training", "distillation", "openWeights", "events"].flatMap((c) => [`us.${c}`, `china.${c}`]),
        ...["domestic", "legal", "smuggled", "leased", "cloud"].map((c) => `chinaCompute.${c}`),
        ...["market", "gulf", "china", "other"].map((c) => `revenue.${c}`)].map((c) => `why.${c}`).filter((k) => !rt.has(k)),
      ...FLOW_KINDS.map((f) => `flow.${f}`).filter((k) => !mt.has(k)),
    ];
    expect(missing).toEqual([]);
  });
});
