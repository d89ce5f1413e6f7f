// Data centres: construction and installation (steps 7–8), then what the installed compute does (step 10):
// leases, sovereign AI, market tenants, training and inference, and the US labs' progress.
import { book, emit, type Ctx } from "../context.ts";
import type { ActionOf } from "../orders.ts";
import { computeOf } from "../rules.ts";
import type { ActorId } from "../state.ts";
import { sumValues } from "../units.ts";

const hasDataCentres = (role: string) => role === "gulf" || role === "chinaFirm";

/** Installed compute of an actor this round, in H100e. */
export function ownCompute(ctx: Ctx, actor: ActorId): number {
  return computeOf(ctx.r, ctx.s.actors[actor]!.installed) * ctx.s.scenario.mechanics.compute.utilisation;
}

export function startBuild(ctx: Ctx, actor: ActorId, a: ActionOf<"build">): void {
  const m = ctx.s.scenario.mechanics.construction;
  book(ctx, actor, -a.slots * Math.round(m.costPerSlot), "construction");
  ctx.s.actors[actor]!.building.push({ slots: a.slots, readyRound: ctx.s.round + m.buildRounds });
}

export function completeBuilds(ctx: Ctx): void {
  for (const id of ctx.s.actorOrder) {
    const a = ctx.s.actors[id]!;
    if (a.building.length === 0) continue;
    const done = a.building.filter((b) => b.readyRound <= ctx.s.round);
    if (done.length === 0) continue;
    a.building = a.building.filter((b) => b.readyRound > ctx.s.round);
    const slots = done.reduce((t, b) => t + b.slots, 0);
    a.capacity += slots;
    emit(ctx, "all", { kind: "built", actor: id, slots });
  }
}

/** Chips in stock go into free data-centre slots, the most powerful first. */
export function install(ctx: Ctx): void {
  const byPower = [...ctx.r.chipIds].sort((x, y) => ctx.r.chips[y]!.performance - ctx.r.chips[x]!.performance);
  for (const id of ctx.s.actorOrder) {
    const a = ctx.s.actors[id]!;
    if (!hasDataCentres(a.role)) continue;
    let free = a.capacity - sumValues(a.installed);
    for (const chip of byPower) {
      if (free <= 0) break;
      const n = Math.min(free, a.stock[chip]!);
      if (n === 0) continue;
      a.stock[chip]! -= n;
      a.installed[chip]! += n;
      free -= n;
    }
  }
}

/** Capability points from training: a fixed gain per doubling of all training compute spent so far. */
function train(ctx: Ctx, trained: number, compute: number): number {
  return ctx.s.scenario.mechanics.training.conversion * Math.log2(1 + compute / trained);
}

export function useCompute(ctx: Ctx): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics;
  const usCapability = s.world.usLabsCapability;

  for (const id of s.actorOrder) {
    const a = s.actors[id]!;
    if (!hasDataCentres(a.role)) continue;
    let own = ownCompute(ctx, id);
    const bill = Math.round(own * m.compute.operatingCost);
    // an actor that cannot pay for power runs only what it can pay for
    if (bill > a.cash) own = bill > 0 ? (own * a.cash) / bill : 0;
    book(ctx, id, -Math.min(bill, a.cash), "operatingCost");
    a.compute.own = own;
  }

  for (const lease of s.leases) {
    if (lease.ended || lease.startRound > s.round) continue;
    const lessor = s.actors[lease.lessor]!;
    const committed = s.leases.filter((l) => l.lessor === lease.lessor && !l.ended && l.startRound <= s.round).reduce((t, l) => t + l.compute, 0);
    const delivered = lease.compute * Math.min(1, lessor.compute.own / committed);
    lessor.compute.leasedOut += delivered;
    s.actors[lease.lessee]!.compute.leasedIn += delivered;
  }

  for (const id of s.actorOrder) {
    const a = s.actors[id]!;
    const c = a.compute;
    if (a.role === "gulf") {
      book(ctx, id, a.oilIncome, "oilIncome");
      const free = Math.max(0, c.own - c.leasedOut);
      c.sovereign = free * a.sovereignShare;
      a.capability += train(ctx, a.trainedCompute, c.sovereign);
      a.trainedCompute += c.sovereign;
      c.marketLeased = (free - c.sovereign) * m.leasing.marketUptake;
      const income = Math.round(c.marketLeased * m.leasing.marketPrice * (a.securityConditions ? 1 + m.leasing.conditionsPremium : 1));
      book(ctx, id, income, "marketLease");
      a.aiIncome += income;
    } else if (a.role === "chinaFirm") {
      const total = c.own + c.leasedIn + c.cloud;
      c.training = total * a.trainingShare;
      c.inference = total - c.training;
      book(ctx, id, Math.round(c.inference * m.inference.revenuePerCompute), "inference");
      let gain = train(ctx, a.trainedCompute, c.training);
      a.trainedCompute += c.training;
      if (a.distil) {
        gain += m.training.distillShare * Math.max(0, usCapability - a.capability) * (s.policies.enforceAct ? m.training.enforceDistillFactor : 1);
      }
      a.capability += gain;
      if (a.openWeights) a.capability = Math.max(a.capability, s.world.openWeightCapability - m.training.openWeightGap);
    }
  }

  s.world.usCompute = computeOf(r, s.world.marketInstalled) * m.compute.utilisation;
  const usTraining = s.world.usCompute * s.scenario.npc.usLabs.trainingShare;
  s.world.usLabsCapability += train(ctx, s.world.usLabsTrained, usTraining);
  s.world.usLabsTrained += usTraining;
}
