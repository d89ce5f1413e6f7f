// The Gulf state bot weighs lease income against US trust: it builds data centres, buys chips at fair
// prices, accepts US security conditions when it values the partnership, and leases compute to Chinese
// firms only when the price beats its caution.
import type { Scenario } from "../scenario/schema.ts";
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import type { Rules } from "../engine/rules.ts";
import type { View } from "../engine/view.ts";
import { assets, incoming, jitter, offered } from "./common.ts";

export interface GulfPersonality { usAlignment: number; leaseAppetite: number; buildAppetite: number }

/** $k kept back from spending, so a bad round cannot empty the treasury. */
const RESERVE = 1_000_000;

export function gulfBot(view: View, me: string, p: GulfPersonality, sc: Scenario, r: Rules, rng: Rng): Action[] {
  const self = view.private[me]!;
  const dc = view.options!.datacentre!;
  const actions: Action[] = [];
  const inbound = view.shipments.filter((s) => s.to === me).reduce((t, s) => t + Object.values(s.chips).reduce((a, b) => a + b, 0), 0)
    + view.deals.filter((d) => d.from === me && (d.status === "accepted" || d.status === "awaitingLicence"))
      .reduce((t, d) => t + Object.values(d.get.chips).reduce((a, b) => a + b, 0), 0);
  const held = Object.values(self.stock).reduce((a, b) => a + b, 0);
  let free = dc.capacity + dc.building - dc.installed - held - inbound;
  let cash = self.cash - RESERVE;

  const waitingOnConditions = view.licences.some((l) => l.destination === me && l.status === "conditional");
  const wantConditions = p.leaseAppetite <= p.usAlignment + 0.2 && (p.usAlignment >= 0.5 || (waitingOnConditions && p.usAlignment >= 0.35));
  if (wantConditions !== self.securityConditions) actions.push({ kind: "securityConditions", accept: wantConditions });

  if (free < 0.25 * dc.capacity) {
    const slots = Math.round(dc.capacity * 0.3 * p.buildAppetite * jitter(rng, 0.1));
    if (slots > 0 && slots * dc.costPerSlot <= 0.25 * cash) {
      actions.push({ kind: "build", slots });
      cash -= slots * dc.costPerSlot;
      free += slots;
    }
  }

  const marketPrice = sc.mechanics.leasing.marketPrice;
  let spareCompute = self.compute.own - self.compute.leasedOut;
  for (const d of incoming(view, me)) {
    const chips = Object.entries(d.give.chips);
    let ok = false;
    if (chips.length > 0 && d.get.cash <= cash) {
      // a chip offer: fair if it costs no more than 15% over list per unit of compute
      const n = chips.reduce((t, [, k]) => t + k, 0);
      const list = chips.reduce((t, [chip, k]) => t + r.chips[chip]!.price * k, 0);
      ok = d.get.cash <= 1.15 * list && n <= free + 0.2 * dc.capacity;
      if (ok) { cash -= d.get.cash; free -= n; }
    } else if (d.get.lease) {
      // a lease request from a Chinese firm: worth it only well above the market price
      const perUnit = d.give.cash / (d.get.lease.compute * d.get.lease.rounds);
      const hurdle = marketPrice * (1 + 2 * p.usAlignment - p.leaseAppetite);
      ok = d.get.lease.compute <= spareCompute && perUnit >= hurdle && (!self.securityConditions || p.leaseAppetite > 0.8) && rng.chance(p.leaseAppetite + 0.2);
      if (ok) spareCompute -= d.get.lease.compute;
    }
    actions.push({ kind: ok ? "acceptDeal" : "rejectDeal", deal: d.id });
  }

  // ask the vendor with the most compute per dollar for a lot that fills part of the free room
  if (free > 2000 && cash > 0) {
    const best = view.actors.filter((a) => a.role === "vendor" && !offered(view, me, a.id))
      .flatMap((v) => Object.entries(v.prices).filter(([chip]) => r.chips[chip]!.marketDemand > 0).map(([chip, price]) => ({ vendor: v.id, chip, price })))
      .sort((a, b) => r.chips[b.chip]!.performance / b.price - r.chips[a.chip]!.performance / a.price)[0];
    if (best) {
      const perf = r.chips[best.chip]!.performance;
      const n = Math.floor(Math.min((free * 0.6) / perf, (cash * 0.3 * p.buildAppetite) / best.price) / 100) * 100;
      if (n >= 500) {
        actions.push({ kind: "proposeDeal", to: best.vendor, give: assets({ cash: Math.round(n * best.price) }), get: assets({ chips: { [best.chip]: n } }), counterTo: null });
      }
    }
  }
  return actions;
}
