// The mechanics the real 2024–26 timeline switches on and off: country caps, licences for export-grade
// chips and their write-offs, case-by-case review for China, China's import blocks, the licence
// backlog, chips hosted by US clouds, bills moving by events, news that fades, catching up.
import { describe, expect, it } from "vitest";
import { botOrders } from "../../shared/bots/index.ts";
import type { GameEvent } from "../../shared/engine/events.ts";
import type { Effect } from "../../shared/scenario/schema.ts";
import { findDeal, must, round, strike } from "../util/play.ts";
import { ALWAYS, defaultScenarioData, game, quietScenario, scenario } from "../util/setup.ts";
import { createGame } from "../../shared/engine/setup.ts";

type Data = ReturnType<typeof defaultScenarioData>;
/** A quiet scenario whose round `at` opens with one event carrying `effects`. */
const withEvent = (effects: Effect[], at = 1, change: (d: Data) => void = () => {}) => quietScenario((d) => {
  d.events.scheduled = [{ id: "news", round: at, title: { en: "News", zh: "新闻" }, text: { en: "News", zh: "新闻" }, effects }];
  change(d);
});
const ofKind = <K extends GameEvent["kind"]>(events: GameEvent[], kind: K) => events.filter((e): e is Extract<GameEvent, { kind: K }> => e.kind === kind);

describe("the diffusion rule's country caps", () => {
  const capped = (change: (d: Data) => void = () => {}) => game(quietScenario((d) => { d.policies.tierCaps = true; change(d); }));

  it("deny by law what the US approves beyond a middle-tier country's cap, and count what they let through", () => {
    let s = capped();
    s = strike(s, "nvidia", "uae", { chips: { h100: 30_000 } }, { cash: 30_000 * 27 }).state;
    s = strike(s, "amd", "uae", { chips: { mi300x: 20_000 } }, { cash: 20_000 * 12 }).state;
    const [first, second] = s.licences;
    const r = round(s, { us: [{ kind: "licenceDecision", licence: first!.id, decision: "approve" }, { kind: "licenceDecision", licence: second!.id, decision: "approve" }] });
    // 30,000 H100e fit under the 50,000 cap; 26,000 more (20,000 MI300X at 1.3) do not
    expect(r.state.licences.find((l) => l.id === first!.id)!.status).not.toBe("denied");
    expect(r.state.licences.find((l) => l.id === second!.id)!.status).toBe("denied");
    expect(r.state.world.tierUsed.AE).toBe(30_000);
    expect(ofKind(r.events, "tierCap")).toEqual([expect.objectContaining({ licence: second!.id, destination: "uae", cap: 50_000, used: 30_000 })]);
  });

  it("give a state under US security conditions the higher cap", () => {
    let s = capped((d) => { (d.actors.find((a) => a.id === "uae") as { securityConditions: boolean }).securityConditions = true; });
    s = strike(s, "nvidia", "uae", { chips: { h100: 80_000 } }, { cash: 80_000 * 27 }).state;
    const r = round(s, { us: [{ kind: "licenceDecision", licence: s.licences[0]!.id, decision: "approve" }] });
    expect(r.state.licences[0]!.status).not.toBe("denied");
    expect(r.state.world.tierUsed.AE).toBe(80_000);
  });

  it("let small orders through without a licence while the rule is in force, and only then", () => {
    const small = (s: ReturnType<typeof game>) => findDeal(strike(s, "nvidia", "qatar", { chips: { h100: 1000 } }, { cash: 1000 * 27 }).state, "D1").status;
    expect(small(capped())).toBe("delivering");
    expect(small(game())).toBe("awaitingLicence");
  });
});

describe("export-grade chips under licence (April 2025)", () => {
  it("need a licence for China that waits for the US, and the switch stops open orders and writes off what was made for them", () => {
    const sc = withEvent([{ type: "setPolicy", policy: "exportGradeLicence", value: true }], 2);
    let s = game(sc);
    s.actors.nvidia!.stock.h20 = 10_000;
    s.actors.nvidia!.plan = { ...s.actors.nvidia!.plan, h20: 0 };
    const order = strike(s, "nvidia", "cloudlab", { chips: { h20: 50_000 } }, { cash: 50_000 * 12 });
    expect(findDeal(order.state, order.deal).status).toBe("delivering");
    const r1 = round(order.state); // 10,000 delivered; round 2 opens with the rule
    const owed = 50_000 - 10_000;
    expect(findDeal(r1.state, order.deal).status).toBe("lapsed");
    const [charge] = ofKind(r1.state.log, "charge");
    const stock = r1.state.actors.nvidia!.stock.h20! + r1.state.actors.nvidia!.plan.h20!;
    expect(charge).toMatchObject({ vendor: "nvidia", chip: "h20", chips: stock + owed, amount: Math.round((stock + owed) * 2.5) });
    expect(r1.state.actors.nvidia!.priceDrivers).toContainEqual(expect.objectContaining({ cause: "charge" }));

    // a new order now waits for the US, and undecided it is denied (a presumption of denial)
    const again = strike(r1.state, "nvidia", "cloudlab", { chips: { h20: 5000 } }, { cash: 5000 * 12 });
    expect(findDeal(again.state, again.deal).status).toBe("awaitingLicence");
    let t = again.state;
    for (let i = 0; i < 3; i++) t = round(t).state;
    expect(t.licences.at(-1)!.status).toBe("denied");
  });
});

describe("case-by-case review for China (December 2025)", () => {
  const open = (tpp: number) => game(quietScenario((d) => { d.policies.caseByCaseTpp = tpp; }));

  it("holds H200-class licences for the US instead of presuming denial; undecided they lapse", () => {
    let s = strike(open(21_000), "nvidia", "cloudlab", { chips: { h100: 10_000 } }, { cash: 10_000 * 27 }).state;
    for (let i = 0; i < 3; i++) s = round(s, {}, ALWAYS).state;
    expect(s.licences[0]!.status).toBe("lapsed");
    let t = strike(open(0), "nvidia", "cloudlab", { chips: { h100: 10_000 } }, { cash: 10_000 * 27 }).state;
    for (let i = 0; i < 3; i++) t = round(t, {}, ALWAYS).state;
    expect(t.licences[0]!.status).toBe("denied");
  });

  it("does not reach chips above the ceiling (Blackwell stays out)", () => {
    const s = open(21_000);
    s.actors.nvidia!.designs = { ...s.actors.nvidia!.designs, b200: 1 };
    let t = strike(s, "nvidia", "cloudlab", { chips: { b200: 1000 } }, { cash: 1000 * 50 }).state;
    for (let i = 0; i < 3; i++) t = round(t, {}, ALWAYS).state;
    expect(t.licences[0]!.status).toBe("denied");
  });

  it("lets the US approve such a sale, which pays the US its share", () => {
    const s = game(quietScenario((d) => { d.policies.caseByCaseTpp = 21_000; d.policies.chinaRevenueShare = 0.25; }));
    const { state } = strike(s, "nvidia", "cloudlab", { chips: { h100: 10_000 } }, { cash: 10_000 * 27 });
    const r = round(state, { us: [{ kind: "licenceDecision", licence: state.licences[0]!.id, decision: "approve" }] });
    const share = r.ledger.filter((e) => e.kind === "revenueShare" && e.actor === "us").reduce((t, e) => t + e.amount, 0);
    expect(share).toBe(Math.round(0.25 * r.ledger.filter((e) => e.kind === "deal" && e.actor === "nvidia").reduce((t, e) => t + e.amount, 0)));
    expect(share).toBeGreaterThan(0);
  });
});

describe("China's import blocks (2025–26)", () => {
  it("refuse deals bringing the blocked chips to a Chinese firm, end the open ones, and lift when allowed again", () => {
    let s = game(withEvent([{ type: "importBlock", chips: ["h20"], blocked: true }], 2));
    s.actors.nvidia!.stock.h20 = 0;
    const order = strike(s, "nvidia", "cloudlab", { chips: { h20: 20_000 } }, { cash: 20_000 * 12 });
    const r = round(order.state);
    expect(r.state.world.importBlocks).toEqual(["h20"]);
    expect(findDeal(r.state, order.deal).status).toBe("lapsed");
    expect(ofKind(r.state.log, "importBlock")).toEqual([expect.objectContaining({ chips: ["h20"], blocked: true, visibleTo: "all" })]);
    expect(() => must(r.state, "nvidia", { kind: "proposeDeal", to: "cloudlab", give: { cash: 0, chips: { h20: 100 }, lease: null, securityConditions: false }, get: { cash: 1200, chips: {}, lease: null, securityConditions: false }, counterTo: null }))
      .toThrow(/import/);
    // a Gulf state may still buy them
    expect(() => strike(r.state, "nvidia", "uae", { chips: { h20: 100 } }, { cash: 1200 })).not.toThrow();
    // and the bots stop asking for them
    expect(botOrders(r.state, "cloudlab").some((a) => a.kind === "proposeDeal" && (a.get.chips.h20 ?? 0) > 0)).toBe(false);
  });
});

describe("events that move licensing, Congress and the Gulf", () => {
  it("a licence backlog makes routine licences take longer while it lasts", () => {
    const routine = (effects: Effect[]) => {
      let s = strike(game(withEvent(effects, 1)), "nvidia", "qatar", { chips: { h100: 1000 } }, { cash: 27_000 }).state;
      let rounds = 0;
      while (s.licences[0]!.status === "pending" && rounds < 5) { s = round(s).state; rounds++; }
      return rounds;
    };
    const normal = routine([]);
    expect(routine([{ type: "licenceBacklog", rounds: 1, forRounds: 3 }])).toBe(normal + 1);
  });

  it("a bill's step in Congress moves its support, and a dropped bill leaves the agenda", () => {
    const s = game(withEvent([{ type: "billSupport", bill: "chip-security-act", delta: 30 }, { type: "billDropped", bill: "enforce-act" }]));
    expect(s.bills["chip-security-act"]).toMatchObject({ introduced: true, support: 50 });
    expect(s.bills["enforce-act"]).toMatchObject({ introduced: false, support: 0 });
  });

  it("chips a US cloud installs in a Gulf state count as its compute, on new slots", () => {
    const before = game();
    const s = game(withEvent([{ type: "hostedChips", target: "uae", chips: { b300: 7600 } }]));
    expect(s.actors.uae!.installed.b300).toBe(7600);
    expect(s.actors.uae!.capacity).toBe(before.actors.uae!.capacity + 7600);
    expect(s.made.b300).toBe(before.made.b300! + 7600);
  });

  it("China's mineral ban as an event is its retaliation: dearer chips for a while, weaker vendor shares", () => {
    const s = game(withEvent([{ type: "retaliation" }]));
    expect(s.world.retaliationUntil).toBe(s.scenario.mechanics.retaliation.rounds);
    expect(s.actors.nvidia!.sharePrice).toBeCloseTo(game().actors.nvidia!.sharePrice * (1 + s.scenario.mechanics.retaliation.vendorShock / 100), 9);
    expect(s.actors.nvidia!.priceDrivers).toContainEqual({ cause: "retaliation", percent: s.scenario.mechanics.retaliation.vendorShock });
  });

  it("a breakthrough closes a share of the gap to the US frontier at once", () => {
    const s0 = game();
    const s = game(withEvent([{ type: "capability", target: "startuplab", delta: 0, catchUp: 0.5 }]));
    const gap = s0.world.usLabsCapability - s0.actors.startuplab!.capability;
    expect(s.actors.startuplab!.capability).toBeCloseTo(s0.actors.startuplab!.capability + gap / 2, 9);
  });
});

describe("news that fades", () => {
  it("gives back each round a share of the price move of news not yet faded", () => {
    const sc = withEvent([{ type: "sharePrice", target: "nvidia", percent: -20 }], 1, (d) => {
      d.mechanics.market.newsFade = 0.5;
      d.mechanics.market.revenueSensitivity = 0;
    });
    const s = game(sc);
    expect(s.actors.nvidia!.news).toBeCloseTo(0.8, 9);
    const r = round(s);
    const fade = r.state.history[0]!.indicators.vendors.nvidia!.drivers.find((d) => d.cause === "fade")!;
    expect(fade.percent).toBeCloseTo(100 * (0.8 ** -0.5 - 1), 9);
    expect(r.state.actors.nvidia!.news).toBeCloseTo(Math.sqrt(0.8), 9);
  });
});

describe("historical and what-if games", () => {
  it("a historical game runs the timeline on its dates and draws no card; a what-if game turns the timeline's contingent events into cards", () => {
    const play = (mode: "historical" | "whatIf", seed: number) => {
      let s = createGame(scenario((d) => { d.events.mode = mode; d.events.drawChance = 1; }), seed);
      while (!s.finished) s = round(s).state;
      return s;
    };
    const h = play("historical", 3);
    expect(h.deckDrawn).toEqual([]);
    const scheduled = h.log.filter((e) => e.kind === "scenario" && e.origin === "scheduled").map((e) => e.kind === "scenario" && e.card);
    expect(scheduled).toEqual(h.scenario.events.scheduled.map((e) => e.id));
    const w = play("whatIf", 3);
    const fixed = w.log.filter((e) => e.kind === "scenario" && e.origin === "scheduled").map((e) => e.kind === "scenario" && e.card);
    expect(fixed).toEqual(w.scenario.events.scheduled.filter((e) => e.deckWeight === undefined).map((e) => e.id));
    // one card a round (drawChance 1), from the timeline's contingent events and the deck
    expect(w.deckDrawn).toHaveLength(w.scenario.calendar.rounds);
    expect(w.deckDrawn.some((id) => w.scenario.events.scheduled.some((e) => e.id === id))).toBe(true);
  });
});
