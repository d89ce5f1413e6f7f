// A refusal in the player's language, worded from its code and parameters: names for ids, the
// language's money, and no English in the Chinese edition.
import { describe, expect, it, vi } from "vitest";
import { publicScenario } from "../../shared/engine/view.ts";
import { REFUSAL_CODES, REFUSALS, refuse, type ParamKind, type Refusal } from "../../shared/refusals.ts";
import { latinWords } from "../util/latin.ts";
import { scenario } from "../util/setup.ts";

vi.stubGlobal("requestAnimationFrame", (fn: () => void) => setTimeout(fn, 0));
vi.stubGlobal("localStorage", { getItem: () => null, setItem: () => undefined });
const { store } = await import("../../client/store.ts");
const { refusalWords, refusalsWords } = await import("../../client/ui/describe.ts");

const s = scenario();
store.scenario = publicScenario(s);
store.deck = s.events.deck.map(({ id, title }) => ({ id, title }));

/** What the server may send for each kind: the scenario's own ids, and plain text for unknown ones. */
const SAMPLE: Record<ParamKind, string | number> = {
  actor: "cloudlab", chip: "h20", bill: "enforce-act", deal: "D12", licence: "L3", card: s.events.deck[0]!.id, money: 120_000,
  count: 35_000, number: 4, action: "buyDomestic", policy: "chinaRevenueShare", phase: "report", dealStatus: "expired",
  licenceStatus: "conditional", text: "某",
};
const sample = (code: keyof typeof REFUSALS) => ({
  code, params: Object.fromEntries(Object.entries(REFUSALS[code].params).map(([name, kind]) => [name, SAMPLE[kind as ParamKind]])),
}) as Refusal;

describe("refusals in the client", () => {
  it("read in Chinese without English words or ids, for every code", () => {
    store.lang = "zh";
    // the protocol's own terms, where the API names what a client must send
    const allowed = new Set(["AI", "TPP", "H100", "H20", "NVIDIA", "ENFORCE", "JSON", "KB", "UTF-8", "Content-Type", "Content-Length", "application", "json"]);
    const english = REFUSAL_CODES.map((c) => [c, latinWords(refusalWords(sample(c)), allowed)] as const).filter(([, w]) => w.length);
    expect(english).toEqual([]);
  });

  it("show names, Chinese money and the order they are about", () => {
    store.lang = "zh";
    expect(refusalWords({ ...refuse("noCash", { cost: 120_000, cash: 95_000 }), order: { index: 1, action: "build" } }))
      .toBe("第2条指令（建设数据中心）：需要1.2亿美元，你只有9500万美元现金");
    expect(refusalWords(refuse("notTheirChip", { chip: "mi300x", actor: "nvidia" }))).toBe("AMD MI300X不是英伟达设计的芯片");
    expect(refusalWords(refuse("billPassed", { bill: "enforce-act" }))).toBe("《ENFORCE法案》已成为法律");
    expect(refusalWords(refuse("dealClosed", { deal: "D12", status: "expired" }))).toBe("交易#12已结束：已过期");
    expect(refusalsWords([refuse("emptyDeal"), refuse("selfDeal")])).toBe("交易必须有实际内容；不能和自己交易");
  });

  it("read in English as a sentence", () => {
    store.lang = "en";
    expect(refusalWords(refuse("noCash", { cost: 120_000, cash: 95_000 }))).toBe("It costs $120M; you have $95M");
    expect(refusalWords({ ...refuse("shareTooHigh"), order: { index: 0, action: "setPolicy" } })).toBe("Order 1 (policy): a revenue share is at most 100%");
  });
});
