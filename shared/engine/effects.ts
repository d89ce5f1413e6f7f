// Scenario effects (from events, the deck, injects and passed bills) applied to the working state.
import type { Effect, PolicyKey } from "../scenario/schema.ts";
import { addTrust, book, emit, type Ctx } from "./context.ts";
import type { PriceCause } from "./state.ts";
import { fromMillions, clamp } from "./units.ts";

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
        a.capability = Math.max(0, before + e.delta);
        a.gain.events += a.capability - before;
      }
      break;
    case "detection":
      w.detectionBonuses.push({ bonus: e.bonus, untilRound: s.round + e.rounds - 1 });
      break;
  }
}

export function setPolicy(ctx: Ctx, policy: PolicyKey, value: number | boolean): void {
  const from = ctx.s.policies[policy];
  if (from === value) return;
  (ctx.s.policies as Record<PolicyKey, number | boolean>)[policy] = value;
  emit(ctx, "all", { kind: "policy", policy, from, to: value });
}

/** News moves a share price at once (the article's day: NVIDIA −3.77%), and the move is kept as a reason. */
export function moveSharePrice(ctx: Ctx, vendor: string, percent: number, cause: PriceCause, ref?: string): void {
  const a = ctx.s.actors[vendor]!;
  const from = a.sharePrice;
  a.sharePrice = Math.max(a.startSharePrice * 0.01, from * (1 + percent / 100));
  a.priceDrivers.push(ref === undefined ? { cause, percent } : { cause, percent, ref });
  emit(ctx, "all", { kind: "sharePrice", vendor, from, to: a.sharePrice });
}
