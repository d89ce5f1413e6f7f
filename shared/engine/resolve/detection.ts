// Step 11: hidden flows may come to light: leases of Gulf compute to Chinese firms, and distillation
// once model weights are controlled. Detection is public news; a breach of security conditions costs more.
import { addTrust, emit, transfer, type Ctx } from "../context.ts";
import { fromMillions } from "../units.ts";
import { detectionOdds } from "./purchases.ts";

export function detect(ctx: Ctx): void {
  const { s, r, rng } = ctx;
  const m = s.scenario.mechanics;
  for (const lease of s.leases) {
    if (lease.ended || !lease.hidden || lease.detected || lease.startRound > s.round) continue;
    const lessor = s.actors[lease.lessor]!;
    const breach = lessor.securityConditions;
    const base = breach ? m.detection.leaseUnderConditions : m.detection.lease;
    if (!rng.chance(detectionOdds(ctx, base, [lease.lessor, lease.lessee]))) continue;
    lease.detected = true;
    lessor.caughtRound = s.round;
    s.actors[lease.lessee]!.caughtRound = s.round;
    addTrust(ctx, lease.lessor, r.usGov, breach ? m.penalties.breachTrust : m.penalties.leaseTrust);
    transfer(ctx, lease.lessor, r.usGov, Math.min(lessor.cash, fromMillions(m.penalties.leaseFine)), "fine");
    if (breach) {
      // the operator under US conditions must cut the tenant off, and the conditions lapse
      lease.ended = true;
      lessor.securityConditions = false;
    }
    emit(ctx, "all", { kind: "leaseDetected", lessor: lease.lessor, lessee: lease.lessee, compute: lease.compute, breach });
  }
  if (!s.policies.enforceAct) return;
  for (const id of r.byRole.chinaFirm) {
    const firm = s.actors[id]!;
    if (!firm.distil || !rng.chance(detectionOdds(ctx, m.detection.distillation, [id]))) continue;
    firm.caughtRound = s.round;
    emit(ctx, "all", { kind: "distillationDetected", firm: id });
    if (m.penalties.distillationEntityList && !s.policies.entityList.includes(id)) {
      s.policies.entityList = [...s.policies.entityList, id];
      emit(ctx, "all", { kind: "entityList", target: id, listed: true });
    }
  }
}
