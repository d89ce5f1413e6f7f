// Whether an actor may take an action now: the rules of the game, checked apart from applying them.
import { refuse, type Refusal } from "../refusals.ts";
import { ACTION_ROLES, type Action } from "./orders.ts";
import { AGREED, checkDealAction, chipFlow } from "./deals.ts";
import { capitalCost as capitalOf, cashCost, priceList } from "./costs.ts";
import { has, rules, isListed, type Rules } from "./rules.ts";
import type { ActorId, GameState } from "./state.ts";
import { NUMERIC_POLICIES, type Role } from "../scenario/schema.ts";
import { sumValues } from "./units.ts";

/** Cash an action of `actorId` commits when it is applied (k$). */
export const actionCost = (state: GameState, actorId: ActorId, action: Action): number => cashCost(priceList(state, actorId), action);

/** Political capital an action spends when it is applied. */
export const capitalCost = (state: GameState, action: Action): number => capitalOf(state.scenario.mechanics.politicalCapital.costs, action);

/**
 * Checks a seat's orders for a round against the state as it is now: each on its own, then all
 * together against the seat's cash (less what its agreed deals will take) and political capital.
 * Every problem is reported, each with the order it is about; none: the orders stand.
 */
export function checkOrders(state: GameState, actorId: ActorId, actions: readonly Action[]): Refusal[] {
  const actor = state.actors[actorId];
  if (!actor) return [refuse("unknownActor", { actor: actorId })];
  const problems: Refusal[] = [];
  let cash = actor.cash - owedByDeals(state, actorId);
  let capitalLeft = actor.politicalCapital;
  actions.forEach((action, index) => {
    const order = { index, action: action.kind };
    const problem = checkAction(state, actorId, action);
    if (problem) return problems.push({ ...problem, order });
    cash -= actionCost(state, actorId, action);
    capitalLeft -= capitalCost(state, action);
    if (cash < 0) problems.push({ ...refuse("noCashInAll", { short: Math.ceil(-cash) }), order });
    else if (capitalLeft < 0) problems.push({ ...refuse("noCapitalInAll", { short: Math.ceil(-capitalLeft) }), order });
  });
  return problems;
}

/** Cash the actor has agreed to pay in deals not yet settled, less what orders have already billed (k$). */
export function owedByDeals(state: GameState, actorId: ActorId): number {
  let owed = 0;
  for (const d of state.deals) {
    if (!AGREED.has(d.status) || (d.from !== actorId && d.to !== actorId)) continue;
    const cash = d.from === actorId ? d.give.cash : d.get.cash;
    const { chips } = chipFlow(d);
    const ordered = sumValues(chips);
    owed += ordered > 0 ? Math.round((cash * (ordered - sumValues(d.delivered))) / ordered) : cash;
  }
  return owed;
}

export function checkAction(state: GameState, actorId: ActorId, action: Action): Refusal | null {
  if (!has(state.actors, actorId)) return refuse("unknownActor", { actor: actorId });
  const actor = state.actors[actorId]!;
  if (state.finished) return refuse("finished");
  if (!ACTION_ROLES[action.kind].includes(actor.role)) {
    return refuse("wrongRole", { action: action.kind });
  }
  const sc = state.scenario;
  const r = rules(sc);
  const cost = actionCost(state, actorId, action);
  if (cost > actor.cash) return refuse("noCash", { cost, cash: actor.cash });
  const needed = capitalCost(state, action);
  if (needed > actor.politicalCapital) return refuse("noCapital", { cost: needed, capital: Math.floor(actor.politicalCapital) });

  switch (action.kind) {
    case "licenceDecision": {
      const licence = state.licences.find((l) => l.id === action.licence);
      if (!licence) return refuse("unknownLicence", { licence: action.licence });
      if (licence.status !== "pending" && licence.status !== "delayed") return refuse("licenceDecided", { licence: licence.id, status: licence.status });
      return null;
    }
    case "setThreshold": {
      const [low, high] = state.policies.thresholdRange;
      if (action.tpp < low || action.tpp > high) return refuse("thresholdOutOfRange", { low, high });
      if (action.tpp === state.policies.controlThresholdTpp) return refuse("thresholdUnchanged", { tpp: action.tpp });
      return null;
    }
    case "setPolicy": {
      const numeric = NUMERIC_POLICIES.has(action.policy);
      if (numeric !== (typeof action.value === "number")) return refuse("policyValueType", { policy: action.policy });
      if (action.policy === "chinaRevenueShare" && (action.value as number) > 1) return refuse("shareTooHigh");
      if (action.policy === "largeShipmentH100e" && !Number.isInteger(action.value)) return refuse("wholeShipment");
      if (state.policies[action.policy] === action.value) return refuse("policyUnchanged", { policy: action.policy });
      return null;
    }
    case "pushBill": {
      if (!has(state.bills, action.bill)) return refuse("unknownBill", { bill: action.bill });
      const bill = state.bills[action.bill]!;
      if (!bill.introduced) return refuse("billNotIntroduced", { bill: action.bill });
      if (bill.passed) return refuse("billPassed", { bill: action.bill });
      return null;
    }
    case "audit":
      return target(state, action.target, GULF_OR_CHINA);
    case "entityList":
      if (has(state.actors, action.target) && isListed(state, action.target) === action.listed) {
        return refuse(action.listed ? "alreadyListed" : "notListed", { target: action.target });
      }
      return target(state, action.target, GULF_OR_CHINA);
    case "visit":
      return target(state, action.target, GULF);
    case "produce": {
      const bad = ownChip(r, actorId, action.chip);
      if (bad) return bad;
      const ready = actor.designs[action.chip];
      if (ready === undefined) return refuse("notDesigned", { chip: action.chip });
      if (ready > state.round) return refuse("stillDesigning", { chip: action.chip, round: ready });
      const planned = sumValues(actor.plan) - (actor.plan[action.chip] ?? 0) + action.quantity;
      if (planned > actor.capacity) return refuse("overCapacity", { planned, capacity: actor.capacity });
      return null;
    }
    case "setPrice": {
      const bad = ownChip(r, actorId, action.chip);
      if (bad) return bad;
      const list = r.chips[action.chip]!.price;
      const [low, high] = sc.mechanics.market.priceRange;
      if (action.price < list * low || action.price > list * high) {
        return refuse("priceOutOfRange", { chip: action.chip, low: Math.ceil(list * low), high: Math.floor(list * high) });
      }
      return null;
    }
    case "design": {
      const bad = ownChip(r, actorId, action.chip);
      if (bad) return bad;
      if (!r.chips[action.chip]!.design) return refuse("noDesign", { chip: action.chip });
      if (actor.designs[action.chip] !== undefined) return refuse("alreadyDesigned", { chip: action.chip });
      return null;
    }
    case "lobby": {
      if (action.bill === null) return null;
      if (!has(state.bills, action.bill)) return refuse("unknownBill", { bill: action.bill });
      const bill = state.bills[action.bill]!;
      if (!bill.introduced || bill.passed) return refuse("billNotOpen", { bill: action.bill });
      return null;
    }
    case "buyDomestic": {
      const chip = r.chips[action.chip];
      if (!chip) return refuse("unknownChip", { chip: action.chip });
      if (chip.maker !== sc.npc.domesticMaker.id) return refuse("notDomestic", { chip: action.chip, maker: sc.npc.domesticMaker.id });
      if ((chip.availableFromRound ?? 1) > state.round) return refuse("notAvailable", { chip: action.chip, round: chip.availableFromRound ?? 1 });
      if (actor.securityConditions) return refuse("underConditions");
      return null;
    }
    case "smuggle": {
      const chip = r.chips[action.chip];
      if (!chip) return refuse("unknownChip", { chip: action.chip });
      if (!chip.usOrigin) return refuse("notSmugglable", { chip: action.chip });
      return null;
    }
    case "rentCloud":
      if (isListed(state, actorId)) return refuse("entityListed");
      if (state.policies.remoteAccess) return refuse("remoteAccess");
      return null;
    case "proposeDeal":
    case "acceptDeal":
    case "rejectDeal":
    case "withdrawDeal":
      return checkDealAction(state, actorId, action);
    default:
      return null;
  }
}

// the checks several actions share, as plain functions so a check allocates no closures
const GULF_OR_CHINA = { roles: ["gulf", "chinaFirm"] as readonly Role[], refusal: "targetNotGulfOrChina" } as const;
const GULF = { roles: ["gulf"] as readonly Role[], refusal: "targetNotGulf" } as const;

function target(state: GameState, id: ActorId, allowed: typeof GULF | typeof GULF_OR_CHINA): Refusal | null {
  if (!has(state.actors, id)) return refuse("unknownActor", { actor: id });
  const t = state.actors[id]!;
  if (!allowed.roles.includes(t.role)) return refuse(allowed.refusal, { target: id });
  return null;
}

function ownChip(r: Rules, actorId: ActorId, chip: string): Refusal | null {
  if (!r.chips[chip]) return refuse("unknownChip", { chip });
  if (r.chips[chip]!.maker !== actorId) return refuse("notYourChip", { chip });
  return null;
}
