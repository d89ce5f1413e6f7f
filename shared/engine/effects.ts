// Scenario effects (from events, the deck, injects and passed bills) applied to the working state.
import type { Effect, PolicyKey } from "../scenario/schema.ts";
import { addTrust, book, emit, type Ctx } from "./context.ts";
import { chipFlow, close } from "./deals.ts";
import { moveBill, retaliate } from "./resolve/government.ts";
import type { PriceCause } from "./state.ts";
import { fromMillions, clamp, sumValues } from "./units.ts";

/** Applies the effects of a card, an inject or a bill; `ref` names it in the reasons for what moved. */
export function applyEffects(ctx: Ctx, effects: readonly Effect[], ref: string): void {
  for (const effect of effects) applyEffect(ctx, effect, ref);
}

function applyEffect(ctx: Ctx, e: Effect, ref: string): void {
  const { s, r } = ctx;
  const w = s.world;
  switch (e.type) {
    case "sharePrice":
      for (const id of e.target === "allVendors" ? r.byRole.vendor : [e.target]) moveSharePrice(ctx, id, e.percent, "news", ref);
      break;
    case "trust":
      addTrust(ctx, e.between[0], e.between[1], e.delta);
      break;
    case "setPolicy":
      setPolicy(ctx, e.policy, e.value);
      break;
    case "licenceReview":
      w.reviews.push({ regions: e.regions, untilRound: s.round + e.rounds - 1 });
      break;
    case "openWeights":
      // once model weights are export-controlled, US-origin weights are no longer published
      if (!(e.usOrigin && s.policies.enforceAct)) w.openWeightCapability = Math.max(w.openWeightCapability, e.capability);
      break;
    case "smugglingCapacity":
      w.smugglingCapacity = Math.round(w.smugglingCapacity * (1 + e.percent / 100));
      break;
    case "domesticCapacity":
      w.domesticCapacity = Math.round(w.domesticCapacity * (1 + e.percent / 100));
      break;
    case "marketDemand":
      w.marketDemandFactor *= 1 + e.percent / 100;
      break;
    case "billIntroduced":
      s.bills[e.bill]!.introduced = true;
      break;
    case "cash": {
      const actor = s.actors[e.target]!;
      const amount = Math.max(fromMillions(e.amount), -actor.cash);
      book(ctx, e.target, amount, amount >= 0 ? "eventGain" : "eventLoss");
      break;
    }
    case "politicalCapital": {
      const us = s.actors[r.usGov]!;
      us.politicalCapital = clamp(us.politicalCapital + e.amount, 0, s.scenario.mechanics.politicalCapital.max);
      break;
    }
    case "capability":
      if (e.target === s.scenario.npc.usLabs.id) {
        const before = w.usLabsCapability;
        w.usLabsCapability = Math.max(0, before + e.delta);
        w.usGain.events += w.usLabsCapability - before;
      } else {
        const a = s.actors[e.target]!;
        const before = a.capability;
        const catchUp = (e.catchUp ?? 0) * Math.max(0, w.usLabsCapability - before);
        a.capability = Math.max(0, before + e.delta + catchUp);
        a.gain.events += a.capability - before;
      }
      break;
    case "detection":
      w.detectionBonuses.push({ bonus: e.bonus, untilRound: s.round + e.rounds - 1 });
      break;
    case "retaliation":
      retaliate(ctx, null);
      break;
    case "billSupport":
      s.bills[e.bill]!.introduced = true;
      moveBill(ctx, e.bill, e.delta, true);
      break;
    case "billDropped":
      s.bills[e.bill] = { introduced: false, support: 0, passed: false };
      emit(ctx, "all", { kind: "bill", bill: e.bill, support: 0, passed: false });
      break;
    case "licenceBacklog":
      w.backlogs.push({ rounds: e.rounds, untilRound: s.round + e.forRounds - 1 });
      emit(ctx, "all", { kind: "backlog", rounds: e.rounds, untilRound: s.round + e.forRounds - 1 });
      break;
    case "importBlock":
      w.importBlocks = e.blocked ? [...new Set([...w.importBlocks, ...e.chips])] : w.importBlocks.filter((c) => !e.chips.includes(c));
      emit(ctx, "all", { kind: "importBlock", chips: e.chips, blocked: e.blocked });
      if (e.blocked) closeBlockedDeals(ctx);
      break;
    case "hostedChips": {
      const a = s.actors[e.target]!;
      for (const chip in e.chips) {
        a.installed[chip]! += e.chips[chip]!;
        s.made[chip]! += e.chips[chip]!;
      }
      a.capacity += sumValues(e.chips);
      emit(ctx, "all", { kind: "hosted", target: e.target, chips: e.chips });
      break;
    }
  }
}

/** Deals that would bring chips China now blocks to a Chinese firm go no further. */
function closeBlockedDeals(ctx: Ctx): void {
  for (const deal of ctx.s.deals.slice()) {
    const { destination, chips } = chipFlow(deal);
    if (ctx.s.actors[destination]?.role === "chinaFirm" && Object.keys(chips).some((c) => chips[c]! > 0 && ctx.s.world.importBlocks.includes(c))) {
      close(ctx, deal, "lapsed");
    }
  }
}

export function setPolicy(ctx: Ctx, policy: PolicyKey, value: number | boolean): void {
  const from = ctx.s.policies[policy];
  if (from === value) return;
  (ctx.s.policies as Record<PolicyKey, number | boolean>)[policy] = value;
  emit(ctx, "all", { kind: "policy", policy, from, to: value });
  if (policy === "exportGradeLicence" && value === true) exportGradeControlled(ctx);
  // the caps count what is licensed from the day the rule takes force
  if (policy === "tierCaps" && value === true) ctx.s.world.tierUsed = {};
}

/**
 * Export-grade chips now need a licence for China: orders for them stop where they are, and each vendor
 * writes off what it made or committed to make for that market (NVIDIA's $4.5B H20 charge in April
 * 2025): its stock, this round's planned output and the undelivered rest of its orders, at cost. The
 * market marks its shares down by the charge.
 */
function exportGradeControlled(ctx: Ctx): void {
  const { s, r } = ctx;
  const committed: Record<string, number> = {};
  for (const deal of s.deals.slice()) {
    const { destination, chips } = chipFlow(deal);
    if (!s.policies.denyRegions.includes(r.region[destination]!) || deal.licenceId !== null) continue;
    if (!Object.keys(chips).some((c) => chips[c]! > 0 && r.chips[c]!.exportGrade)) continue;
    if (deal.status === "delivering") for (const c in chips) committed[c] = (committed[c] ?? 0) + chips[c]! - (deal.delivered[c] ?? 0);
    close(ctx, deal, "lapsed");
  }
  for (const vendor of r.byRole.vendor) {
    const v = s.actors[vendor]!;
    for (const chip of r.madeBy[vendor] ?? []) {
      const c = r.chips[chip]!;
      const chips = c.exportGrade ? (v.stock[chip] ?? 0) + (v.plan[chip] ?? 0) + (committed[chip] ?? 0) : 0;
      if (chips === 0) continue;
      const amount = Math.round(chips * c.unitCost);
      emit(ctx, "all", { kind: "charge", vendor, chip, chips, amount });
      moveSharePrice(ctx, vendor, (-100 * amount) / (v.sharePrice * v.shares * 1000), "charge", chip);
    }
  }
}

/** News moves a share price at once (the article's day: NVIDIA −3.77%), and the move is kept as a reason. */
export function moveSharePrice(ctx: Ctx, vendor: string, percent: number, cause: PriceCause, ref?: string): void {
  const a = ctx.s.actors[vendor]!;
  const from = a.sharePrice;
  a.sharePrice = Math.max(a.startSharePrice * 0.01, from * (1 + percent / 100));
  if (cause === "news") a.news *= 1 + percent / 100;
  a.priceDrivers.push(ref === undefined ? { cause, percent } : { cause, percent, ref });
  emit(ctx, "all", { kind: "sharePrice", vendor, from, to: a.sharePrice });
}
