// Step 4: licence decisions. The US seat decides what it wants; the bureaucracy processes the rest:
// routine licences are approved (a few denied) after the processing time, while large shipments,
// regions under review and destinations with a presumption of denial wait for the US. A licence the US
// leaves undecided lapses at the end of its last round; under a presumption of denial it is denied.
// Chips the US reviews case by case wait for it too, and lapse if undecided. While the diffusion rule's
// country caps are in force, an approval beyond a middle-tier country's cap is denied by law.
import { addTrust, emit, shock, type Ctx } from "../context.ts";
import { close } from "../deals.ts";
import type { ActionOf } from "../orders.ts";
import { caseByCase, computeOf, isListed } from "../rules.ts";
import type { Licence, LicenceStatus } from "../state.ts";

const OUTCOME = { approve: "approved", approveWithConditions: "conditional", delay: "delayed", deny: "denied" } as const;

export function decideLicence(ctx: Ctx, a: ActionOf<"licenceDecision">): void {
  const licence = ctx.s.licences.find((l) => l.id === a.licence)!;
  settle(ctx, licence, OUTCOME[a.decision], "us");
}

/** Destinations the bureaucracy never approves by itself: a presumption of denial, or the entity list. */
function presumedDenied(ctx: Ctx, licence: Licence): boolean {
  if (isListed(ctx.s, licence.destination)) return true;
  return ctx.s.policies.denyRegions.includes(ctx.r.region[licence.destination]!) && !caseByCase(ctx.s, licence.chips);
}

export function processLicences(ctx: Ctx): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics.licensing;
  const backlog = s.world.backlogs.reduce((t, b) => t + b.rounds, 0);
  for (const licence of s.licences) {
    if (licence.status !== "pending" || s.round < licence.submittedRound + m.processingRounds + backlog) continue;
    const region = r.region[licence.destination]!;
    if (presumedDenied(ctx, licence) || s.policies.denyRegions.includes(region)) continue;
    const fastTrack = m.conditionsSkipReview && s.actors[licence.destination]!.securityConditions;
    if ((licence.large && !fastTrack) || s.world.reviews.some((v) => v.regions.includes(region))) continue;
    settle(ctx, licence, ctx.rng.chance(m.routineDenialRate) ? "denied" : "approved", "routine");
  }
}

/** At the end of a round: undecided licences and unmet conditions run out of time. */
export function expireLicences(ctx: Ctx): void {
  const { s } = ctx;
  const m = s.scenario.mechanics.licensing;
  for (const licence of s.licences) {
    const waiting = licence.status === "pending" || licence.status === "delayed";
    if (waiting && s.round >= licence.submittedRound + m.licenceExpiryRounds - 1) {
      settle(ctx, licence, presumedDenied(ctx, licence) ? "denied" : "lapsed", "routine");
    } else if (licence.status === "conditional" && s.round >= licence.conditionsBy!) {
      settle(ctx, licence, "lapsed", "routine");
    }
  }
}

/** Whether approving `licence` would take its country past the diffusion rule's cap (and if not, counts it). */
function overCap(ctx: Ctx, licence: Licence): boolean {
  const { s, r } = ctx;
  const caps = s.scenario.mechanics.tierCaps;
  const region = r.region[licence.destination]!;
  if (!s.policies.tierCaps || !caps.regions.includes(region)) return false;
  const cap = s.actors[licence.destination]!.securityConditions ? caps.conditionsCapH100e : caps.capH100e;
  const used = s.world.tierUsed[region] ?? 0;
  const compute = computeOf(r, licence.chips);
  if (used + compute > cap) {
    emit(ctx, [r.usGov, licence.exporter, licence.destination], { kind: "tierCap", licence: licence.id, destination: licence.destination, cap, used });
    return true;
  }
  s.world.tierUsed[region] = used + compute;
  return false;
}

function settle(ctx: Ctx, licence: Licence, wanted: LicenceStatus, by: "us" | "routine"): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics;
  const status = (wanted === "approved" || wanted === "conditional") && overCap(ctx, licence) ? "denied" : wanted;
  licence.status = status;
  licence.decidedRound = s.round;
  licence.decidedBy = by;
  if (status === "conditional") licence.conditionsBy = s.round + m.licensing.conditionsWindowRounds - 1;
  const parties = [licence.exporter, licence.destination];
  const deal = s.deals.find((d) => d.id === licence.dealId)!;
  const body = { kind: "licence", licence: licence.id, deal: deal.id, exporter: licence.exporter, destination: licence.destination, status, chips: licence.chipCount } as const;
  // a delay is the US's own deliberation: the applicants keep seeing "pending"
  emit(ctx, status === "delayed" ? [r.usGov] : [r.usGov, ...parties], body);
  const vendorExporter = s.actors[licence.exporter]!.role === "vendor";
  const ally = s.actors[licence.destination]!.role === "gulf";
  if (status === "denied" || status === "lapsed") {
    close(ctx, deal, status === "denied" ? "denied" : "lapsed");
    if (by === "us" && ally) addTrust(ctx, r.usGov, licence.destination, m.trust.denial);
    if (by === "us" && licence.large && vendorExporter) shock(ctx, licence.exporter, m.market.denialShock, "denial", licence.id);
  } else if (status === "delayed") {
    if (ally) addTrust(ctx, r.usGov, licence.destination, m.trust.delay);
    if (licence.large && vendorExporter) shock(ctx, licence.exporter, m.market.delayShock, "delay", licence.id);
  }
}
