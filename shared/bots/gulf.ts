// The Gulf state bot builds toward its national compute plan, ordering chips from its usual suppliers,
// and weighs US security conditions against what they cost it: Chinese partners, cheaper equipment,
// and the rent Chinese firms pay for compute. It accepts the conditions when it values the US more
// than those, or when its licences stall without them; it leases to Chinese firms when the rent beats
// its caution.
import type { Scenario } from "../scenario/schema.ts";
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import type { Rules } from "../engine/rules.ts";
import type { View } from "../engine/view.ts";
import { fromMillions, sumValues } from "../engine/units.ts";
import { assets, inbound, incoming, jitter, lots, offering, owedTo, promised } from "./common.ts";

export interface GulfPersonality { usAlignment: number; leaseAppetite: number; buildAppetite: number; suppliers: Record<string, number> }

export function gulfBot(view: View, me: string, p: GulfPersonality, sc: Scenario, r: Rules, rng: Rng): Action[] {
  const k = sc.bots.gulf;
  const m = sc.mechanics;
  const self = view.private[me]!;
  const dc = view.options!.datacentre!;
  const g = view.options!.gulf!;
  const actions: Action[] = [];
  const util = m.compute.utilisation;
  let cash = self.cash - fromMillions(k.reserve) - promised(view, me);

  // conditions: for a state that values the US, or whose large licences wait on them
  const stalled = view.licences.some((l) => l.destination === me && (l.status === "conditional" || (l.large && l.status === "pending")));
  const wantConditions = p.leaseAppetite <= p.usAlignment + 0.2 && (p.usAlignment >= 0.5 || (stalled && p.usAlignment >= 0.35));
  if (wantConditions !== g.securityConditions) actions.push({ kind: "securityConditions", accept: wantConditions });
  const underConditions = wantConditions;

  // pace toward the national plan, in H100e per round
  const roundsLeft = Math.max(1, view.rounds - view.round + 1);
  const installed = sumValues(self.installed);
  const coming = inbound(view, me) + sumValues(self.stock);
  const pace = Math.max(0, (g.computeTarget - self.compute.own) / roundsLeft) * (0.5 + p.buildAppetite);

  // chips: split the round's pace among its suppliers, the best compute per dollar each makes
  let free = dc.capacity + dc.building - installed - coming;
  const budget = Math.max(0, cash * k.spendShare);
  let spent = 0;
  // (an order still being filled covers part of the next round's share)
  for (const [vendor, share] of Object.entries(p.suppliers)) {
    const v = view.actors.find((a) => a.id === vendor);
    if (!v || share <= 0 || offering(view, me, vendor)) continue;
    const best = Object.entries(v.prices).filter(([chip]) => r.chips[chip]!.marketDemand > 0)
      .sort(([a, pa], [b, pb]) => r.chips[b]!.performance / pb - r.chips[a]!.performance / pa)[0];
    if (!best) continue;
    const [chip, price] = best;
    const perf = r.chips[chip]!.performance;
    const lot = perf >= 10 ? 1 : 100;
    const want = (2 * pace * share * jitter(rng, 0.1)) / (perf * util) - owedTo(view, vendor, me);
    const n = lots(Math.min(want, (budget * share) / price, Math.max(0, free + dc.capacity * 0.2)), lot);
    if (n * perf >= k.minLot && spent + n * price <= budget) {
      actions.push({ kind: "proposeDeal", to: vendor, give: assets({ cash: Math.round(n * price) }), get: assets({ chips: { [chip]: n } }), counterTo: null });
      spent += n * price;
      free -= n;
    }
  }
  cash -= spent;

  // Chinese chips, for a state outside US conditions: more of them the less it leans on the US and the
  // more Washington has refused it
  const home = view.options!.domestic!;
  const ascend = home.chips.filter((c) => c.available).sort((a, b) => r.chips[b.chip]!.performance / b.price - r.chips[a.chip]!.performance / a.price)[0];
  const refused = view.licences.some((l) => l.destination === me && (l.status === "denied" || l.status === "lapsed") && l.decidedRound !== null && l.decidedRound >= view.round - 2);
  const chineseShare = underConditions ? 0 : Math.min(1, (1 - p.usAlignment) * k.chineseChips + (refused ? k.chineseChips : 0));
  if (ascend && chineseShare > 0) {
    const perf = r.chips[ascend.chip]!.performance;
    const n = lots(Math.min((pace * chineseShare) / (perf * util), (budget - spent) / ascend.price, Math.max(0, free + dc.capacity * 0.2)), 100);
    if (n * perf >= k.minLot) {
      actions.push({ kind: "buyDomestic", chip: ascend.chip, quantity: n });
      cash -= n * ascend.price;
      free -= n;
    }
  }

  // data centres: keep two rounds of the pace ready to install
  const needed = Math.round((2 * pace) / util) - Math.max(0, free);
  if (needed > 0) {
    const slots = Math.round(needed * jitter(rng, 0.1));
    if (slots * dc.costPerSlot <= 0.5 * Math.max(0, cash)) actions.push({ kind: "build", slots });
  }

  // offers: chips at a fair price; compute leases to Chinese firms when the rent beats the caution
  let spareCompute = self.compute.own - self.compute.leasedOut;
  const hurdle = m.leasing.marketPrice * k.leaseHurdle * (1 + p.usAlignment - p.leaseAppetite);
  for (const d of incoming(view, me)) {
    let ok = false;
    const n = sumValues(d.give.chips);
    if (n > 0 && d.get.cash <= cash) {
      const list = Object.entries(d.give.chips).reduce((t, [chip, q]) => t + r.chips[chip]!.price * q, 0);
      ok = d.get.cash <= 1.15 * list && n <= free + 0.2 * dc.capacity;
      if (ok) { cash -= d.get.cash; free -= n; }
    } else if (d.get.lease) {
      const rent = d.give.cash / (d.get.lease.compute * d.get.lease.rounds);
      const dares = !underConditions || p.leaseAppetite > 0.8;
      ok = dares && d.get.lease.compute <= spareCompute && rent >= hurdle && rng.chance(p.leaseAppetite + 0.2);
      if (ok) spareCompute -= d.get.lease.compute;
    }
    actions.push({ kind: ok ? "acceptDeal" : "rejectDeal", deal: d.id });
  }
  return actions;
}
