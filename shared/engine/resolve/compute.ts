// Data centres: construction and installation (steps 7–8), then what the installed compute does (step 10):
// leases, sovereign AI, market tenants, training and inference, and the US labs' progress.
import { book, emit, type Ctx } from "../context.ts";
import type { ActionOf } from "../orders.ts";
import { buildCost, computeOf } from "../rules.ts";
import type { ActorId, ChipStock, Lease } from "../state.ts";
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

  // known leases are served first, and hidden ones from what is left, so a hidden lease shows in no
  // tenant's share; when compute is short, each group shares what it gets pro rata
  for (const hidden of [false, true]) {
    const running = s.leases.filter((l) => !l.ended && l.startRound <= s.round && secret(l) === hidden);
    for (const lease of running) {
      const lessor = s.actors[lease.lessor]!;
      const committed = running.filter((l) => l.lessor === lease.lessor).reduce((t, l) => t + l.compute, 0);
      const delivered = lease.compute * Math.min(1, Math.max(0, lessor.compute.own - (hidden ? lessor.compute.leasedOut : 0)) / committed);
      lessor.compute.leasedOut += delivered;
      if (hidden) lessor.compute.hiddenOut += delivered;
      s.actors[lease.lessee]!.compute.leasedIn += delivered;
      // summed apart, not subtracted from the total afterwards: a hidden lease must not move the
      // public's figure even by a rounding error
      if (!hidden) s.actors[lease.lessee]!.compute.knownIn += delivered;
    }
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

/** A lease to a Chinese firm that has not come to light. */
const secret = (l: Lease) => l.hidden && !l.detected;

/**
 * A Gulf state: oil and Chinese ties pay in; its free compute serves the sovereign programme, then
 * tenants. A hidden Chinese tenant takes idle capacity first and ordinary tenants' only beyond it;
 * the public sees the capacity as if ordinary tenants had it.
 */
function useGulfCompute(ctx: Ctx, id: ActorId): void {
  const m = ctx.s.scenario.mechanics;
  const a = ctx.s.actors[id]!;
  const c = a.compute;
  book(ctx, id, a.oilIncome, "oilIncome");
  if (!a.securityConditions) book(ctx, id, a.tiesIncome, "tiesIncome");
  const free = Math.max(0, c.own - (c.leasedOut - c.hiddenOut));
  c.sovereign = free * a.sovereignShare;
  const gain = train(ctx, a.trainedCompute, c.sovereign);
  a.capability += gain;
  a.gain.training += gain;
  a.trainedCompute += c.sovereign;
  const tenants = (free - c.sovereign) * m.leasing.marketUptake;
  c.marketLeased = Math.min(tenants, Math.max(0, free - c.sovereign - c.hiddenOut));
  const price = m.leasing.marketPrice * (a.securityConditions ? 1 + m.leasing.conditionsPremium : 1);
  const income = Math.round(c.marketLeased * price);
  book(ctx, id, income, "marketLease");
  a.aiIncome += income;
  a.publicIncome += Math.round(tenants * price);
}

/**
 * A Chinese firm trains where training works best: abroad first (leased Gulf clusters and US clouds
 * run on H100-class chips), then on its own chips in order of their training efficiency; the rest
 * serves inference at home, where an inference-grade chip such as the H20 earns more than its TPP says.
 * The public's picture of its models is worked out the same way from the compute known to the public.
 */
function useFirmCompute(ctx: Ctx, id: ActorId, usCapability: number): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics;
  const a = s.actors[id]!;
  const c = a.compute;
  book(ctx, id, a.income, "parentIncome");
  const raw = computeOf(r, a.installed) * m.compute.utilisation;
  const power = raw > 0 ? c.own / raw : 0; // share of installed compute the firm could power
  const all = allocate(ctx, a.installed, null, c.leasedIn + c.cloud, a.trainingShare, power);
  const known = allocate(ctx, a.installed, a.smuggled, c.knownIn + c.cloud, a.trainingShare, power);
  c.training = all.training;
  c.inference = all.serving;
  const revenue = all.serving * m.inference.revenuePerCompute * (a.openWeights ? m.training.openWeightRevenue : 1);
  book(ctx, id, Math.round(revenue), "inference");

  const trainGain = train(ctx, a.trainedCompute, all.effective);
  a.trainedCompute += all.effective;
  a.capability += trainGain;
  a.gain.training += trainGain;
  const knownGain = train(ctx, a.known.trained, known.effective);
  a.known.trained += known.effective;
  a.known.capability += knownGain;
  a.known.gain.training += knownGain;

  const cost = fromMillions(m.training.distilCost);
  if (a.distil && a.distilBlockedUntil < s.round && a.cash >= cost) {
    book(ctx, id, -cost, "distillation");
    const factor = m.training.distillShare * (s.policies.enforceAct ? m.training.enforceDistillFactor : 1);
    const gain = factor * Math.max(0, usCapability - a.capability);
    a.capability += gain;
    a.gain.distillation += gain;
    const seen = factor * Math.max(0, usCapability - a.known.capability);
    a.known.capability += seen;
    a.known.gain.distillation += seen;
  }
  const floor = s.world.openWeightCapability - m.training.openWeightGap;
  if (a.openWeights) {
    for (const models of [a, a.known]) {
      if (models.capability >= floor) continue;
      models.gain.openWeights += floor - models.capability;
      models.capability = floor;
    }
  }
}

/**
 * Splits a firm's compute between training and inference: `trainingShare` of it trains, abroad first,
 * then its own chips by training efficiency; the rest serves. Chips counted in `leaveOut` (smuggled
 * ones, for the public's picture) are left out. Returns H100e trained, effective training compute,
 * and serving throughput.
 */
function allocate(ctx: Ctx, installed: ChipStock, leaveOut: ChipStock | null, abroad: number, trainingShare: number, power: number) {
  const { r } = ctx;
  const util = ctx.s.scenario.mechanics.compute.utilisation;
  let own = 0;
  const counted = (chip: string) => installed[chip]! - Math.min(installed[chip]!, leaveOut?.[chip] ?? 0);
  for (const chip of r.chipIds) own += counted(chip) * r.chips[chip]!.performance * util * power;
  let wanted = (own + abroad) * trainingShare;
  const fromAbroad = Math.min(abroad, wanted);
  wanted -= fromAbroad;
  let effective = fromAbroad, training = fromAbroad, serving = abroad - fromAbroad;
  for (const chip of r.byTraining) {
    const n = counted(chip);
    if (n === 0) continue;
    const spec = r.chips[chip]!;
    const h100e = n * spec.performance * util * power;
    const trains = Math.min(wanted, h100e);
    wanted -= trains;
    training += trains;
    effective += trains * spec.trainingEfficiency;
    serving += (h100e - trains) * spec.inferenceEfficiency;
  }
  return { training, effective, serving };
}
