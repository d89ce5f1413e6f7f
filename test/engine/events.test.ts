import { describe, expect, it } from "vitest";
import { inject } from "../../shared/engine/game.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import { createGame } from "../../shared/engine/setup.ts";
import { game, quietScenario, scenario } from "../util/setup.ts";
import { round } from "../util/play.ts";

describe("events", () => {
  it("the default scenario opens on the article: open weights, the ENFORCE Act, the Gulf visits, the licence review", () => {
    const s = createGame(scenario((d) => { d.events.drawChance = 0; }), 1);
    const cards = s.log.filter((e) => e.kind === "scenario").map((e) => e.kind === "scenario" && e.card);
    expect(cards.slice(0, 4)).toEqual(["llama-3", "enforce-act", "gulf-visits", "licence-review"]);
    expect(s.world.openWeightCapability).toBe(95);
    expect(s.bills["enforce-act"]!.introduced).toBe(true);
    expect(s.world.reviews).toEqual([{ regions: ["AE", "SA", "QA", "KW"], untilRound: 2 }]);
    expect(s.trust.us!.uae).toBe(68);
    expect(s.actors.nvidia!.sharePrice).toBeCloseTo(1105, 0);
  });

  it("scheduled events fire in their round's briefing", () => {
    let s = createGame(scenario(), 1);
    expect(s.log.some((e) => e.kind === "scenario" && e.card === "middlemen")).toBe(false);
    const capacity = s.world.smugglingCapacity;
    s = resolveRound(s, {}).state;
    expect(s.log.some((e) => e.kind === "scenario" && e.card === "middlemen" && e.round === 2)).toBe(true);
    expect(s.world.smugglingCapacity).toBe(Math.round(capacity * 1.25));
  });

  it("the random deck is drawn from the game seed: the same seed draws the same cards", () => {
    const cards = (seed: number) => {
      let s = createGame(scenario((d) => { d.events.mode = "whatIf"; }), seed);
      while (!s.finished) s = resolveRound(s, {}).state;
      return s.deckDrawn;
    };
    expect(cards(7)).toEqual(cards(7));
    const draws = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => cards(seed).join(",")));
    expect(draws.size).toBeGreaterThan(1);
    for (const list of draws) expect(new Set(list.split(",")).size).toBe(list.split(",").length); // each card at most once
  });

  it("the facilitator can inject a card from the deck, once, or free text", () => {
    const s = game();
    const out = inject(s, { card: "smuggling-bust" });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.state.deckDrawn).toEqual(["smuggling-bust"]);
    expect(out.state.world.detectionBonuses).toEqual([{ bonus: 0.15, untilRound: 2 }]);
    expect(out.events[0]).toMatchObject({ kind: "scenario", origin: "inject", card: "smuggling-bust", visibleTo: "all" });
    expect(inject(out.state, { card: "smuggling-bust" })).toMatchObject({ ok: false, error: { code: "alreadyDrawn" } });
    expect(inject(s, { card: "nope" })).toMatchObject({ ok: false, error: { code: "unknownCard" } });
    const text = inject(s, { title: { en: "Breaking", zh: "突发" }, text: { en: "A typhoon closes a port.", zh: "台风关闭港口。" } });
    expect(text.ok && text.state.log.at(-1)).toMatchObject({ kind: "scenario", origin: "inject", title: { en: "Breaking" } });
  });

  it("the game ends after the scenario's last round", () => {
    let s = game(quietScenario((d) => { d.calendar.rounds = 2; d.events.deck = []; }));
    s = round(s).state;
    expect(s.finished).toBe(false);
    s = round(s).state;
    expect(s.finished).toBe(true);
    expect(s.round).toBe(2);
    expect(s.history).toHaveLength(2);
    expect(() => round(s)).toThrow(/already finished/);
  });
});
