// Vendors: designs, prices and production (step 4), and sales to the world market (step 9).
import { book, emit, type Ctx } from "../context.ts";
import type { ActionOf } from "../orders.ts";
import { rules } from "../rules.ts";
import type { ActorId, ChipStock, GameState } from "../state.ts";
import { fromMillions } from "../units.ts";

export function vendorOrder(ctx: Ctx, vendor: ActorId, a: ActionOf<"design" | "setPrice" | "produce">): void {
  const v = ctx.s.actors[vendor]!;
  const chip = ctx.r.chips[a.chip]!;
  if (a.kind === "design") {
    book(ctx, vendor, -fromMillions(chip.design!.cost), "design");
    v.designs[a.chip] = ctx.s.round + chip.design!.rounds;
    v.plan[a.chip] = 0;
    emit(ctx, [vendor], { kind: "design", vendor, chip: a.chip, ready: false });
  } else if (a.kind === "setPrice") {
    v.prices[a.chip] = a.price;
  } else {
    v.plan[a.chip] = a.quantity;
  }
}

/** Designs that finish this round are announced to all: a new product is public. */
export function finishDesigns(ctx: Ctx): void {
  for (const id of ctx.r.byRole.vendor) {
    const v = ctx.s.actors[id]!;
    for (const chip in v.designs) {
      if (v.designs[chip] === ctx.s.round) emit(ctx, "all", { kind: "design", vendor: id, chip, ready: true });
    }
  }
}

/** Each vendor makes what its standing plan says, as far as its cash pays for; China's mineral export
 *  ban, while it lasts, makes every chip dearer to make. */
export function produce(ctx: Ctx): void {
  const { s, r } = ctx;
  const dearer = s.world.retaliationUntil >= s.round ? 1 + s.scenario.mechanics.retaliation.unitCostIncrease : 1;
  for (const id of r.byRole.vendor) {
    const v = s.actors[id]!;
    const made: ChipStock = {};
    let cost = 0;
    for (const chip in v.plan) {
      const unitCost = r.chips[chip]!.unitCost * dearer;
      const affordable = unitCost > 0 ? Math.floor((v.cash - cost) / unitCost) : Infinity;
      const n = Math.max(0, Math.min(v.plan[chip]!, affordable));
      if (n === 0) continue;
      made[chip] = n;
      cost += n * unitCost;
      v.stock[chip]! += n;
      s.made[chip]! += n;
    }
    book(ctx, id, -Math.round(cost), "production");
    if (cost > 0) emit(ctx, [id], { kind: "production", vendor: id, chips: made, cost: Math.round(cost) });
  }
}

/** Chips of a type the world market buys this round at list price: the world's demand with the news
 *  that moved it, and the chip's own trend (a new generation gains what the last one loses). */
function marketDemand(s: GameState, chip: string): number {
  const spec = rules(s.scenario).chips[chip]!;
  return spec.marketDemand * s.world.marketDemandFactor * (1 + spec.demandGrowth) ** (s.round - 1);
}

/** The non-player world market buys from vendors' stock along a demand curve. */
export function sellToMarket(ctx: Ctx): void {
  const { s, r } = ctx;
  const market = s.scenario.mechanics.market;
  for (const id of r.byRole.vendor) {
    const v = s.actors[id]!;
    const sold: ChipStock = {};
    v.sold = sold;
    let revenue = 0;
    for (const chip in v.prices) {
      const spec = r.chips[chip]!;
      if (v.stock[chip]! === 0 || spec.marketDemand === 0) continue;
      const demand = Math.floor(marketDemand(s, chip) * (v.prices[chip]! / spec.price) ** -market.elasticity);
      const n = Math.min(v.stock[chip]!, demand);
      if (n === 0) continue;
      v.stock[chip]! -= n;
      s.world.marketInstalled[chip]! += n;
      sold[chip] = n;
      revenue += n * v.prices[chip]!;
    }
    revenue = Math.round(revenue);
    if (revenue === 0) continue;
    book(ctx, id, revenue, "marketSale");
    v.revenue += revenue;
    v.revenueBy.market += revenue;
    emit(ctx, [id], { kind: "marketSale", vendor: id, chips: sold, revenue });
  }
}
