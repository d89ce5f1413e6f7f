// Helpers the bots share: their view of the game, their personality and a seeded die.
import type { Assets, ChipStock, Deal } from "../engine/state.ts";
import { AGREED } from "../engine/deals.ts";
import { createRng, mix, type Rng } from "../engine/rng.ts";
import type { View } from "../engine/view.ts";
import { sumValues } from "../engine/units.ts";

export function assets(part: Partial<Assets> = {}): Assets {
  return { cash: 0, chips: {}, lease: null, securityConditions: false, ...part };
}

/** A die for one bot in one round: bots vary between games but replay exactly. */
export function botRng(seed: number, round: number, actorIndex: number): Rng {
  return createRng(mix(seed, round, actorIndex, 0x2c1b3c6d));
}

/** Offers addressed to `me` that are still open. */
export const incoming = (view: View, me: string): Deal[] => view.deals.filter((d) => d.to === me && d.status === "proposed");

/** True when `me` already has an open offer or an unfinished deal with `other`. */
export const dealing = (view: View, me: string, other: string): boolean =>
  view.deals.some((d) => (d.status === "proposed" || AGREED.has(d.status)) && ((d.from === me && d.to === other) || (d.from === other && d.to === me)));

/** True when `me` has an open offer to `other` that it has not answered yet. */
export const offering = (view: View, me: string, other: string): boolean =>
  view.deals.some((d) => d.status === "proposed" && d.from === me && d.to === other);

/** Chips `seller` still has to deliver to `buyer` on their agreed deals. */
export function owedTo(view: View, seller: string, buyer: string): number {
  let n = 0;
  for (const d of view.deals) {
    if (!AGREED.has(d.status)) continue;
    if (d.from === seller && d.to === buyer) n += sumValues(d.give.chips) - sumValues(d.delivered);
    else if (d.to === seller && d.from === buyer) n += sumValues(d.get.chips) - sumValues(d.delivered);
  }
  return n;
}

/** Chips on their way to `me`: in transit, and still to come on its agreed deals. */
export function inbound(view: View, me: string): number {
  let n = 0;
  for (const s of view.shipments) if (s.to === me) n += sumValues(s.chips);
  for (const d of view.deals) {
    if (!AGREED.has(d.status)) continue;
    const chips: ChipStock | null = d.from === me && sumValues(d.get.chips) > 0 ? d.get.chips : d.to === me && sumValues(d.give.chips) > 0 ? d.give.chips : null;
    if (chips) n += sumValues(chips) - sumValues(d.delivered);
  }
  return n;
}

/** Cash `me` has promised in agreed deals not yet paid. */
export function promised(view: View, me: string): number {
  let cash = 0;
  for (const d of view.deals) {
    if (!AGREED.has(d.status)) continue;
    const mine = d.from === me ? d.give : d.to === me ? d.get : null;
    const chips = d.from === me ? d.get.chips : d.give.chips;
    const total = sumValues(chips);
    if (mine) cash += total > 0 ? (mine.cash * (total - sumValues(d.delivered))) / total : mine.cash;
  }
  return cash;
}

export const publicActor = (view: View, id: string) => view.actors.find((a) => a.id === id)!;

/** ±spread around 1, so two games with different seeds do not play identically. */
export const jitter = (rng: Rng, spread: number): number => 1 + (rng.next() * 2 - 1) * spread;

/** Round down to a whole number of `lot`s. */
export const lots = (n: number, lot: number): number => Math.floor(n / lot) * lot;
