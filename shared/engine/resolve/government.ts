// Step 2: lobbying, then the US government's policy, legislation, enforcement and diplomacy.
import { addTrust, book, emit, shock, type Ctx } from "../context.ts";
import { applyEffects, setPolicy } from "../effects.ts";
import type { ActionOf } from "../orders.ts";
import type { ActorId } from "../state.ts";
import { toMillions } from "../units.ts";
import { capitalCost } from "../validate.ts";

export function lobby(ctx: Ctx, vendor: ActorId, a: ActionOf<"lobby">): void {
  const m = ctx.s.scenario.mechanics;
  book(ctx, vendor, -a.amount, "lobbying");
  if (a.bill !== null) {
    const bill = ctx.s.bills[a.bill]!;
    bill.support = Math.max(0, bill.support - toMillions(a.amount) * m.lobbying.supportPerMillion);
  } else {
    addTrust(ctx, vendor, ctx.r.usGov, toMillions(a.amount) * m.trust.lobbyPerMillion);
  }
}

type UsAction = ActionOf<"setThreshold" | "setPolicy" | "pushBill" | "audit" | "entityList" | "visit">;

export function govern(ctx: Ctx, a: UsAction): void {
  const { s, r } = ctx;
  const us = s.actors[r.usGov]!;
  const m = s.scenario.mechanics;
  us.politicalCapital -= capitalCost(s, a);
  switch (a.kind) {
    case "setThreshold": {
      const tighter = a.tpp < s.policies.controlThresholdTpp;
      setPolicy(ctx, "controlThresholdTpp", a.tpp);
      if (tighter) for (const v of r.byRole.vendor) shock(ctx, v, m.market.thresholdShock);
      break;
    }
    case "setPolicy":
      setPolicy(ctx, a.policy, a.value);
      break;
    case "pushBill": {
      const bill = s.bills[a.bill]!;
      bill.support += a.capital;
      const spec = s.scenario.bills.find((b) => b.id === a.bill)!;
      bill.passed = bill.support >= spec.passAt;
      emit(ctx, "all", { kind: "bill", bill: a.bill, support: bill.support, passed: bill.passed });
      if (bill.passed) applyEffects(ctx, spec.effects);
      break;
    }
    case "audit":
      ctx.audited.add(a.target);
      emit(ctx, [r.usGov, a.target], { kind: "audit", target: a.target });
      break;
    case "entityList":
      s.policies.entityList = a.listed ? [...s.policies.entityList, a.target] : s.policies.entityList.filter((id) => id !== a.target);
      emit(ctx, "all", { kind: "entityList", target: a.target, listed: a.listed });
      break;
    case "visit":
      addTrust(ctx, r.usGov, a.target, m.trust.visit);
      emit(ctx, "all", { kind: "visit", target: a.target });
      break;
  }
}
