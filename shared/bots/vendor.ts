// The vendor bot chases legal revenue: it makes what its orders and the world market call for, prices
// to clear its stock, takes orders it can fill at a fair price (from Chinese firms only what they may
// have, as far as its appetite for China goes), and lobbies within its budget.
import type { Scenario } from "../scenario/schema.ts";
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import { chinaAccess, type Rules } from "../engine/rules.ts";
import type { View } from "../engine/view.ts";
import { fromMillions } from "../engine/units.ts";
import { listDemand } from "../engine/setup.ts";
import { incoming, jitter } from "./common.ts";

export interface VendorPersonality { priceAggression: number; chinaAppetite: number; lobbyBudget: number }

export function vendorBot(view: View, me: string, p: VendorPersonality, sc: Scenario, r: Rules, rng: Rng): Action[] {
  const k = sc.bots.vendor;
  const o = view.options!.vendor!;
  const self = view.private[me]!;
  const actions: Action[] = [];
  const sold = view.round > 1 ? self.sold : {};
  const booked = o.chips.reduce((t, c) => t + c.ordered + c.awaitingLicence, 0);

  for (const c of o.chips) {
    if (c.designCost === null || self.cash < k.designCash * c.designCost) continue;
    if (!c.exportGrade || p.chinaAppetite >= 0.4) actions.push({ kind: "design", chip: c.chip });
  }

  // answer offers first: what it takes on shapes what it makes
  const taken: Record<string, number> = {};
  let room = k.bookRounds * o.capacity - booked;
  for (const d of incoming(view, me)) {
    const buyer = view.actors.find((a) => a.id === d.from)!;
    let value = 0, n = 0, ok = d.get.lease === null && buyer.role !== "vendor";
    for (const chip in d.get.chips) {
      const c = o.chips.find((x) => x.chip === chip);
      if (!c || (c.readyRound ?? Infinity) > view.round + 1) { ok = false; continue; }
      value += c.price * d.get.chips[chip]!;
      n += d.get.chips[chip]!;
      // a chip a Chinese firm may not have (controlled, or blocked by Beijing) is not sold to it
      if (buyer.role === "chinaFirm" && (chinaAccess(view, chip, r) === "blocked" || p.chinaAppetite <= 0.3)) ok = false;
    }
    // China gets at most its share of capacity, as far as the appetite for China goes
    const cap = buyer.role === "chinaFirm" ? k.chinaCapacityShare * p.chinaAppetite * o.capacity * sc.mechanics.orders.deliveryRounds : room;
    ok &&= n > 0 && n <= Math.min(room, cap) && d.give.cash >= k.minPriceShare * value;
    if (ok) {
      room -= n;
      for (const chip in d.get.chips) taken[chip] = (taken[chip] ?? 0) + d.get.chips[chip]!;
    }
    actions.push({ kind: ok ? "acceptDeal" : "rejectDeal", deal: d.id });
  }

  // production: orders to deliver first, then what the world market is expected to buy, or more if it
  // bought everything last round
  const wanted: { chip: string; n: number }[] = [];
  for (const c of o.chips) {
    if (!c.ready) continue;
    const expected = listDemand(sc, c.chip, view.round);
    const market = expected === 0 ? 0 : Math.max(expected, (sold[c.chip] ?? 0) * (c.stock === 0 ? 1 + k.restockMargin : 1));
    const orders = c.ordered + (taken[c.chip] ?? 0);
    wanted.push({ chip: c.chip, n: Math.max(0, Math.round(market * jitter(rng, 0.05)) + orders - c.stock) });
  }
  const total = wanted.reduce((t, w) => t + w.n, 0);
  const fill = total > o.capacity ? o.capacity / total : 1;
  // cuts first, so the plan never passes capacity on the way
  const changes = wanted.map((w) => ({ chip: w.chip, n: Math.floor(w.n * fill) })).filter((w) => w.n !== self.plan[w.chip]);
  changes.sort((a, b) => (a.n - self.plan[a.chip]!) - (b.n - self.plan[b.chip]!));
  for (const w of changes) actions.push({ kind: "produce", chip: w.chip, quantity: w.n });

  // prices: cut when stock is left over, raise when sold out
  for (const c of o.chips) {
    if (!c.ready || r.chips[c.chip]!.marketDemand === 0 || sold[c.chip] === undefined) continue;
    let price = c.price;
    if (c.stock > 0.25 * sold[c.chip]!) price *= 1 - 0.05 * (1.5 - p.priceAggression);
    else if (c.stock === 0) price *= 1 + 0.05 * (0.5 + p.priceAggression);
    price = Math.round(Math.min(c.maxPrice, Math.max(c.minPrice, price)));
    if (price !== c.price) actions.push({ kind: "setPrice", chip: c.chip, price });
  }

  // lobbying within the budget: against bills near passing, for goodwill while its licences stall
  let budget = Math.min(fromMillions(p.lobbyBudget), self.cash);
  for (const bill of o.openBills) {
    const b = view.bills.find((x) => x.id === bill)!;
    const passAt = sc.bills.find((x) => x.id === bill)!.passAt;
    if (budget >= 1000 && p.chinaAppetite > 0.5 && b.support > k.lobbyAlarm * passAt) {
      actions.push({ kind: "lobby", amount: Math.round(budget / 2), bill });
      budget -= Math.round(budget / 2);
    }
  }
  const stalled = view.licences.some((l) => l.exporter === me && l.status === "pending" && l.large);
  if (stalled && budget >= 1000) actions.push({ kind: "lobby", amount: Math.round(budget), bill: null });
  return actions;
}
