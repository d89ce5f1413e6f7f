// The Chinese firm bot seeks the cheapest compute within its risk appetite: domestic chips first,
// then US cloud rentals, Gulf leases and, for the bold, middlemen. It builds on open weights and
// distils unless the law makes that too risky for it.
import type { Scenario } from "../scenario/schema.ts";
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import type { Rules } from "../engine/rules.ts";
import type { View } from "../engine/view.ts";
import { assets, incoming, jitter, offered } from "./common.ts";

export interface ChinaPersonality { riskAppetite: number; trainingShare: number }

/** Share of cash a firm is willing to spend on compute in one round. */
const BUDGET_SHARE = 0.35;
const LEASE_ROUNDS = 2;

export function chinaBot(view: View, me: string, p: ChinaPersonality, sc: Scenario, r: Rules, rng: Rng): Action[] {
  const self = view.private[me]!;
  const o = view.options!.china!;
  const dc = view.options!.datacentre!;
  const actions: Action[] = [];
  let budget = self.cash * BUDGET_SHARE;
  const inbound = view.shipments.filter((s) => s.to === me).reduce((t, s) => t + Object.values(s.chips).reduce((a, b) => a + b, 0), 0);
  const held = Object.values(self.stock).reduce((a, b) => a + b, 0);
  let free = dc.capacity + dc.building - dc.installed - held - inbound;

  if (Math.abs(o.trainingShare - p.trainingShare) > 0.01) actions.push({ kind: "training", share: p.trainingShare });
  if (!o.openWeights) actions.push({ kind: "openWeights", use: true });
  const distil = !view.policies.enforceAct || p.riskAppetite > 0.55;
  if (distil !== o.distil) actions.push({ kind: "distil", use: distil });

  if (free < 0.1 * dc.capacity) {
    const slots = Math.round(dc.capacity * 0.2);
    if (slots * dc.costPerSlot <= budget * 0.3) {
      actions.push({ kind: "build", slots });
      budget -= slots * dc.costPerSlot;
    }
  }

  // domestic chips: the best available part, a fair share of the maker's output
  const domestic = o.domestic.filter((d) => d.available).sort((a, b) => r.chips[b.chip]!.performance - r.chips[a.chip]!.performance)[0];
  const firms = view.actors.filter((a) => a.role === "chinaFirm").length;
  if (domestic && free > 0) {
    const n = Math.floor(Math.min(free, (budget * 0.5) / domestic.price, (o.domesticCapacity / firms) * jitter(rng, 0.2)));
    if (n > 0) {
      actions.push({ kind: "buyDomestic", chip: domestic.chip, quantity: n });
      budget -= n * domestic.price;
      free -= n;
    }
  }

  if (!o.cloud.blocked && (!o.cloud.kyc || p.riskAppetite > 0.5)) {
    const compute = Math.floor(Math.min(o.cloud.supply * 0.4, (budget * 0.25) / o.cloud.price));
    if (compute > 0) {
      actions.push({ kind: "rentCloud", compute });
      budget -= compute * o.cloud.price;
    }
  }

  if (p.riskAppetite >= 0.3 && free > 0) {
    const route = [...o.smuggle].sort((a, b) => r.chips[b.chip]!.performance / b.unitPrice - r.chips[a.chip]!.performance / a.unitPrice)[0];
    if (route) {
      const n = Math.floor(Math.min(o.smugglingCapacity * p.riskAppetite * 0.8 * jitter(rng, 0.2), (budget * 0.5) / route.unitPrice, free));
      if (n > 0) {
        actions.push({ kind: "smuggle", chip: route.chip, quantity: n });
        budget -= n * route.unitPrice;
      }
    }
  }

  // ask a Gulf state outside US conditions to lease compute, paying well over the market price
  if (p.riskAppetite >= 0.25) {
    const host = view.actors.filter((a) => a.role === "gulf" && !a.securityConditions && !offered(view, me, a.id))
      .sort((a, b) => b.compute - a.compute)[0];
    const compute = Math.round(Math.min(5000 * (1 + p.riskAppetite), (host?.compute ?? 0) * 0.5));
    const price = Math.round(sc.mechanics.leasing.marketPrice * (1.6 + p.riskAppetite) * compute * LEASE_ROUNDS);
    if (host && compute >= 100 && price <= budget) {
      actions.push({ kind: "proposeDeal", to: host.id, give: assets({ cash: price }), get: assets({ lease: { compute, rounds: LEASE_ROUNDS } }), counterTo: null });
      budget -= price;
    }
  }

  for (const d of incoming(view, me)) {
    const n = Object.values(d.give.chips).reduce((a, b) => a + b, 0);
    const ok = n > 0 && n <= free && d.get.cash <= budget;
    if (ok) { budget -= d.get.cash; free -= n; }
    actions.push({ kind: ok ? "acceptDeal" : "rejectDeal", deal: d.id });
  }
  return actions;
}
