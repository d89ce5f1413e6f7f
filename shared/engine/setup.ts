// A new game from a scenario and a seed, and the briefing that opens every round.
import type { ActorSpec, Scenario } from "../scenario/schema.ts";
import { createCtx, emit, type Ctx } from "./context.ts";
import { applyEffects } from "./effects.ts";
import { roundRng, type Rng } from "./rng.ts";
import { rules, stockOf, emptyStock, computeOf } from "./rules.ts";
import type { ActorState, ComputeUse, GainParts, GameState, RevenueParts } from "./state.ts";
import { fromMillions } from "./units.ts";

export const idleCompute = (): ComputeUse => ({
  own: 0, leasedIn: 0, knownIn: 0, leasedOut: 0, hiddenOut: 0, cloud: 0, training: 0, inference: 0, sovereign: 0, marketLeased: 0,
});
export const noGain = (): GainParts => ({ training: 0, distillation: 0, openWeights: 0, events: 0 });
export const noRevenue = (): RevenueParts => ({ market: 0, gulf: 0, china: 0, other: 0 });

/** Chips of a type the world market is expected to buy in a round at list price: by the world's demand
 *  trend, or by `world`, the world's demand as it stands (news that moved it included). */
export function listDemand(scenario: Scenario, chip: string, round: number, world = (1 + scenario.mechanics.market.demandGrowth) ** (round - 1)): number {
  const spec = rules(scenario).chips[chip]!;
  return spec.marketDemand * (1 + spec.demandGrowth) ** (round - 1) * world;
}

/**
 * What the market expects a vendor to sell in a round (k$): the world market's demand at list price for
 * every chip on its roadmap, counting each design as done as early as it can be, and the deals the
 * consensus expects. A vendor that designs late, prices badly or loses its licences falls short of it.
 */
export function expectedRevenue(scenario: Scenario, vendor: string, round: number, world?: number): number {
  const spec = rules(scenario).spec[vendor] as Extract<ActorSpec, { role: "vendor" }>;
  let market = 0, chips = 0;
  for (const chip of scenario.chipTypes) {
    if (chip.maker !== vendor || (chip.design && chip.design.rounds >= round)) continue;
    const n = listDemand(scenario, chip.id, round, world);
    market += n * chip.price;
    chips += n;
  }
  // analysts know the supply: no more chips than the vendor can make are expected to sell
  const capacity = spec.productionCapacity * (1 + spec.capacityGrowth) ** (round - 1);
  if (chips > capacity) market *= capacity / chips;
  const deals = fromMillions(spec.expectedDeals.base) * (1 + spec.expectedDeals.growth) ** (round - 1);
  return Math.round(market + deals);
}

export function createGame(scenario: Scenario, seed: number): GameState {
  const r = rules(scenario);
  const actors: Record<string, ActorState> = {};
  for (const spec of scenario.actors) {
    const a: ActorState = {
      id: spec.id, role: spec.role, cash: fromMillions(spec.cash), cashBy: {},
      stock: emptyStock(r), installed: emptyStock(r), smuggled: emptyStock(r),
      capacity: 0, building: [], capability: 0, trainedCompute: 1, politicalCapital: 0, capitalSpent: 0,
      start: { cash: fromMillions(spec.cash), compute: 0, capability: 0 }, gain: noGain(),
      sharePrice: 0, startSharePrice: 0, news: 1, shares: 0, revenue: 0, revenueBy: noRevenue(), expected: 0, surprise: 0, expectedTotal: 0,
      sold: {}, revenueTotal: 0, prices: {}, plan: {}, designs: {}, priceDrivers: [],
      securityConditions: false, sovereignShare: 0, aiIncome: 0, publicIncome: 0, oilIncome: 0, tiesIncome: 0, buildDiscount: 0, computeTarget: 0,
      income: 0, trainingShare: 0, openWeights: false, distil: false, distilBlockedUntil: 0,
      compute: idleCompute(), caughtRound: null, known: { capability: 0, trained: 1, gain: noGain() },
    };
    switch (spec.role) {
      case "usGov":
        a.politicalCapital = spec.politicalCapital;
        break;
      case "vendor": {
        a.stock = stockOf(r, spec.stock);
        a.capacity = spec.productionCapacity;
        a.sharePrice = a.startSharePrice = spec.sharePrice;
        a.shares = spec.shares;
        a.expected = expectedRevenue(scenario, spec.id, 1);
        const mine = (r.madeBy[spec.id] ?? []).map((id) => r.chips[id]!);
        for (const chip of mine) {
          a.prices[chip.id] = chip.price;
          a.plan[chip.id] = 0;
          if (!chip.design) a.designs[chip.id] = 0;
        }
        // start by making what the market asks for, shared out if capacity is short
        const ready = mine.filter((c) => !c.design);
        const demand = ready.reduce((t, c) => t + c.marketDemand, 0);
        const fill = demand > spec.productionCapacity ? spec.productionCapacity / demand : 1;
        for (const chip of ready) a.plan[chip.id] = Math.floor(chip.marketDemand * fill);
        break;
      }
      case "gulf":
        Object.assign(a, {
          stock: stockOf(r, spec.stock), installed: stockOf(r, spec.installed), capacity: spec.dataCentreCapacity,
          capability: spec.capability, trainedCompute: spec.trainedCompute, securityConditions: spec.securityConditions,
          sovereignShare: spec.sovereignShare, oilIncome: fromMillions(spec.oilIncome), computeTarget: spec.computeTarget,
          tiesIncome: fromMillions(spec.chinaTies.income), buildDiscount: spec.chinaTies.buildDiscount,
        });
        break;
      case "chinaFirm":
        Object.assign(a, {
          stock: stockOf(r, spec.stock), installed: stockOf(r, spec.installed), capacity: spec.dataCentreCapacity,
          capability: spec.capability, trainedCompute: spec.trainedCompute, income: fromMillions(spec.income),
          trainingShare: spec.trainingShare, openWeights: spec.openWeights, distil: spec.distil,
        });
        break;
    }
    a.start.capability = a.capability;
    a.known = { capability: a.capability, trained: a.trainedCompute, gain: noGain() };
    a.start.compute = computeOf(r, a.installed) * scenario.mechanics.compute.utilisation;
    a.compute.own = a.start.compute; // what its installed chips give before the first round, as after every round
    actors[spec.id] = a;
  }

  const trust: GameState["trust"] = {};
  for (const id in r.startTrust) trust[id] = { ...r.startTrust[id]! };

  const made = emptyStock(r);
  const marketInstalled = stockOf(r, scenario.npc.worldMarket.installed);
  for (const stock of [marketInstalled, ...Object.values(actors).flatMap((a) => [a.stock, a.installed])]) {
    for (const id in stock) made[id]! += stock[id]!;
  }

  const state: GameState = {
    scenario, seed, round: 1, finished: false,
    actorOrder: scenario.actors.map((a) => a.id),
    actors,
    world: {
      marketInstalled, marketDemandFactor: 1,
      domesticCapacity: scenario.npc.domesticMaker.capacity,
      smugglingCapacity: scenario.mechanics.smuggling.capacity,
      usLabsCapability: scenario.npc.usLabs.capability,
      usLabsTrained: scenario.npc.usLabs.trainedCompute,
      openWeightCapability: 0, detectionBonuses: [], reviews: [],
      usCompute: computeOf(r, marketInstalled) * scenario.mechanics.compute.utilisation,
      usGain: noGain(), retaliationUntil: 0, importBlocks: [], backlogs: [], tierUsed: {},
    },
    policies: { ...scenario.policies },
    trust,
    bills: Object.fromEntries(scenario.bills.map((b) => [b.id, { introduced: b.introduced, support: b.support, passed: false }])),
    deals: [], closedDeals: [], licences: [], shipments: [], leases: [],
    made, seized: emptyStock(r), deckDrawn: [], seq: {}, history: [], log: [],
  };
  const ctx = createCtx(state, roundRng(seed, 1, "briefing"));
  briefing(ctx, ctx.rng);
  ctx.s.log.push(...ctx.events);
  return ctx.s;
}

/** Opens ctx.s.round: its scheduled events, maybe one card from the deck, and the world's drift. */
export function briefing(ctx: Ctx, rng: Rng): void {
  const { s, r } = ctx;
  const sc = s.scenario;
  const w = s.world;
  if (s.round > 1) {
    w.domesticCapacity = Math.round(w.domesticCapacity * (1 + sc.mechanics.domestic.capacityGrowth));
    w.marketDemandFactor *= 1 + sc.mechanics.market.demandGrowth;
    for (const id of r.byRole.vendor) {
      const v = s.actors[id]!;
      v.capacity = Math.round(v.capacity * (1 + (r.spec[id] as Extract<ActorSpec, { role: "vendor" }>).capacityGrowth));
      // the consensus follows the world's demand as news moves it
      v.expected = expectedRevenue(sc, id, s.round, w.marketDemandFactor);
    }
  }
  w.detectionBonuses = w.detectionBonuses.filter((b) => b.untilRound >= s.round);
  w.reviews = w.reviews.filter((v) => v.untilRound >= s.round);
  w.backlogs = w.backlogs.filter((b) => b.untilRound >= s.round);

  for (const event of r.scheduled) {
    if (event.round !== s.round) continue;
    emit(ctx, "all", { kind: "scenario", card: event.id, origin: "scheduled", title: event.title, text: event.text });
    applyEffects(ctx, event.effects, event.id);
  }
  if (r.deck.length > 0 && rng.chance(sc.events.drawChance)) {
    const eligible = r.deck.filter((c) =>
      !s.deckDrawn.includes(c.id) && (c.fromRound ?? 1) <= s.round && (c.toRound ?? Infinity) >= s.round);
    const total = eligible.reduce((t, c) => t + c.weight, 0);
    let pick = rng.next() * total;
    const card = eligible.find((c) => (pick -= c.weight) < 0);
    if (card) {
      s.deckDrawn.push(card.id);
      emit(ctx, "all", { kind: "scenario", card: card.id, origin: "deck", title: card.title, text: card.text });
      applyEffects(ctx, card.effects, card.id);
    }
  }
}
