// Step 5: accepted deals settle: cash changes hands, chips ship, leases start, promises bind.
// A deal that waits for a licence settles once it is approved (with conditions: once the buyer accepts them).
import { addTrust, emit, nextId, transfer, type Ctx } from "../context.ts";
import { close, shortfall } from "../deals.ts";
import type { ActorId, ChipStock, Deal, Shipment } from "../state.ts";
import { sumValues } from "../units.ts";
import { ownCompute } from "./compute.ts";

export function settleDeals(ctx: Ctx): void {
  const { s } = ctx;
  for (const deal of s.deals) {
    if (deal.status === "accepted") settle(ctx, deal);
    else if (deal.status === "awaitingLicence") {
      const licence = s.licences.find((l) => l.id === deal.licenceId)!;
      if (licence.status === "approved") settle(ctx, deal);
      else if (licence.status === "conditional" && acceptsConditions(ctx, deal, licence.destination)) settle(ctx, deal);
    }
  }
}

function acceptsConditions(ctx: Ctx, deal: Deal, buyer: ActorId): boolean {
  const promised = (deal.from === buyer && deal.give.securityConditions) || (deal.to === buyer && deal.get.securityConditions);
  return promised || ctx.s.actors[buyer]!.securityConditions;
}

/** Whether the lessor has `compute` H100e free of the leases it already runs. */
function canLease(ctx: Ctx, lessor: ActorId, compute: number): boolean {
  const committed = ctx.s.leases.filter((l) => l.lessor === lessor && !l.ended).reduce((t, l) => t + l.compute, 0);
  return ownCompute(ctx, lessor) - committed >= compute;
}

function settle(ctx: Ctx, deal: Deal): void {
  const { s, r } = ctx;
  const cannot = (who: ActorId, assets: Deal["give"]) =>
    shortfall(s, who, assets) !== null || (assets.lease !== null && !canLease(ctx, who, assets.lease.compute));
  const failing = cannot(deal.from, deal.give) ? deal.from : cannot(deal.to, deal.get) ? deal.to : null;
  if (failing) {
    close(ctx, deal, "defaulted", failing);
    addTrust(ctx, deal.from, deal.to, s.scenario.mechanics.trust.dealDefault);
    return;
  }
  const licence = deal.licenceId ? s.licences.find((l) => l.id === deal.licenceId)! : null;
  for (const [giver, taker, assets] of [[deal.from, deal.to, deal.give], [deal.to, deal.from, deal.get]] as const) {
    transfer(ctx, giver, taker, assets.cash, "deal");
    if (s.actors[taker]!.role === "vendor" && assets.cash > 0) {
      s.actors[taker]!.revenue += assets.cash;
    }
    if (sumValues(assets.chips) > 0) ship(ctx, "sale", giver, taker, assets.chips, deal.id);
    if (assets.lease) {
      // what the tenant pays for a lease counts as the lessor's AI income
      const rent = giver === deal.from ? deal.get.cash : deal.give.cash;
      if (s.actors[giver]!.role === "gulf") s.actors[giver]!.aiIncome += rent;
      s.leases.push({
        id: nextId(ctx, "E"), dealId: deal.id, lessor: giver, lessee: taker, compute: assets.lease.compute,
        startRound: s.round, endRound: s.round + assets.lease.rounds - 1,
        hidden: s.actors[taker]!.role === "chinaFirm", detected: false, ended: false,
      });
    }
    if (assets.securityConditions && !s.actors[giver]!.securityConditions) {
      s.actors[giver]!.securityConditions = true;
      addTrust(ctx, giver, r.usGov, s.scenario.mechanics.trust.conditionsAccepted);
    }
  }
  if (licence) {
    if (licence.status === "conditional" && !s.actors[licence.destination]!.securityConditions) {
      s.actors[licence.destination]!.securityConditions = true;
      addTrust(ctx, licence.destination, r.usGov, s.scenario.mechanics.trust.conditionsAccepted);
    }
    licence.status = "used";
    // licensed sales into a presumption-of-denial region pay the US a share of the price
    const paid = licence.exporter === deal.from ? deal.get.cash : deal.give.cash;
    if (s.policies.denyRegions.includes(r.region[licence.destination]!) && s.policies.chinaRevenueShare > 0) {
      transfer(ctx, licence.exporter, r.usGov, Math.round(paid * s.policies.chinaRevenueShare), "revenueShare");
    }
  }
  close(ctx, deal, "settled");
}

/** Takes chips out of the sender's stock and puts them in transit (or delivers them at once). */
export function ship(ctx: Ctx, kind: Shipment["kind"], from: ActorId, to: ActorId, chips: ChipStock, dealId: string | null): void {
  const { s } = ctx;
  const sender = s.actors[from];
  if (sender) {
    for (const chip in chips) {
      sender.stock[chip]! -= chips[chip]!;
      // smuggled chips passed on stay counted as smuggled
      const left = sender.stock[chip]! + sender.installed[chip]!;
      if (sender.smuggled[chip]! > left) sender.smuggled[chip] = left;
    }
  }
  const transit = kind === "smuggled" ? s.scenario.mechanics.smuggling.transitRounds : s.scenario.mechanics.shipping.transitRounds;
  const shipment: Shipment = { id: nextId(ctx, "S"), kind, from, to, chips: { ...chips }, arrivesRound: s.round + transit, dealId };
  s.shipments.push(shipment);
  if (transit === 0) deliver(ctx);
}

/** Shipments due this round arrive in their buyer's stock. */
export function deliver(ctx: Ctx): void {
  const { s } = ctx;
  const due = s.shipments.filter((sh) => sh.arrivesRound <= s.round);
  if (due.length === 0) return;
  s.shipments = s.shipments.filter((sh) => sh.arrivesRound > s.round);
  for (const sh of due) {
    const buyer = s.actors[sh.to]!;
    for (const chip in sh.chips) {
      buyer.stock[chip]! += sh.chips[chip]!;
      if (sh.kind === "smuggled") buyer.smuggled[chip]! += sh.chips[chip]!;
    }
    const smuggled = sh.kind === "smuggled";
    emit(ctx, smuggled ? [sh.to] : [sh.from, sh.to], { kind: "shipment", shipment: sh.id, smuggled, from: sh.from, to: sh.to, chips: sh.chips });
  }
}

