// Step 3: licence decisions. The US seat decides what it wants; the bureaucracy processes the rest:
// routine licences are approved (a few denied) after the processing time, destinations with a
// presumption of denial are refused, and large shipments or regions under review wait for the US.
import { addTrust, emit, shock, type Ctx } from "../context.ts";
import { close } from "../deals.ts";
import type { ActionOf } from "../orders.ts";
import { isListed } from "../rules.ts";
import type { Licence, LicenceStatus } from "../state.ts";

const OUTCOME = { approve: "approved", approveWithConditions: "conditional", delay: "delayed", deny: "denied" } as const;

export function decideLicence(ctx: Ctx, a: ActionOf<"licenceDecision">): void {
  const licence = ctx.s.licences.find((l) => l.id === a.licence)!;
  settle(ctx, licence, OUTCOME[a.decision], "us");
}

export function processLicences(ctx: Ctx): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics.licensing;
  for (const licence of s.licences) {
    if (licence.status !== "pending" && licence.status !== "delayed" && licence.status !== "conditional") continue;
    // a licence the US never decides, or whose conditions the buyer never accepts, lapses
    if (s.round >= licence.submittedRound + m.licenceExpiryRounds - 1) {
      settle(ctx, licence, "lapsed", "routine");
      continue;
    }
    if (licence.status !== "pending" || s.round < licence.submittedRound + m.processingRounds) continue;
    const region = r.region[licence.destination]!;
    if (s.policies.denyRegions.includes(region) || isListed(s, licence.destination)) {
      settle(ctx, licence, "denied", "routine");
    } else if (!licence.large && !s.world.reviews.some((v) => v.regions.includes(region))) {
      settle(ctx, licence, ctx.rng.chance(m.routineDenialRate) ? "denied" : "approved", "routine");
    }
    // large shipments, and everything bound for a region under review, wait for the US seat
  }
}

function settle(ctx: Ctx, licence: Licence, status: LicenceStatus, by: "us" | "routine"): void {
  const { s, r } = ctx;
  const m = s.scenario.mechanics;
  licence.status = status;
  licence.decidedRound = s.round;
  licence.decidedBy = by;
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
    if (by === "us" && licence.large && vendorExporter) shock(ctx, licence.exporter, m.market.denialShock);
  } else if (status === "delayed") {
    if (ally) addTrust(ctx, r.usGov, licence.destination, m.trust.delay);
    if (licence.large && vendorExporter) shock(ctx, licence.exporter, m.market.delayShock);
  }
}
