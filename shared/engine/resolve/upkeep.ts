// Steps 12–13: share prices react to revenue and news; offers expire, leases end, capital and trust drift.
import { emit, type Ctx } from "../context.ts";
import { close } from "../deals.ts";
import { clamp } from "../units.ts";

export function moveMarkets(ctx: Ctx): void {
  const { s, r, rng } = ctx;
  const m = s.scenario.mechanics.market;
  for (const id of r.byRole.vendor) {
    const v = s.actors[id]!;
    const growth = v.revenueBaseline > 0 ? (v.revenue - v.revenueBaseline) / v.revenueBaseline : 0;
    const ret = m.revenueSensitivity * growth + (ctx.shocks[id] ?? 0) / 100 + m.noise * rng.normal();
    const from = v.sharePrice;
    v.sharePrice = Math.max(v.startSharePrice * 0.01, from * (1 + ret));
    v.revenueBaseline = Math.round(v.revenueBaseline * (1 - m.baselineAdapt) + v.revenue * m.baselineAdapt);
    v.revenueTotal += v.revenue;
    emit(ctx, "all", { kind: "sharePrice", vendor: id, from, to: v.sharePrice });
  }
}

export function upkeep(ctx: Ctx): void {
  const { s, r } = ctx;
  const sc = s.scenario;
  for (const deal of s.deals) if (deal.status === "proposed" && deal.expiresRound <= s.round) close(ctx, deal, "expired");
  for (const lease of s.leases) if (!lease.ended && lease.endRound <= s.round) lease.ended = true;
  const us = s.actors[r.usGov]!;
  us.politicalCapital = clamp(us.politicalCapital + sc.mechanics.politicalCapital.perRound, 0, sc.mechanics.politicalCapital.max);

  // trust drifts back toward where the scenario started it
  const drift = sc.mechanics.trust.drift;
  if (drift > 0) {
    const ids = s.actorOrder;
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i]!;
      const row = s.trust[a]!;
      const start = r.startTrust[a]!;
      for (let j = i + 1; j < ids.length; j++) {
        const b = ids[j]!;
        const value = row[b]! + (start[b]! - row[b]!) * drift;
        row[b] = value;
        s.trust[b]![a] = value;
      }
    }
  }
}
