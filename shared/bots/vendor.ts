// The vendor bot chases legal revenue: it makes what sold last round, prices to clear its stock,
// offers chips to Gulf buyers with room for them and export-grade parts to Chinese firms, and lobbies
// when its licences stall.
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import type { Rules } from "../engine/rules.ts";
import type { ChipStock } from "../engine/state.ts";
import type { View } from "../engine/view.ts";
import { assets, incoming, jitter, offered } from "./common.ts";

export interface VendorPersonality { priceAggression: number; chinaAppetite: number; lobbyShare: number }

/** Export-grade parts a vendor keeps on hand for Chinese buyers, at full appetite. */
const CHINA_STOCK = 40_000;
const GULF_LOT_SHARE = 0.25;

export function vendorBot(view: View, me: string, p: VendorPersonality, r: Rules, rng: Rng): Action[] {
  const o = view.options!.vendor!;
  const self = view.private[me]!;
  const actions: Action[] = [];
  const sold = view.round > 1 ? self.sold : {};
  const committed: ChipStock = {};
  for (const d of view.deals) {
    if (d.from === me && (d.status === "accepted" || d.status === "awaitingLicence")) {
      for (const chip in d.give.chips) committed[chip] = (committed[chip] ?? 0) + d.give.chips[chip]!;
    }
  }

  for (const c of o.chips) {
    if (c.designCost === null || self.cash < 3 * c.designCost) continue;
    const exportGrade = !c.controlled && r.chips[c.chip]!.marketDemand === 0;
    if (!exportGrade || p.chinaAppetite >= 0.4) actions.push({ kind: "design", chip: c.chip });
  }

  // production: aim at last round's sales (more if we sold out) plus what deals have promised
  const wanted: { chip: string; n: number; margin: number }[] = [];
  for (const c of o.chips) {
    if (!c.ready) continue;
    const spec = r.chips[c.chip]!;
    let target: number;
    if (spec.marketDemand > 0) target = sold[c.chip] !== undefined ? sold[c.chip]! * (c.stock === 0 ? 1.1 : 1) : spec.marketDemand;
    else target = c.controlled ? 0 : CHINA_STOCK * p.chinaAppetite;
    wanted.push({ chip: c.chip, n: Math.max(0, Math.round(target * jitter(rng, 0.05)) + (committed[c.chip] ?? 0) - c.stock), margin: c.price - c.unitCost });
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

  // answer offers: sell at no less than 90% of our price, if we hold the chips and a licence is plausible
  for (const d of incoming(view, me)) {
    let value = 0;
    let holds = true;
    let toChina = false;
    for (const chip in d.get.chips) {
      const c = o.chips.find((x) => x.chip === chip);
      if (!c || c.stock < d.get.chips[chip]!) holds = false;
      value += (c?.price ?? Infinity) * d.get.chips[chip]!;
      if (c?.controlled && view.actors.find((a) => a.id === d.from)?.role === "chinaFirm") toChina = true;
    }
    const ok = holds && !toChina && d.give.cash >= 0.9 * value && d.get.lease === null;
    actions.push({ kind: ok ? "acceptDeal" : "rejectDeal", deal: d.id });
  }

  // offer lots to Gulf buyers with free data-centre room, and export-grade chips to Chinese firms
  const forMarket = o.chips.filter((c) => c.ready && c.stock > 0 && r.chips[c.chip]!.marketDemand > 0).sort((a, b) => b.stock - a.stock)[0];
  for (const buyer of view.actors) {
    if (buyer.entityListed || offered(view, me, buyer.id)) continue;
    if (buyer.role === "gulf" && forMarket) {
      const perf = r.chips[forMarket.chip]!.performance;
      const room = buyer.capacity - buyer.compute / 0.9;
      const n = Math.floor(Math.min(forMarket.stock * GULF_LOT_SHARE, (room * 0.5) / perf) / 100) * 100;
      if (n >= 500) actions.push(sale(buyer.id, forMarket.chip, n, forMarket.price));
    } else if (buyer.role === "chinaFirm" && p.chinaAppetite > 0.3) {
      const grade = o.chips.find((c) => c.ready && !c.controlled && c.stock >= 1000 && r.chips[c.chip]!.marketDemand === 0);
      if (grade) actions.push(sale(buyer.id, grade.chip, Math.floor(Math.min(grade.stock / 2, CHINA_STOCK / 2) / 100) * 100, grade.price));
    }
  }

  const stalled = view.licences.some((l) => l.exporter === me && l.status === "pending" && l.large);
  if (stalled) actions.push({ kind: "lobby", amount: Math.max(1000, Math.round(self.cash * p.lobbyShare)), bill: null });
  for (const bill of o.openBills) {
    const b = view.bills.find((x) => x.id === bill)!;
    if (p.chinaAppetite > 0.5 && b.support > 50) actions.push({ kind: "lobby", amount: Math.max(1000, Math.round(self.cash * p.lobbyShare)), bill });
  }
  return actions;
}

function sale(to: string, chip: string, n: number, price: number): Action {
  return { kind: "proposeDeal", to, give: assets({ chips: { [chip]: n } }), get: assets({ cash: Math.round(n * price) }), counterTo: null };
}
