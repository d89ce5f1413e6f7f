// Whether an actor may take an action now: the rules of the game, checked apart from applying them.
import { ACTION_ROLES, reject, type Action, type Rejection } from "./orders.ts";
import { AGREED, checkDealAction, chipFlow } from "./deals.ts";
import { capitalCost as capitalOf, cashCost, priceList } from "./costs.ts";
import { has, rules, isListed, type Rules } from "./rules.ts";
import type { ActorId, GameState } from "./state.ts";
import { NUMERIC_POLICIES, type Role } from "../scenario/schema.ts";
import { sumValues } from "./units.ts";

/** k$ as people read it: $950M, $19.5B. */
const fmt = (k: number) => (Math.abs(k) >= 1e6
  ? `$${(k / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })}B`
  : `$${(k / 1000).toLocaleString("en-US", { maximumFractionDigits: 1 })}M`);

/** Cash an action of `actorId` commits when it is applied (k$). */
export const actionCost = (state: GameState, actorId: ActorId, action: Action): number => cashCost(priceList(state, actorId), action);

/** Political capital an action spends when it is applied. */
export const capitalCost = (state: GameState, action: Action): number => capitalOf(state.scenario.mechanics.politicalCapital.costs, action);

/**
 * Checks a seat's orders for a round against the state as it is now: each on its own, then all
 * together against the seat's cash (less what its agreed deals will take) and political capital.
 * Every problem is reported, each with the order's number.
 */
export function checkOrders(state: GameState, actorId: ActorId, actions: readonly Action[]): Rejection | null {
  const actor = state.actors[actorId];
  if (!actor) return reject("unknownActor", `there is no actor "${actorId}"`);
  const problems: Rejection[] = [];
  let cash = actor.cash - owedByDeals(state, actorId);
  let capitalLeft = actor.politicalCapital;
  actions.forEach((action, i) => {
    const order = `order ${i + 1} (${action.kind})`;
    const problem = checkAction(state, actorId, action);
    if (problem) return problems.push(reject(problem.code, `${order}: ${problem.reason}`));
    cash -= actionCost(state, actorId, action);
    capitalLeft -= capitalCost(state, action);
    if (cash < 0) problems.push(reject("noCash", `${order}: with your earlier orders and agreed deals it needs ${fmt(-cash)} more than your cash`));
    else if (capitalLeft < 0) problems.push(reject("noCapital", `${order}: with your earlier orders it needs ${Math.ceil(-capitalLeft)} more political capital than you have`));
  });
  if (problems.length === 0) return null;
  return reject(problems[0]!.code, problems.map((p) => p.reason).join("; "));
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

export function checkAction(state: GameState, actorId: ActorId, action: Action): Rejection | null {
  if (!has(state.actors, actorId)) return reject("unknownActor", `there is no actor "${actorId}"`);
  const actor = state.actors[actorId]!;
  if (state.finished) return reject("finished", "the game is over");
  if (!ACTION_ROLES[action.kind].includes(actor.role)) {
    return reject("wrongRole", `a ${actor.role} cannot order ${action.kind}`);
  }
  const sc = state.scenario;
  const r = rules(sc);
  const cost = actionCost(state, actorId, action);
  if (cost > actor.cash) return reject("noCash", `costs ${fmt(cost)}, you have ${fmt(actor.cash)}`);
  const needed = capitalCost(state, action);
  if (needed > actor.politicalCapital) return reject("noCapital", `needs ${needed} political capital, you have ${Math.floor(actor.politicalCapital)}`);

  switch (action.kind) {
    case "licenceDecision": {
      const licence = state.licences.find((l) => l.id === action.licence);
      if (!licence) return reject("unknownLicence", `there is no licence "${action.licence}"`);
      if (licence.status !== "pending" && licence.status !== "delayed") return reject("decided", `licence ${licence.id} is already ${licence.status}`);
      return null;
    }
    case "setThreshold": {
      const [low, high] = state.policies.thresholdRange;
      if (action.tpp < low || action.tpp > high) return reject("outOfRange", `the threshold must be between ${low} and ${high}`);
      if (action.tpp === state.policies.controlThresholdTpp) return reject("noChange", `the threshold is already ${action.tpp}`);
      return null;
    }
    case "setPolicy": {
      const numeric = NUMERIC_POLICIES.has(action.policy);
      if (numeric !== (typeof action.value === "number")) return reject("badValue", `${action.policy} takes ${numeric ? "a number" : "true or false"}`);
      if (action.policy === "chinaRevenueShare" && (action.value as number) > 1) return reject("outOfRange", "a revenue share is at most 100%");
      if (action.policy === "largeShipmentH100e" && !Number.isInteger(action.value)) return reject("badValue", "a shipment size is a whole number of H100-equivalents");
      if (state.policies[action.policy] === action.value) return reject("noChange", `${action.policy} is already ${action.value}`);
      return null;
    }
    case "pushBill": {
      if (!has(state.bills, action.bill)) return reject("unknownBill", `there is no bill "${action.bill}"`);
      const bill = state.bills[action.bill]!;
      if (!bill.introduced) return reject("notIntroduced", `${action.bill} has not been introduced`);
      if (bill.passed) return reject("passed", `${action.bill} is already law`);
      return null;
    }
    case "audit":
      return target(state, action.target, GULF_OR_CHINA);
    case "entityList":
      if (has(state.actors, action.target) && isListed(state, action.target) === action.listed) {
        return reject("noChange", `${action.target} is ${action.listed ? "already" : "not"} on the entity list`);
      }
      return target(state, action.target, GULF_OR_CHINA);
    case "visit":
      return target(state, action.target, GULF);
    case "produce": {
      const bad = ownChip(r, actorId, action.chip);
      if (bad) return bad;
      const ready = actor.designs[action.chip];
      if (ready === undefined) return reject("notDesigned", `${action.chip} has not been designed`);
      if (ready > state.round) return reject("notDesigned", `${action.chip} is still being designed (ready in round ${ready})`);
      const planned = sumValues(actor.plan) - (actor.plan[action.chip] ?? 0) + action.quantity;
      if (planned > actor.capacity) return reject("overCapacity", `plans ${planned} chips a round; capacity is ${actor.capacity}`);
      return null;
    }
    case "setPrice": {
      const bad = ownChip(r, actorId, action.chip);
      if (bad) return bad;
      const list = r.chips[action.chip]!.price;
      const [low, high] = sc.mechanics.market.priceRange;
      if (action.price < list * low || action.price > list * high) {
        return reject("outOfRange", `the price of ${action.chip} must be between $${Math.ceil(list * low)}k and $${Math.floor(list * high)}k`);
      }
      return null;
    }
    case "design": {
      const bad = ownChip(r, actorId, action.chip);
      if (bad) return bad;
      if (!r.chips[action.chip]!.design) return reject("noDesign", `${action.chip} needs no design work`);
      if (actor.designs[action.chip] !== undefined) return reject("alreadyDone", `${action.chip} is already designed or in design`);
      return null;
    }
    case "lobby": {
      if (action.bill === null) return null;
      if (!has(state.bills, action.bill)) return reject("unknownBill", `there is no bill "${action.bill}"`);
      const bill = state.bills[action.bill]!;
      if (!bill.introduced || bill.passed) return reject("notOpen", `${action.bill} is not before Congress`);
      return null;
    }
    case "buyDomestic": {
      const chip = r.chips[action.chip];
      if (!chip) return reject("unknownChip", `there is no chip type "${action.chip}"`);
      if (chip.maker !== sc.npc.domesticMaker.id) return reject("notDomestic", `${action.chip} is not made by ${sc.npc.domesticMaker.name.en}`);
      if ((chip.availableFromRound ?? 1) > state.round) return reject("notAvailable", `${action.chip} is available from round ${chip.availableFromRound}`);
      if (actor.securityConditions) return reject("underConditions", "US security conditions rule out Chinese hardware");
      return null;
    }
    case "smuggle": {
      const chip = r.chips[action.chip];
      if (!chip) return reject("unknownChip", `there is no chip type "${action.chip}"`);
      if (!chip.usOrigin) return reject("notSmugglable", `${action.chip} can be bought openly`);
      return null;
    }
    case "rentCloud":
      if (isListed(state, actorId)) return reject("entityListed", "entity-listed firms cannot rent US cloud compute");
      if (state.policies.remoteAccess) return reject("remoteAccess", "remote access to controlled chips is an export now: US clouds do not rent to Chinese firms");
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
const GULF_OR_CHINA: readonly Role[] = ["gulf", "chinaFirm"];
const GULF: readonly Role[] = ["gulf"];

function target(state: GameState, id: ActorId, roles: readonly Role[]): Rejection | null {
  if (!has(state.actors, id)) return reject("unknownActor", `there is no actor "${id}"`);
  const t = state.actors[id]!;
  if (!roles.includes(t.role)) return reject("badTarget", `"${id}" is a ${t.role}, not a ${roles.join(" or ")}`);
  return null;
}

function ownChip(r: Rules, actorId: ActorId, chip: string): Rejection | null {
  if (!r.chips[chip]) return reject("unknownChip", `there is no chip type "${chip}"`);
  if (r.chips[chip]!.maker !== actorId) return reject("notYourChip", `${chip} is not one of your designs`);
  return null;
}
