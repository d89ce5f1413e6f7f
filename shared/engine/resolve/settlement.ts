// Step 7: agreed deals settle: cash changes hands, chips ship, leases start, promises bind.
// A deal that waits for a licence settles once it is approved (with conditions: once the buyer accepts
// them). A vendor's order is delivered from its stock, oldest order first, before the world market
// buys: the buyer pays for each delivery, and what is not delivered in time lapses.
import { addTrust, emit, nextId, transfer, type Ctx } from "../context.ts";
import { chipFlow, close, failureOf, isOrder, shortfall, startOrder } from "../deals.ts";
import type { ActorId, ChipStock, Deal, DealFailure, Licence, Shipment } from "../state.ts";
import { sumValues } from "../units.ts";
import { freeCompute } from "../rules.ts";

export function settleDeals(ctx: Ctx): void {
  const { s } = ctx;
  for (const deal of s.deals) {
    if (deal.status === "accepted") settle(ctx, deal);
    else if (deal.status === "awaitingLicence") {
      const licence = s.licences.find((l) => l.id === deal.licenceId)!;
      const cleared = licence.status === "approved" || (licence.status === "conditional" && acceptsConditions(ctx, deal, licence.destination));
      if (!cleared) continue;
      if (!isOrder(s, deal)) settle(ctx, deal);
      else {
        useLicence(ctx, licence);
        startOrder(ctx, deal);
      }
    }
  }
  // deliveries in the order the deals were agreed, each vendor's stock shared first come first served
  for (const deal of s.deals) if (deal.status === "delivering") deliver(ctx, deal);
}

function acceptsConditions(ctx: Ctx, deal: Deal, buyer: ActorId): boolean {
  const promised = (deal.from === buyer && deal.give.securityConditions) || (deal.to === buyer && deal.get.securityConditions);
  return promised || ctx.s.actors[buyer]!.securityConditions;
}


/** A Gulf state keeps a promise to accept US security conditions (or the conditions of its licence). */
function bindConditions(ctx: Ctx, gulf: ActorId): void {
  const a = ctx.s.actors[gulf]!;
  if (a.securityConditions) return;
  a.securityConditions = true;
  addTrust(ctx, gulf, ctx.r.usGov, ctx.s.scenario.mechanics.trust.conditionsAccepted);
}

/** The licence is spent: a conditional approval binds the buyer to the conditions. */
function useLicence(ctx: Ctx, licence: Licence): void {
  if (licence.status === "conditional") bindConditions(ctx, licence.destination);
  licence.status = "used";
}

/** Revenue of a vendor from a buyer, by the buyer's kind: for the reasons behind its share price. */
function bookRevenue(ctx: Ctx, vendor: ActorId, buyer: ActorId, amount: number): void {
  const v = ctx.s.actors[vendor]!;
  if (v.role !== "vendor" || amount <= 0) return;
  const role = ctx.s.actors[buyer]?.role;
  v.revenue += amount;
  v.revenueBy[role === "gulf" ? "gulf" : role === "chinaFirm" ? "china" : "other"] += amount;
}

/** Licensed sales into a presumption-of-denial region pay the US a share of the price. */
function payRevenueShare(ctx: Ctx, exporter: ActorId, destination: ActorId, paid: number): void {
  const { s, r } = ctx;
  if (paid > 0 && s.policies.chinaRevenueShare > 0 && s.policies.denyRegions.includes(r.region[destination]!)) {
    transfer(ctx, exporter, r.usGov, Math.round(paid * s.policies.chinaRevenueShare), "revenueShare");
  }
}

function settle(ctx: Ctx, deal: Deal): void {
  const { s, r } = ctx;
  const cannot = (who: ActorId, assets: Deal["give"]): DealFailure | null =>
    failureOf(shortfall(s, who, assets)) ?? (assets.lease !== null && freeCompute(s, who) < assets.lease.compute ? "compute" : null);
  const why = cannot(deal.from, deal.give);
  const failing = why ? deal.from : cannot(deal.to, deal.get) ? deal.to : null;
  if (failing) {
    close(ctx, deal, "defaulted", failing, why ?? cannot(deal.to, deal.get)!);
    addTrust(ctx, deal.from, deal.to, s.scenario.mechanics.trust.dealDefault);
    return;
  }
  for (const [giver, taker, assets] of [[deal.from, deal.to, deal.give], [deal.to, deal.from, deal.get]] as const) {
    transfer(ctx, giver, taker, assets.cash, "deal");
    bookRevenue(ctx, taker, giver, assets.cash);
    if (sumValues(assets.chips) > 0) ship(ctx, "sale", giver, taker, assets.chips, deal.id);
    if (assets.lease) {
      // what a tenant pays for a lease is the lessor's AI income; a Chinese tenant's is hidden while its lease is
      const rent = giver === deal.from ? deal.get.cash : deal.give.cash;
      const hidden = s.actors[taker]!.role === "chinaFirm";
      if (s.actors[giver]!.role === "gulf") {
        s.actors[giver]!.aiIncome += rent;
        if (!hidden) s.actors[giver]!.publicIncome += rent;
      }
      s.leases.push({
        id: nextId(ctx, hidden ? "H" : "E"), dealId: deal.id, lessor: giver, lessee: taker, compute: assets.lease.compute,
        startRound: s.round, endRound: s.round + assets.lease.rounds - 1, hidden, detected: false, ended: false,
      });
    }
    if (assets.securityConditions) bindConditions(ctx, giver);
  }
  if (deal.licenceId) {
    const licence = s.licences.find((l) => l.id === deal.licenceId)!;
    useLicence(ctx, licence);
    payRevenueShare(ctx, licence.exporter, licence.destination, chipFlow(deal).payment);
  }
  close(ctx, deal, "settled");
}

/** One round's delivery of a vendor's order: what its stock allows and the buyer can pay for. */
function deliver(ctx: Ctx, deal: Deal): void {
  const { s } = ctx;
  const { exporter: vendor, destination: buyer, chips, payment } = chipFlow(deal);
  const v = s.actors[vendor]!;
  const ordered = sumValues(chips);
  const before = sumValues(deal.delivered);
  const paidBefore = Math.round((payment * before) / ordered);
  const now: ChipStock = {};
  let n = 0;
  for (const chip in chips) {
    const k = Math.min(chips[chip]! - (deal.delivered[chip] ?? 0), v.stock[chip] ?? 0);
    if (k > 0) { now[chip] = k; n += k; }
  }
  // the buyer pays for what arrives; short of cash, it takes only what it can pay for
  const cash = s.actors[buyer]!.cash;
  const price = Math.round((payment * (before + n)) / ordered) - paidBefore;
  if (price > cash) {
    const affordable = Math.floor((cash * ordered) / Math.max(1, payment));
    if (affordable <= 0) {
      close(ctx, deal, "defaulted", buyer, "cash");
      addTrust(ctx, deal.from, deal.to, s.scenario.mechanics.trust.dealDefault);
      return;
    }
    let cut = n - affordable;
    for (const chip in now) {
      const k = Math.min(cut, now[chip]!);
      now[chip]! -= k;
      cut -= k;
    }
    n = affordable;
  }
  if (n > 0) {
    const paid = Math.round((payment * (before + n)) / ordered) - paidBefore;
    if (before === 0) {
      // the rest of the deal binds with the first delivery
      if (deal.give.securityConditions) bindConditions(ctx, deal.from);
      if (deal.get.securityConditions) bindConditions(ctx, deal.to);
    }
    transfer(ctx, buyer, vendor, paid, "deal");
    bookRevenue(ctx, vendor, buyer, paid);
    deal.delivered = { ...deal.delivered };
    for (const chip in now) if (now[chip]! > 0) deal.delivered[chip] = (deal.delivered[chip] ?? 0) + now[chip]!;
    ship(ctx, "sale", vendor, buyer, now, deal.id);
    if (deal.licenceId) {
      const licence = s.licences.find((l) => l.id === deal.licenceId)!;
      payRevenueShare(ctx, vendor, licence.destination, paid);
    }
  }
  if (before + n >= ordered) close(ctx, deal, "settled");
  else if (s.round >= deal.deliverBy!) close(ctx, deal, "lapsed", vendor, "chips");
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
  const shipment: Shipment = { id: nextId(ctx, kind === "smuggled" ? "M" : "S"), kind, from, to, chips: { ...chips }, arrivesRound: s.round + transit, dealId };
  s.shipments.push(shipment);
  if (transit === 0) arrive(ctx);
}

/** Shipments due this round arrive in their buyer's stock. */
export function arrive(ctx: Ctx): void {
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

