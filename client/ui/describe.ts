// Orders, deals and events in words, in the current language.
import type { GameEvent } from "../../shared/engine/events.ts";
import type { Action } from "../../shared/engine/orders.ts";
import type { Assets, DealStatus, LicenceStatus } from "../../shared/engine/state.ts";
import type { Phase } from "../../shared/phases.ts";
import { refusalText, type Refusal, type ShowParam } from "../../shared/refusals.ts";
import type { PolicyKey } from "../../shared/scenario/schema.ts";
import { compute, count, dollars, money, number, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { rt } from "../i18n/report.ts";
import { store } from "../store.ts";
import { billName, chipCount, chipName, idNumber, listOf, local, nameOf } from "./words.ts";

const chips = (stock: Record<string, number>) =>
  listOf(Object.entries(stock).filter(([, n]) => n > 0).map(([c, n]) => chipCount(n, c)));

export function describeAssets(a: Assets): string {
  const parts: string[] = [];
  if (a.cash > 0) parts.push(money(a.cash, store.lang));
  const c = chips(a.chips);
  if (c) parts.push(c);
  if (a.lease) parts.push(t("deal.leaseOf", { compute: count(a.lease.compute, store.lang), rounds: a.lease.rounds }));
  if (a.securityConditions) parts.push(t("deal.promiseConditions"));
  return parts.join(" + ") || t("deal.nothing");
}

/** A policy's setting in words: on or off, a share as a percentage, a threshold as a number. */
export function policyValue(policy: PolicyKey, value: number | boolean): string {
  if (typeof value === "boolean") return value ? t("common.on") : t("common.off");
  if (policy === "chinaRevenueShare") return percent(value, store.lang);
  if (policy === "largeShipmentH100e") return compute(value, store.lang);
  if (policy === "controlThresholdTpp" || policy === "caseByCaseTpp") return `TPP ${number(value, store.lang)}`;
  return count(value, store.lang);
}

export function describeAction(a: Action): string {
  const lang = store.lang;
  switch (a.kind) {
    case "licenceDecision": {
      const l = store.view?.licences.find((x) => x.id === a.licence);
      const id = l ? `${idNumber(a.licence)} (${nameOf(l.exporter)} → ${nameOf(l.destination)}, ${chips(l.chips)})` : idNumber(a.licence);
      return t("act.licenceDecision", { id, decision: t(`decision.${a.decision}`) });
    }
    case "setThreshold": return t("act.setThreshold", { tpp: a.tpp });
    case "setPolicy": return t("act.setPolicy", { policy: t(`policy.${a.policy}`), value: policyValue(a.policy, a.value) });
    case "pushBill": return t("act.pushBill", { bill: billName(a.bill), capital: a.capital });
    case "audit": return t("act.audit", { target: nameOf(a.target) });
    case "entityList": return t(a.listed ? "act.entityList" : "act.entityDelist", { target: nameOf(a.target) });
    case "visit": return t("act.visit", { target: nameOf(a.target) });
    case "produce": return t("act.produce", { n: count(a.quantity, lang), chip: chipName(a.chip) });
    case "setPrice": return t("act.setPrice", { chip: chipName(a.chip), price: money(a.price, lang) });
    case "design": return t("act.design", { chip: chipName(a.chip) });
    case "lobby": return t(a.bill ? "act.lobbyBill" : "act.lobby", { amount: money(a.amount, lang), bill: a.bill ? billName(a.bill) : "" });
    case "build": return t("act.build", { slots: count(a.slots, lang) });
    case "securityConditions": return t(a.accept ? "act.acceptConditions" : "act.refuseConditions");
    case "sovereignAI": return t("act.sovereignAI", { share: percent(a.share, lang) });
    case "buyDomestic": return t("act.buyDomestic", { n: count(a.quantity, lang), chip: chipName(a.chip) });
    case "smuggle": return t("act.smuggle", { n: count(a.quantity, lang), chip: chipName(a.chip) });
    case "rentCloud": return t("act.rentCloud", { compute: count(a.compute, lang) });
    case "training": return t("act.training", { share: percent(a.share, lang) });
    case "openWeights": return t(a.use ? "act.openWeightsOn" : "act.openWeightsOff");
    case "distil": return t(a.use ? "act.distilOn" : "act.distilOff");
    case "proposeDeal": return t("act.proposeDeal", { to: nameOf(a.to) });
    case "acceptDeal": return t("act.acceptDeal", { deal: idNumber(a.deal) });
    case "rejectDeal": return t("act.rejectDeal", { deal: idNumber(a.deal) });
    case "withdrawDeal": return t("act.withdrawDeal", { deal: idNumber(a.deal) });
  }
}

export function describeEvent(e: GameEvent): string {
  const lang = store.lang;
  switch (e.kind) {
    case "scenario": return `${local(e.title)} — ${local(e.text)}`;
    case "rejected": return t("ev.rejected", { actor: nameOf(e.actor), action: t(`action.${e.action}`), reason: refusalWords(e.refusal) });
    case "policy": return t("ev.policy", { policy: t(`policy.${e.policy}`), from: policyValue(e.policy, e.from), to: policyValue(e.policy, e.to) });
    case "bill": return t(e.passed ? "ev.billPassed" : "ev.billPushed", { bill: billName(e.bill), support: Math.round(e.support) });
    case "entityList": return t(e.listed ? "ev.listed" : "ev.delisted", { target: nameOf(e.target) });
    case "visit": return t("ev.visit", { target: nameOf(e.target) });
    case "audit": return t("ev.audit", { target: nameOf(e.target) });
    case "deal": {
      const text = t(e.status === "lapsed" && e.failing ? "ev.deal.undelivered" : `ev.deal.${e.status}`, { id: idNumber(e.deal), from: nameOf(e.from), to: nameOf(e.to), failing: e.failing ? nameOf(e.failing) : "" });
      return e.why ? `${text}${rt("deal.whyAfter", { why: rt(`deal.why.${e.why}`) })}` : text;
    }
    case "licence": {
      const text = t("ev.licence", { id: idNumber(e.licence), exporter: nameOf(e.exporter), destination: nameOf(e.destination), chips: count(e.chips, lang), status: t(`licence.${e.status}`) });
      return `${text}${licenceWhy(e.licence, e.status)}`;
    }
    case "shipment": return t(e.smuggled ? "ev.smuggledArrived" : "ev.shipment", { from: nameOf(e.from), to: nameOf(e.to), chips: chips(e.chips) });
    case "seized": return t("ev.seized", { buyer: nameOf(e.buyer), chips: chips(e.chips) });
    case "leaseDetected": return t(e.breach ? "ev.leaseBreach" : "ev.leaseDetected", { lessor: nameOf(e.lessor), lessee: nameOf(e.lessee), compute: count(e.compute, lang) });
    case "distillationDetected": return t("ev.distillation", { firm: nameOf(e.firm), round: e.cutoffUntil + 1 });
    case "conditionsRevoked": {
      const waiting = store.view?.licences.filter((l) => l.destination === e.actor && l.status === "conditional").map((l) => l.id) ?? [];
      return waiting.length ? rt("ev.conditionsWaiting", { actor: nameOf(e.actor), licences: waiting.join(", ") }) : t("ev.conditionsRevoked", { actor: nameOf(e.actor) });
    }
    case "retaliation": return t("ev.retaliation", { round: e.untilRound });
    case "cloudRefused": return t("ev.cloudRefused", { firm: nameOf(e.firm), compute: count(e.compute, lang) });
    case "production": return t("ev.production", { vendor: nameOf(e.vendor), chips: chips(e.chips), cost: money(e.cost, lang) });
    case "design": return t(e.ready ? "ev.designReady" : "ev.designStarted", { vendor: nameOf(e.vendor), chip: chipName(e.chip) });
    case "built": return t("ev.built", { actor: nameOf(e.actor), slots: count(e.slots, lang) });
    case "marketSale": return t("ev.marketSale", { vendor: nameOf(e.vendor), chips: chips(e.chips), revenue: money(e.revenue, lang) });
    case "sharePrice": return t("ev.sharePrice", { vendor: nameOf(e.vendor), from: dollars(e.from, lang), to: dollars(e.to, lang), change: percent(e.to / e.from - 1, lang, 1) });
    case "charge": return t("ev.charge", { vendor: nameOf(e.vendor), chips: count(e.chips, lang), chip: chipName(e.chip), amount: money(e.amount, lang) });
    case "importBlock": return t(e.blocked ? "ev.importBlocked" : "ev.importAllowed", { chips: listOf(e.chips.map(chipName)) });
    case "backlog": return t("ev.backlog", { rounds: e.rounds, round: e.untilRound });
    case "hosted": return t("ev.hosted", { target: nameOf(e.target), chips: chips(e.chips) });
    case "tierCap": return t("ev.tierCap", { id: idNumber(e.licence), destination: nameOf(e.destination), cap: count(e.cap, lang) });
  }
}

/** Who decided a licence, and why it ended as it did (from the licence as the seat sees it). */
function licenceWhy(id: string, status: string): string {
  const l = store.view?.licences.find((x) => x.id === id);
  const parts: string[] = [];
  if (l?.decidedBy && status !== "pending") parts.push(rt(`licence.by.${l.decidedBy}`));
  if (status === "lapsed" || status === "refused") parts.push(rt(`licence.why.${status}`));
  if (status === "conditional" && l?.conditionsBy) parts.push(rt("licence.why.conditional", { by: l.conditionsBy }));
  return parts.length ? rt("licence.whyAfter", { why: listOf(parts) }) : "";
}

/** Events worth a line in a report or a timeline (share prices and production are shown elsewhere). */
export const newsworthy = (e: GameEvent): boolean => e.kind !== "sharePrice" && e.kind !== "production" && e.kind !== "marketSale";

/** A refusal's parameter as a player reads it: names, not ids; money and counts in the player's style. */
const showParam: ShowParam = (kind, value) => {
  const lang = store.lang;
  switch (kind) {
    case "actor": return nameOf(value as string);
    case "chip": return chipName(value as string);
    case "bill": return billName(value as string);
    case "deal": case "licence": return idNumber(value as string);
    case "card": return local(store.deck.find((c) => c.id === value)?.title) || String(value);
    case "money": return money(value as number, lang);
    case "count": return count(value as number, lang);
    case "number": return number(value as number, lang);
    case "action": return t(`action.${value as Action["kind"]}`);
    case "policy": return t(`policy.${value as PolicyKey}`);
    case "phase": return t(`phase.${value as Phase}`);
    case "dealStatus": return t(`dealStatus.${value as DealStatus}`);
    case "licenceStatus": return t(`licence.${value as LicenceStatus}`);
    case "text": return String(value);
  }
};

/** Why the server or the engine refused, in the player's language (with the order it is about). */
export function refusalWords(r: Refusal): string {
  const text = refusalText(r, store.lang, showParam);
  if (r.order) return t("refusal.order", { n: r.order.index + 1, action: t(`action.${r.order.action}`), text });
  return store.lang === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Several refusals (every problem with a list of orders) in one line. */
export const refusalsWords = (list: readonly Refusal[]): string => list.map(refusalWords).join(store.lang === "zh" ? "；" : "; ");
