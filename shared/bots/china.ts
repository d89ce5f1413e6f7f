// The Chinese firm bot looks for compute along every channel within its risk appetite: domestic chips
// first (they never run out of licences), middlemen for the bold, export-grade parts for inference at
// home, US clouds and Gulf leases for training abroad. It builds on open weights while they lift it, and distils while the gain is
// worth the risk of being caught.
import type { Scenario } from "../scenario/schema.ts";
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import { chinaAccess, type Rules } from "../engine/rules.ts";
import type { View } from "../engine/view.ts";
import { sumValues } from "../engine/units.ts";
import { assets, dealing, inbound, incoming, jitter, lots, offering, owedTo, promised } from "./common.ts";

export interface ChinaPersonality { riskAppetite: number; trainingShare: number }

export function chinaBot(view: View, me: string, personality: ChinaPersonality, sc: Scenario, r: Rules, rng: Rng): Action[] {
  const k = sc.bots.chinaFirm;
  const m = sc.mechanics;
  const self = view.private[me]!;
  const listed = view.policies.entityList.includes(me);
  // US chips it may buy: freely, or under a licence while the US grants them (a revenue share is set,
  // or none of its own applications was refused lately); of each vendor's, the most powerful
  const refusedLately = view.licences.some((l) => l.destination === me && l.status === "denied" && l.decidedRound !== null && l.decidedRound >= view.round - 2);
  const buyable = (chip: string) => {
    const access = chinaAccess(view, chip, r);
    return access === "free" || (access === "licence" && (view.policies.chinaRevenueShare > 0 || !refusedLately));
  };
  const sellers = listed ? [] : view.actors.flatMap((v) => {
    if (v.role !== "vendor") return [];
    const best = Object.keys(v.prices).filter(buyable).sort((a, b) => r.chips[b]!.performance - r.chips[a]!.performance)[0];
    return best === undefined ? [] : [{ vendor: v.id, chip: best, price: v.prices[best]!, weight: v.capacity }];
  });
  // a firm cut off from legal US chips takes more risks to get them
  const cutOff = sellers.length === 0;
  const p = cutOff ? { ...personality, riskAppetite: Math.min(1, personality.riskAppetite + k.cutOffBoldness) } : personality;
  const o = view.options!.china!;
  const dc = view.options!.datacentre!;
  const home = view.options!.domestic!;
  const actions: Action[] = [];
  let budget = Math.max(0, self.cash - promised(view, me)) * k.budgetShare;
  let free = dc.capacity + dc.building - dc.installed - sumValues(self.stock) - inbound(view, me);

  if (Math.abs(o.trainingShare - p.trainingShare) > 0.01) actions.push({ kind: "training", share: p.trainingShare });
  // open weights lift a firm below the open frontier, and cost it revenue once it is above
  const lifts = o.openWeightCapability - m.training.openWeightGap > self.capability - 1;
  if (lifts !== o.openWeights) actions.push({ kind: "openWeights", use: lifts });
  const usLead = (view.indicators.at(-1)?.usCapability ?? 0) - self.capability;
  const distil = usLead > 3 && o.distilBlockedUntil < view.round && (!view.policies.enforceAct ? p.riskAppetite >= 0.2 : p.riskAppetite > 0.55);
  if (distil !== o.distil) actions.push({ kind: "distil", use: distil });

  // chips may wait in stock a little while data centres are built
  const room = () => free + k.stockSlack * dc.capacity;
  const firms = view.actors.filter((a) => a.role === "chinaFirm");
  const share = self.capacity / (firms.reduce((t, a) => t + a.capacity, 0) || 1);

  // offers: chips that fit its room and budget
  for (const d of incoming(view, me)) {
    const n = sumValues(d.give.chips);
    const ok = n > 0 && n <= room() && d.get.cash <= budget;
    if (ok) { budget -= d.get.cash; free -= n; }
    actions.push({ kind: ok ? "acceptDeal" : "rejectDeal", deal: d.id });
  }

  // domestic chips: the best part on sale, a fair share of the maker's output
  const domestic = home.chips.filter((d) => d.available).sort((a, b) => r.chips[b.chip]!.performance - r.chips[a.chip]!.performance)[0];
  if (domestic && room() > 0) {
    const n = Math.floor(Math.min(room(), (budget * 0.5) / domestic.price, home.capacity * share * jitter(rng, 0.2)));
    if (n > 0) {
      actions.push({ kind: "buyDomestic", chip: domestic.chip, quantity: n });
      budget -= n * domestic.price;
      free -= n;
    }
  }

  // middlemen: the bolder, the more of its share of their capacity
  if (p.riskAppetite > 0.2 && room() > 0) {
    const route = [...o.smuggle].sort((a, b) => r.chips[b.chip]!.performance / b.unitPrice - r.chips[a.chip]!.performance / a.unitPrice)[0];
    if (route) {
      const n = Math.floor(Math.min(o.smugglingCapacity * share * k.smuggleShare * Math.min(1, 2 * p.riskAppetite) * jitter(rng, 0.2), (budget * 0.5) / route.unitPrice, room()));
      if (n > 0) {
        actions.push({ kind: "smuggle", chip: route.chip, quantity: n });
        budget -= n * route.unitPrice;
        free -= n;
      }
    }
  }

  // US chips it may have, ordered from each vendor that sells them, in proportion to its production
  const totalWeight = sellers.reduce((t, x) => t + x.weight, 0);
  const exportBudget = budget * k.exportGradeShare;
  for (const { vendor, chip, price, weight } of sellers) {
    if (offering(view, me, vendor)) continue;
    // an order covers the rounds until the next one can be agreed; it is paid as it is delivered
    const n = lots(Math.min((k.orderRounds * exportBudget * weight) / totalWeight / price, room()) - owedTo(view, vendor, me), 1000);
    if (n > 0) {
      actions.push({ kind: "proposeDeal", to: vendor, give: assets({ cash: Math.round(n * price) }), get: assets({ chips: { [chip]: n } }), counterTo: null });
      budget -= (n * price) / k.orderRounds;
      free -= n;
    }
  }

  // training abroad: US clouds while they rent (a cautious firm stays away once they check customers)
  if (!o.cloud.blocked && (!o.cloud.kyc || p.riskAppetite > 0.5)) {
    const compute = Math.floor(Math.min(o.cloud.supply * share, (budget * 0.3) / o.cloud.price));
    if (compute > 0) {
      actions.push({ kind: "rentCloud", compute });
      budget -= compute * o.cloud.price;
    }
  }

  // a Gulf lease, paying well over the market price; the bolder the firm, the bigger and better paid
  if (p.riskAppetite >= 0.25) {
    const host = view.actors.filter((a) => a.role === "gulf" && (!a.securityConditions || p.riskAppetite > 0.8) && !dealing(view, me, a.id))
      .sort((a, b) => b.compute - a.compute)[0];
    const compute = Math.round(Math.min(k.leaseSize * p.riskAppetite, (host?.compute ?? 0) * 0.4));
    const price = Math.round(m.leasing.marketPrice * k.leasePremium * (1 + p.riskAppetite) * compute * k.leaseRounds);
    if (host && compute >= 100 && price <= budget) {
      actions.push({ kind: "proposeDeal", to: host.id, give: assets({ cash: price }), get: assets({ lease: { compute, rounds: k.leaseRounds } }), counterTo: null });
      budget -= price;
    }
  }

  // data centres: room for the next rounds' chips
  if (free < k.buildAhead * dc.capacity) {
    const slots = Math.round(dc.capacity * k.buildAhead);
    if (slots * dc.costPerSlot <= budget) actions.push({ kind: "build", slots });
  }
  return actions;
}
