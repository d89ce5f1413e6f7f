// Step 12: hidden flows may come to light: leases of Gulf compute to Chinese firms, and distillation
// from US models. Detection is public news; a breach of US security conditions costs more and revokes
// them, and a firm caught distilling loses access to US models for a while.
import { addTrust, emit, transfer, type Ctx } from "../context.ts";
import { leaseDetectionBase } from "../rules.ts";
import { fromMillions } from "../units.ts";
import { retaliate } from "./government.ts";
import { detectionOdds, exposed } from "./purchases.ts";

export function detect(ctx: Ctx): void {
  const { s, r, rng } = ctx;
  const m = s.scenario.mechanics;
  for (const lease of s.leases) {
    if (lease.ended || !lease.hidden || lease.detected || lease.startRound > s.round) continue;
    const lessor = s.actors[lease.lessor]!;
    const breach = lessor.securityConditions;
    if (!rng.chance(detectionOdds(ctx, leaseDetectionBase(s, breach), [lease.lessor, lease.lessee]))) continue;
    lease.detected = true;
    exposed(ctx, lease.lessor);
    exposed(ctx, lease.lessee);
    addTrust(ctx, lease.lessor, r.usGov, breach ? m.penalties.breachTrust : m.penalties.leaseTrust);
    transfer(ctx, lease.lessor, r.usGov, Math.min(lessor.cash, fromMillions(m.penalties.leaseFine)), "fine");
    emit(ctx, "all", { kind: "leaseDetected", lessor: lease.lessor, lessee: lease.lessee, compute: lease.compute, breach });
    if (breach) {
      // the operator under US conditions must cut the tenant off, and loses the conditions' standing
      lease.ended = true;
      lessor.securityConditions = false;
      emit(ctx, "all", { kind: "conditionsRevoked", actor: lease.lessor });
    }
  }
  for (const id of r.byRole.chinaFirm) {
    const firm = s.actors[id]!;
    if (!firm.distil || firm.distilBlockedUntil >= s.round) continue;
    const base = m.detection.distillation + (s.policies.enforceAct ? m.detection.distillationEnforce : 0);
    if (!rng.chance(detectionOdds(ctx, base, [id]))) continue;
    firm.distilBlockedUntil = s.round + m.penalties.distillationCutoffRounds;
    addTrust(ctx, id, r.usGov, m.penalties.distillationTrust);
    emit(ctx, "all", { kind: "distillationDetected", firm: id, cutoffUntil: firm.distilBlockedUntil });
    if (s.policies.enforceAct && m.penalties.distillationEntityList && !s.policies.entityList.includes(id)) {
      s.policies.entityList = [...s.policies.entityList, id];
      emit(ctx, "all", { kind: "entityList", target: id, listed: true });
      retaliate(ctx, id);
    }
  }
}
