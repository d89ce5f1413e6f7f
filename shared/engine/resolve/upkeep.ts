// Step 13: share prices react to revenue against expectations and to the round's news; offers expire,
// licences run out of time, leases end, bills drift, political capital and trust recover.
import { emit, type Ctx } from "../context.ts";
import { close } from "../deals.ts";
import { clamp } from "../units.ts";
import { moveBill } from "./government.ts";
import { expireLicences } from "./licensing.ts";

/** A share price follows how far revenue so far beats what the market expected so far: a lasting beat
 *  is priced in once, so the price moves with the change in that margin, besides the round's news (which
 *  fades as the market digests it) and the market's mood. */
export function moveMarkets(ctx: Ctx): void {
  const { s, r, rng } = ctx;
  const m = s.scenario.mechanics.market;
  for (const id of r.byRole.vendor) {
    const v = s.actors[id]!;
    v.revenueTotal += v.revenue;
    v.expectedTotal += v.expected;
    // the market has watched the vendor meet expectations for a while: one quarter's miss weighs against that record
    const record = v.expectedTotal * (1 + m.trackRecord / s.round);
    const surprise = record > 0 ? (v.revenueTotal - v.expectedTotal) / record : 0;
    const drivers = [{ cause: "revenue" as const, percent: 100 * m.revenueSensitivity * (surprise - v.surprise) }, ...(ctx.shocks[id] ?? [])];
    v.surprise = surprise;
    // the market digests news: each round it takes back part of what news moved and has not faded yet
    if (m.newsFade > 0 && v.news !== 1) {
      const fade = v.news ** -m.newsFade;
      drivers.push({ cause: "fade", percent: 100 * (fade - 1) });
      v.news *= fade;
    }
    if (m.noise > 0) drivers.push({ cause: "market", percent: 100 * m.noise * rng.normal() });
    const from = v.sharePrice;
    const change = drivers.reduce((t, d) => t + d.percent, 0);
    v.sharePrice = Math.max(v.startSharePrice * 0.01, from * (1 + change / 100));
    v.priceDrivers.push(...drivers);
    emit(ctx, "all", { kind: "sharePrice", vendor: id, from, to: v.sharePrice });
  }
}

export function upkeep(ctx: Ctx): void {
  const { s, r } = ctx;
  const sc = s.scenario;
  for (const deal of s.deals) if (deal.status === "proposed" && deal.expiresRound <= s.round) close(ctx, deal, "expired");
  expireLicences(ctx);
  for (const lease of s.leases) if (!lease.ended && lease.endRound <= s.round) lease.ended = true;
  const us = s.actors[r.usGov]!;
  us.politicalCapital = clamp(us.politicalCapital + sc.mechanics.politicalCapital.perRound, 0, sc.mechanics.politicalCapital.max);

  // a bill before Congress gains or loses support on its own
  const drift = sc.mechanics.legislation.drift;
  if (drift !== 0) {
    for (const id in s.bills) if (s.bills[id]!.introduced && !s.bills[id]!.passed) moveBill(ctx, id, drift, false);
  }

  // trust drifts back toward where the scenario started it
  const trustDrift = sc.mechanics.trust.drift;
  if (trustDrift > 0) {
    const ids = s.actorOrder;
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i]!;
      const row = s.trust[a]!;
      const start = r.startTrust[a]!;
      for (let j = i + 1; j < ids.length; j++) {
        const b = ids[j]!;
        const value = row[b]! + (start[b]! - row[b]!) * trustDrift;
        row[b] = value;
        s.trust[b]![a] = value;
      }
    }
  }
}
