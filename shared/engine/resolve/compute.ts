// Data centres: construction and installation (steps 7–8), then what the installed compute does (step 10):
// leases, sovereign AI, market tenants, training and inference, and the US labs' progress.
import { book, emit, type Ctx } from "../context.ts";
import type { ActionOf } from "../orders.ts";
import { buildCost, computeOf } from "../rules.ts";
import type { ActorId } from "../state.ts";
import { fromMillions, sumValues } from "../units.ts";

const hasDataCentres = (role: string) => role === "gulf" || role === "chinaFirm";

/** Installed compute of an actor this round, in H100e. */
export function ownCompute(ctx: Ctx, actor: ActorId): number {
  return computeOf(ctx.r, ctx.s.actors[actor]!.installed) * ctx.s.scenario.mechanics.compute.utilisation;
}

export function startBuild(ctx: Ctx, actor: ActorId, a: ActionOf<"build">): void {
  book(ctx, actor, -buildCost(ctx.s, actor, a.slots), "construction");
  ctx.s.actors[actor]!.building.push({ slots: a.slots, readyRound: ctx.s.round + ctx.s.scenario.mechanics.construction.buildRounds });
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
  const byPower = ctx.r.byPower;
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
    if (a.role === "gulf") useGulfCompute(ctx, id);
    else if (a.role === "chinaFirm") useFirmCompute(ctx, id, usCapability);
  }

  s.world.usCompute = computeOf(r, s.world.marketInstalled) * m.compute.utilisation;
  const usTraining = s.world.usCompute * s.scenario.npc.usLabs.trainingShare;
  const usGain = train(ctx, s.world.usLabsTrained, usTraining);
  s.world.usLabsCapability += usGain;
  s.world.usGain.training += usGain;
  s.world.usLabsTrained += usTraining;
}

/** A Gulf state: oil and Chinese ties pay in; its free compute serves the sovereign programme, then tenants. */
function useGulfCompute(ctx: Ctx, id: ActorId): void {
  const m = ctx.s.scenario.mechanics;
  const a = ctx.s.actors[id]!;
  const c = a.compute;
  book(ctx, id, a.oilIncome, "oilIncome");
  if (!a.securityConditions) book(ctx, id, a.tiesIncome, "tiesIncome");
  const free = Math.max(0, c.own - c.leasedOut);
  c.sovereign = free * a.sovereignShare;
  const gain = train(ctx, a.trainedCompute, c.sovereign);
  a.capability += gain;
  a.gain.training += gain;
  a.trainedCompute += c.sovereign;
  c.marketLeased = (free - c.sovereign) * m.leasing.marketUptake;
  const income = Math.round(c.marketLeased * m.leasing.marketPrice * (a.securityConditions ? 1 + m.leasing.conditionsPremium : 1));
  book(ctx, id, income, "marketLease");
  a.aiIncome += income;
}

/**
 * A Chinese firm trains where training works best: abroad first (leased Gulf clusters and US clouds
 * run on H100-class chips), then on its own chips in order of their training efficiency; the rest
 * serves inference at home, where an inference-grade chip such as the H20 earns more than its TPP says.
 */
function useFirmCompute(ctx: Ctx, id: ActorId, usCapability: number): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics;
  const a = s.actors[id]!;
  const c = a.compute;
  book(ctx, id, a.income, "parentIncome");
  const abroad = c.leasedIn + c.cloud;
  let wanted = (c.own + abroad) * a.trainingShare;
  const fromAbroad = Math.min(abroad, wanted);
  wanted -= fromAbroad;
  // leased compute is hidden from the public until the lease is detected
  let hiddenLeased = 0;
  for (const l of s.leases) if (l.lessee === id && !l.ended && !l.detected && l.startRound <= s.round) hiddenLeased += l.compute;
  const leasedShare = abroad > 0 ? Math.min(c.leasedIn, hiddenLeased) / abroad : 0;
  let effective = fromAbroad;
  let hidden = fromAbroad * leasedShare;
  let serving = abroad - fromAbroad;
  let trainedHome = 0;
  const raw = computeOf(r, a.installed) * m.compute.utilisation;
  const power = raw > 0 ? c.own / raw : 0; // share of installed compute the firm could power
  for (const chip of r.byTraining) {
    const n = a.installed[chip]!;
    if (n === 0) continue;
    const spec = r.chips[chip]!;
    const h100e = n * spec.performance * m.compute.utilisation * power;
    const training = Math.min(wanted, h100e);
    wanted -= training;
    trainedHome += training;
    effective += training * spec.trainingEfficiency;
    hidden += training * spec.trainingEfficiency * (Math.min(n, a.smuggled[chip]!) / n);
    serving += (h100e - training) * spec.inferenceEfficiency;
  }
  c.training = fromAbroad + trainedHome;
  c.inference = serving;
  const revenue = serving * m.inference.revenuePerCompute * (a.openWeights ? m.training.openWeightRevenue : 1);
  book(ctx, id, Math.round(revenue), "inference");

  const trainGain = train(ctx, a.trainedCompute, effective);
  a.trainedCompute += effective;
  a.capability += trainGain;
  a.gain.training += trainGain;
  if (effective > 0) {
    a.hiddenGain = (trainGain * hidden) / effective;
    a.hiddenCapability += a.hiddenGain;
  }

  const cost = fromMillions(m.training.distilCost);
  if (a.distil && a.distilBlockedUntil < s.round && a.cash >= cost) {
    book(ctx, id, -cost, "distillation");
    const gain = m.training.distillShare * Math.max(0, usCapability - a.capability) * (s.policies.enforceAct ? m.training.enforceDistillFactor : 1);
    a.capability += gain;
    a.gain.distillation += gain;
  }
  const floor = s.world.openWeightCapability - m.training.openWeightGap;
  if (a.openWeights && a.capability < floor) {
    a.gain.openWeights += floor - a.capability;
    a.capability = floor;
  }
}
