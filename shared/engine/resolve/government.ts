// Step 3: lobbying, then the US government's policy, legislation, enforcement and diplomacy, and
// China's answer when the US lists one of its firms or tightens the control line.
import { addTrust, book, emit, shock, type Ctx } from "../context.ts";
import { applyEffects, moveSharePrice, setPolicy } from "../effects.ts";
import type { ActionOf } from "../orders.ts";
import type { ActorId } from "../state.ts";
import { toMillions } from "../units.ts";
import { capitalCost } from "../validate.ts";

/** Lobbying buys less with every extra dollar, and one vendor moves at most `maxEffect` a round. */
export function lobbyEffect(ctx: Ctx, amount: number, perSqrtMillion: number): number {
  return Math.min(ctx.s.scenario.mechanics.lobbying.maxEffect, perSqrtMillion * Math.sqrt(toMillions(amount)));
}

export function lobby(ctx: Ctx, vendor: ActorId, a: ActionOf<"lobby">): void {
  const m = ctx.s.scenario.mechanics.lobbying;
  book(ctx, vendor, -a.amount, "lobbying");
  if (a.bill !== null) {
    moveBill(ctx, a.bill, -lobbyEffect(ctx, a.amount, m.supportPerSqrtMillion), false);
  } else {
    addTrust(ctx, vendor, ctx.r.usGov, lobbyEffect(ctx, a.amount, m.trustPerSqrtMillion));
  }
}

type UsAction = ActionOf<"setThreshold" | "setPolicy" | "pushBill" | "audit" | "entityList" | "visit">;

export function govern(ctx: Ctx, a: UsAction): void {
  const { s, r } = ctx;
  const us = s.actors[r.usGov]!;
  const m = s.scenario.mechanics;
  const cost = capitalCost(s, a);
  us.politicalCapital -= cost;
  us.capitalSpent += cost;
  switch (a.kind) {
    case "setThreshold": {
      const tighter = a.tpp < s.policies.controlThresholdTpp;
      setPolicy(ctx, "controlThresholdTpp", a.tpp);
      if (tighter) {
        for (const v of r.byRole.vendor) shock(ctx, v, m.market.thresholdShock, "threshold");
        retaliate(ctx, null);
      }
      break;
    }
    case "setPolicy":
      setPolicy(ctx, a.policy, a.value);
      break;
    case "pushBill":
      moveBill(ctx, a.bill, a.capital, true);
      break;
    case "audit":
      ctx.audited.add(a.target);
      emit(ctx, [r.usGov, a.target], { kind: "audit", target: a.target });
      break;
    case "entityList":
      s.policies.entityList = a.listed ? [...s.policies.entityList, a.target] : s.policies.entityList.filter((id) => id !== a.target);
      emit(ctx, "all", { kind: "entityList", target: a.target, listed: a.listed });
      if (a.listed && s.actors[a.target]!.role === "chinaFirm") retaliate(ctx, a.target);
      break;
    case "visit":
      addTrust(ctx, r.usGov, a.target, m.trust.visit);
      emit(ctx, "all", { kind: "visit", target: a.target });
      break;
  }
}

/** Moves a bill's support (never below 0); at its `passAt` it becomes law and its effects apply.
 *  The news says so when it passes, or on every move when `announce` is set. */
export function moveBill(ctx: Ctx, id: string, delta: number, announce: boolean): void {
  const bill = ctx.s.bills[id]!;
  const spec = ctx.s.scenario.bills.find((b) => b.id === id)!;
  bill.support = Math.max(0, bill.support + delta);
  bill.passed = bill.support >= spec.passAt;
  if (announce || bill.passed) emit(ctx, "all", { kind: "bill", bill: id, support: bill.support, passed: bill.passed });
  if (bill.passed) applyEffects(ctx, spec.effects, spec.id);
}

/**
 * China answers each listing of one of its firms and each tightening of the control line (as it banned
 * gallium and germanium exports after the December 2024 controls, and rare earths in 2025): chips cost
 * more to make for a while, the world's AI build-out slows, vendors' shares fall, its buyers turn to
 * domestic chips, and Gulf partners outside US conditions, who trade with both, cool toward Washington.
 */
export function retaliate(ctx: Ctx, listed: ActorId | null): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics.retaliation;
  if (m.rounds > 0) s.world.retaliationUntil = s.round + m.rounds - 1;
  s.world.marketDemandFactor *= 1 - m.demandCut / 100;
  for (const v of r.byRole.vendor) {
    // at once, as news is: a retaliation may come with an event in a round's briefing
    moveSharePrice(ctx, v, m.vendorShock, "retaliation");
    for (const firm of r.byRole.chinaFirm) addTrust(ctx, v, firm, m.vendorTrust);
  }
  for (const g of r.byRole.gulf) if (!s.actors[g]!.securityConditions) addTrust(ctx, g, r.usGov, m.allyTrust);
  s.world.domesticCapacity = Math.round(s.world.domesticCapacity * (1 + m.domesticBoost / 100));
  emit(ctx, "all", { kind: "retaliation", listed, untilRound: s.world.retaliationUntil });
}
