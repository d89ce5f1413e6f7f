// Validates scenario data: the zod schema first, then the cross-references the schema cannot see.
import { scenarioSchema, type Effect, type Metric, type Role, type Scenario } from "./schema.ts";
import { describeIssues, formatPath } from "./problems.ts";

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** Parses JSON text or data; every problem comes back as `path: message`. */
export function loadScenario(input: string | unknown): Loaded {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [`(file): not valid JSON: ${(error as Error).message}`] };
    }
  }
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, scenarioSchema, data) };
  const problems = checkReferences(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}

// Which role groups each objective metric makes sense for (a global indicator suits any role).
const METRIC_ROLES: Record<Metric, readonly Role[] | "any"> = {
  securityRisk: "any", capabilityGap: "any", gulfTrustInUs: "any", vendorRevenue: "any", splitIndex: "any",
  revenueVsExpectation: ["vendor"], sharePriceChange: ["vendor"],
  trustWithUs: ["vendor", "gulf", "chinaFirm"], cashChange: ["vendor", "gulf", "chinaFirm"],
  computeGrowth: ["gulf", "chinaFirm"], computeVsTarget: ["gulf"], capability: ["gulf", "chinaFirm"],
  capabilityGain: ["gulf", "chinaFirm"], notEntityListed: ["gulf", "chinaFirm"],
  diversification: ["gulf"],
};

export function checkReferences(s: Scenario): string[] {
  const problems: string[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push(`${formatPath(path)}: ${message}`);

  const chipIds = new Set(s.chipTypes.map((c) => c.id));
  const actorIds = new Set(s.actors.map((a) => a.id));
  const roleOf = new Map(s.actors.map((a) => [a.id, a.role] as const));
  const vendorIds = s.actors.filter((a) => a.role === "vendor").map((a) => a.id);
  const billIds = new Set(s.bills.map((b) => b.id));

  const seen = new Map<string, string>();
  const unique = (path: PropertyKey[], id: string) => {
    const before = seen.get(id);
    if (before) at(path, `id "${id}" is already used at ${before}`);
    else seen.set(id, formatPath(path));
  };
  s.chipTypes.forEach((c, i) => unique(["chipTypes", i, "id"], c.id));
  s.actors.forEach((a, i) => unique(["actors", i, "id"], a.id));
  for (const [key, n] of Object.entries(s.npc)) unique(["npc", key, "id"], n.id);
  s.bills.forEach((b, i) => unique(["bills", i, "id"], b.id));
  const eventIds = new Set<string>();
  [...s.events.scheduled.map((e, i) => ["scheduled", i, e.id] as const), ...s.events.deck.map((e, i) => ["deck", i, e.id] as const)]
    .forEach(([list, i, id]) => {
      if (eventIds.has(id)) at(["events", list, i, "id"], `event id "${id}" is already used`);
      eventIds.add(id);
    });

  const usGovs = s.actors.filter((a) => a.role === "usGov").length;
  if (usGovs !== 1) at(["actors"], `expected exactly one actor with role "usGov", got ${usGovs}`);
  for (const role of ["vendor", "gulf", "chinaFirm"] as const) {
    if (!s.actors.some((a) => a.role === role)) at(["actors"], `expected at least one actor with role "${role}"`);
  }

  const makers = new Set([...vendorIds, s.npc.domesticMaker.id]);
  s.chipTypes.forEach((c, i) => {
    if (!makers.has(c.maker)) at(["chipTypes", i, "maker"], `unknown maker "${c.maker}": expected a vendor actor or "${s.npc.domesticMaker.id}"`);
    if (c.design && c.maker === s.npc.domesticMaker.id) at(["chipTypes", i, "design"], "only a vendor actor can design a chip");
    if (c.unitCost > c.price) at(["chipTypes", i, "unitCost"], `costs more to make (${c.unitCost}) than its price (${c.price})`);
  });

  const checkChips = (path: PropertyKey[], counts: Record<string, number>) => {
    for (const id of Object.keys(counts)) if (!chipIds.has(id)) at([...path, id], `unknown chip type "${id}"`);
  };
  s.actors.forEach((a, i) => {
    if ("stock" in a) checkChips(["actors", i, "stock"], a.stock);
    if ("installed" in a) {
      checkChips(["actors", i, "installed"], a.installed);
      const total = Object.values(a.installed).reduce((x, y) => x + y, 0);
      if (total > a.dataCentreCapacity) at(["actors", i, "installed"], `${total} chips installed but dataCentreCapacity is ${a.dataCentreCapacity}`);
    }
  });
  checkChips(["npc", "worldMarket", "installed"], s.npc.worldMarket.installed);

  const pairs = new Set<string>();
  s.relations.pairs.forEach((p, i) => {
    p.between.forEach((id, j) => { if (!actorIds.has(id)) at(["relations", "pairs", i, "between", j], `unknown actor "${id}"`); });
    if (p.between[0] === p.between[1]) at(["relations", "pairs", i, "between"], "an actor cannot have a relation with itself");
    const key = [...p.between].sort().join("|");
    if (pairs.has(key)) at(["relations", "pairs", i], `the pair ${p.between.join("–")} is listed twice`);
    pairs.add(key);
  });

  const [low, high] = s.policies.thresholdRange;
  if (low > high) at(["policies", "thresholdRange"], `the lower bound ${low} is above the upper bound ${high}`);
  if (s.policies.controlThresholdTpp < low || s.policies.controlThresholdTpp > high) {
    at(["policies", "controlThresholdTpp"], `${s.policies.controlThresholdTpp} is outside thresholdRange [${low}, ${high}]`);
  }
  s.policies.entityList.forEach((id, i) => {
    const role = roleOf.get(id);
    if (!role) at(["policies", "entityList", i], `unknown actor "${id}"`);
    else if (role !== "gulf" && role !== "chinaFirm") at(["policies", "entityList", i], `only Gulf states and Chinese firms can be entity-listed, not ${role} "${id}"`);
  });
  const [minPrice, maxPrice] = s.mechanics.market.priceRange;
  if (minPrice > 1 || maxPrice < 1) at(["mechanics", "market", "priceRange"], `must include 1 (the list price), got [${minPrice}, ${maxPrice}]`);

  const checkEffects = (path: PropertyKey[], effects: Effect[]) => effects.forEach((e, i) => {
    const p = [...path, i];
    const needActor = (key: string, id: string, roles?: Role[]) => {
      const role = roleOf.get(id);
      if (!role) at([...p, key], `unknown actor "${id}"`);
      else if (roles && !roles.includes(role)) at([...p, key], `"${id}" is a ${role}; expected ${roles.join(" or ")}`);
    };
    switch (e.type) {
      case "sharePrice": if (e.target !== "allVendors") needActor("target", e.target, ["vendor"]); break;
      case "trust": e.between.forEach((id, j) => { if (!actorIds.has(id)) at([...p, "between", j], `unknown actor "${id}"`); }); break;
      case "cash": needActor("target", e.target); break;
      case "capability":
        if (e.target !== s.npc.usLabs.id) needActor("target", e.target, ["gulf", "chinaFirm"]);
        break;
      case "billIntroduced": if (!billIds.has(e.bill)) at([...p, "bill"], `unknown bill "${e.bill}"`); break;
      case "setPolicy": {
        const numeric = e.policy === "controlThresholdTpp" || e.policy === "largeShipmentH100e" || e.policy === "chinaRevenueShare";
        if (numeric !== (typeof e.value === "number")) at([...p, "value"], `policy ${e.policy} takes ${numeric ? "a number" : "true or false"}`);
        if (e.policy === "chinaRevenueShare" && typeof e.value === "number" && e.value > 1) at([...p, "value"], "a revenue share is at most 1");
        break;
      }
      default: break;
    }
  });

  const rounds = s.calendar.rounds;
  s.events.scheduled.forEach((e, i) => {
    if (e.round > rounds) at(["events", "scheduled", i, "round"], `round ${e.round} of a ${rounds}-round game`);
    checkEffects(["events", "scheduled", i, "effects"], e.effects);
  });
  s.events.deck.forEach((e, i) => {
    if (e.fromRound && e.fromRound > rounds) at(["events", "deck", i, "fromRound"], `round ${e.fromRound} of a ${rounds}-round game`);
    if (e.toRound && e.fromRound && e.toRound < e.fromRound) at(["events", "deck", i, "toRound"], `ends (round ${e.toRound}) before it starts (round ${e.fromRound})`);
    checkEffects(["events", "deck", i, "effects"], e.effects);
  });
  s.bills.forEach((b, i) => checkEffects(["bills", i, "effects"], b.effects));

  for (const role of ["usGov", "vendor", "gulf", "chinaFirm"] as const) {
    s.objectives[role].forEach((o, i) => {
      const allowed = METRIC_ROLES[o.metric];
      if (allowed !== "any" && !allowed.includes(role)) at(["objectives", role, i, "metric"], `metric "${o.metric}" does not apply to role ${role}`);
      if (o.from === o.to) at(["objectives", role, i, "to"], "from and to must differ");
    });
  }
  return problems;
}
