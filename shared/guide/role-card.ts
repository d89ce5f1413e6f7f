// Role cards, generated from the scenario so that a designer's change shows up on them: what a seat's
// role wants and how it is scored, its levers with what they cost and risk, what the other roles want
// from it, and what it cannot see. Only what every seat may know goes on a card (rules and public
// facts, no starting cash); a seat's own figures come from its own view.
import type { ActionKind } from "../engine/orders.ts";
import { ACTION_ROLES, DEAL_ACTIONS } from "../engine/orders.ts";
import type { Text } from "../engine/events.ts";
import { rules } from "../engine/rules.ts";
import type { ActorId } from "../engine/state.ts";
import { fromMillions, METRIC_UNITS, type FigureUnit } from "../engine/units.ts";
import { ROLES, type ActorSpec, type Metric, type Role, type Scenario } from "../scenario/schema.ts";


/** A figure on a card, with its unit, for the client to write out. */
export interface Figure { value: number; unit: FigureUnit }

export interface CardObjective {
  id: string; label: Text; metric: Metric;
  /** share of the role's 100 points this objective is worth */
  share: number;
  /** the metric's value that scores nothing, and the one that scores full marks */
  from: Figure; to: Figure;
}

/** The role's own ways to act: an order kind, or a kind of deal. */
export const DEAL_LEVERS = ["sellChips", "buyChips", "leaseOut", "leaseIn", "promiseConditions"] as const;
export type LeverKind = Exclude<ActionKind, (typeof DEAL_ACTIONS)[number]> | (typeof DEAL_LEVERS)[number];
export interface Lever { lever: LeverKind; figures: Record<string, Figure> }

/** What another role group wants from this one: one of its objectives this role can move, and how. */
export const ASKS = [
  "noChinaLeases", "acceptConditions", "buyChips", "sellChips", "leaseCompute", "approveLicences", "stayBehind",
  "noChinaSales", "rentCompute", "buyDomestic", "visitAndApprove", "keepCloudsOpen", "dontList",
] as const;
export type Ask = (typeof ASKS)[number];
export interface Want { role: Role; objective: Text; ask: Ask }

/** What a role does not see while the game runs (the facilitator and the debrief see all). */
export const BLIND_SPOTS = ["orders", "othersDeals", "hiddenLeases", "smuggling", "hiddenModels", "usDeliberation", "audits"] as const;
export type BlindSpot = (typeof BLIND_SPOTS)[number];

export interface RoleCard {
  actor: ActorId; role: Role; name: Text; region: string;
  objectives: CardObjective[];
  levers: Lever[];
  wants: Want[];
  blind: BlindSpot[];
  /** where the seat's starting figures come from, with the scenario's notes for the keys it cites */
  source: string | null;
}

/**
 * Which roles move each metric, and what the metric's owners ask of them. A role's objectives are read
 * against this table: a scenario that scores a role on another metric changes what the others are asked.
 */
const INFLUENCE: Record<Metric, Partial<Record<Role, Ask>>> = {
  securityRisk: { vendor: "noChinaSales", gulf: "noChinaLeases", chinaFirm: "stayBehind" },
  capabilityGap: { chinaFirm: "stayBehind", gulf: "noChinaLeases", vendor: "noChinaSales" },
  gulfTrustInUs: { gulf: "acceptConditions" },
  vendorRevenue: { usGov: "approveLicences", gulf: "buyChips", chinaFirm: "buyChips" },
  splitIndex: { gulf: "acceptConditions", chinaFirm: "buyDomestic" },
  revenueVsExpectation: { usGov: "approveLicences", gulf: "buyChips", chinaFirm: "buyChips" },
  sharePriceChange: { usGov: "approveLicences" },
  trustWithUs: { usGov: "visitAndApprove" },
  cashChange: {},
  computeGrowth: { gulf: "leaseCompute", vendor: "sellChips", usGov: "keepCloudsOpen" },
  computeVsTarget: { vendor: "sellChips", usGov: "approveLicences" },
  capability: { gulf: "leaseCompute" },
  capabilityGain: { gulf: "leaseCompute" },
  notEntityListed: { usGov: "dontList" },
  diversification: { chinaFirm: "rentCompute", vendor: "sellChips" },
};

const BLIND: Record<Role, BlindSpot[]> = {
  usGov: ["orders", "othersDeals", "hiddenLeases", "smuggling", "hiddenModels"],
  vendor: ["orders", "othersDeals", "usDeliberation", "hiddenLeases", "audits"],
  gulf: ["orders", "othersDeals", "usDeliberation", "smuggling", "audits"],
  chinaFirm: ["orders", "othersDeals", "usDeliberation", "audits"],
};

const f = (value: number, unit: FigureUnit): Figure => ({ value, unit });

/**
 * A metric's value as the interface states it: in the metric's unit, except the capability gap, which
 * is scored in capability points but read everywhere else in months of lead.
 */
export function metricFigure(sc: { indicators: { monthsPerPoint: number } }, metric: Metric, value: number): Figure {
  if (metric === "capabilityGap") return f(value * sc.indicators.monthsPerPoint, "months");
  return f(value, METRIC_UNITS[metric]);
}

/** The card of every seat in the scenario. */
export function roleCards(sc: Scenario): Record<ActorId, RoleCard> {
  const cards: Record<ActorId, RoleCard> = {};
  for (const spec of sc.actors) cards[spec.id] = roleCard(sc, spec);
  return cards;
}

function roleCard(sc: Scenario, spec: ActorSpec): RoleCard {
  const total = sc.objectives[spec.role].reduce((t, o) => t + o.weight, 0);
  const objectives = sc.objectives[spec.role].map((o): CardObjective => ({
    id: o.id, label: o.label, metric: o.metric, share: o.weight / total,
    from: metricFigure(sc, o.metric, o.from), to: metricFigure(sc, o.metric, o.to),
  }));
  const wants: Want[] = [];
  for (const role of ROLES) {
    if (role === spec.role) continue;
    for (const o of sc.objectives[role]) {
      // a vendor's standing in Washington moves with its lobbying and its record, not with US favours
      const ask = o.metric === "trustWithUs" && role !== "gulf" ? undefined : INFLUENCE[o.metric][spec.role];
      if (ask && !wants.some((w) => w.role === role && w.ask === ask)) wants.push({ role, objective: o.label, ask });
    }
  }
  return {
    actor: spec.id, role: spec.role, name: spec.name, region: spec.region,
    objectives, levers: levers(sc, spec), wants, blind: BLIND[spec.role], source: sourceNote(sc, spec.source),
  };
}

/** A `source` field with the notes of the keys it cites ("article + S12: ..." → the notes of both). */
export function sourceNote(sc: Scenario, source: string | undefined): string | null {
  if (!source) return null;
  const cited = Object.keys(sc.sources).filter((key) => new RegExp(`(^|[^\\w-])${key.replace(/[-]/g, "\\-")}($|[^\\w-])`).test(source));
  return cited.length ? `${source} — ${cited.map((key) => `${key}: ${sc.sources[key]}`).join("; ")}` : source;
}

function levers(sc: Scenario, spec: ActorSpec): Lever[] {
  const m = sc.mechanics;
  const r = rules(sc);
  const own = (Object.keys(ACTION_ROLES) as ActionKind[])
    .filter((k) => ACTION_ROLES[k].includes(spec.role) && !(DEAL_ACTIONS as readonly string[]).includes(k)) as LeverKind[];
  const figures = (kind: LeverKind): Record<string, Figure> => {
    const costs = m.politicalCapital.costs;
    switch (kind) {
      case "licenceDecision": return {
        window: f(m.licensing.conditionsWindowRounds, "rounds"), denialTrust: f(m.trust.denial, "points"), delayTrust: f(m.trust.delay, "points"),
        denialShock: f(m.market.denialShock, "percent"), large: f(sc.policies.largeShipmentH100e, "h100e"),
      };
      case "setThreshold": return {
        capital: f(costs.threshold, "capital"), low: f(sc.policies.thresholdRange[0], "tpp"), high: f(sc.policies.thresholdRange[1], "tpp"),
        now: f(sc.policies.controlThresholdTpp, "tpp"), shock: f(m.market.thresholdShock, "percent"),
      };
      case "setPolicy": return { capital: f(costs.policy, "capital") };
      case "pushBill": return { bills: f(sc.bills.length, "count") };
      case "audit": return { capital: f(costs.audit, "capital"), odds: f(m.detection.audit, "fraction") };
      case "entityList": return { capital: f(costs.entityList, "capital"), vendorShock: f(m.retaliation.vendorShock, "percent") };
      case "visit": return { capital: f(costs.visit, "capital"), trust: f(m.trust.visit, "points") };
      case "produce": {
        const chips = r.madeBy[spec.id] ?? [];
        const costs = chips.map((c) => r.chips[c]!.unitCost);
        return spec.role === "vendor" ? {
          capacity: f(spec.productionCapacity, "chips"), lowCost: f(Math.min(...costs), "kPerChip"), highCost: f(Math.max(...costs), "kPerChip"),
        } : {};
      }
      case "setPrice": return { low: f(m.market.priceRange[0], "multiple"), high: f(m.market.priceRange[1], "multiple") };
      case "design": {
        const designs = (r.madeBy[spec.id] ?? []).filter((c) => r.chips[c]!.design);
        return { designs: f(designs.length, "count"), ...(designs.length ? { cost: f(Math.min(...designs.map((c) => r.designCost[c]!)), "money") } : {}) };
      }
      case "lobby": return { support: f(m.lobbying.supportPerSqrtMillion, "points"), trust: f(m.lobbying.trustPerSqrtMillion, "points") };
      case "build": return {
        cost: f(m.construction.costPerSlot, "kPerSlot"), rounds: f(m.construction.buildRounds, "rounds"),
        ...(spec.role === "gulf" ? { discount: f(spec.chinaTies.buildDiscount, "fraction") } : {}),
      };
      case "securityConditions": return spec.role === "gulf" ? {
        trust: f(m.trust.conditionsAccepted, "points"), ties: f(fromMillions(spec.chinaTies.income), "money"),
        discount: f(spec.chinaTies.buildDiscount, "fraction"), breachTrust: f(m.penalties.breachTrust, "points"),
      } : {};
      case "sovereignAI": return {};
      case "buyDomestic": return {
        price: f(Math.min(...(r.madeBy[sc.npc.domesticMaker.id] ?? []).map((c) => r.chips[c]!.price)), "kPerChip"),
        ...(spec.role === "gulf" ? { trust: f(m.penalties.chineseChipsTrust, "points") } : {}),
      };
      case "smuggle": return { markup: f(m.smuggling.markup, "multiple"), odds: f(m.detection.smuggling, "fraction"), trust: f(m.penalties.smugglingTrust, "points") };
      case "rentCloud": return { price: f(m.cloud.price, "kPerH100e"), kyc: f(m.detection.kyc, "fraction") };
      case "training": return {};
      case "openWeights": return { gap: f(m.training.openWeightGap, "points") };
      case "distil": return {
        cost: f(fromMillions(m.training.distilCost), "money"), odds: f(m.detection.distillation, "fraction"),
        cutoff: f(m.penalties.distillationCutoffRounds, "rounds"),
      };
      case "sellChips": return { delivery: f(m.orders.deliveryRounds, "rounds") };
      case "buyChips": return {};
      case "leaseOut": return {
        odds: f(m.detection.lease, "fraction"), oddsUnderConditions: f(m.detection.leaseUnderConditions, "fraction"),
        fine: f(fromMillions(m.penalties.leaseFine), "money"), trust: f(m.penalties.leaseTrust, "points"),
      };
      case "leaseIn": return { odds: f(m.detection.lease, "fraction") };
      case "promiseConditions": return {};
    }
  };
  const deals: Record<Role, LeverKind[]> = {
    usGov: [], vendor: ["sellChips"], gulf: ["buyChips", "leaseOut", "promiseConditions"], chinaFirm: ["leaseIn", "buyChips"],
  };
  return [...own, ...deals[spec.role]].map((lever) => ({ lever, figures: figures(lever) }));
}
