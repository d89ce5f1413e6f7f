// Validates scenario data: the zod schema, and the cross-references the schema cannot see. Both run on
// every file, so all its problems come out at once: the references are checked on whatever parsed.
import { scenarioSchema, NUMERIC_POLICIES, ROLES, type Effect, type Metric, type Role, type Scenario } from "./schema.ts";
import { describeIssues, formatPath } from "./problems.ts";
import { salvage, type Salvaged } from "./salvage.ts";

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
  if (parsed.success) {
    const problems = checkReferences(parsed.data);
    return problems.length ? { ok: false, problems } : { ok: true, scenario: parsed.data };
  }
  const shape = describeIssues(parsed.error.issues, scenarioSchema, data);
  return { ok: false, problems: [...shape, ...checkReferences(salvage(scenarioSchema, data) ?? {})] };
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

/** The elements of a list that parsed, each with its index in the file. */
function parsed<T>(list: (T | undefined)[] | undefined): [T, number][] {
  return (list ?? []).flatMap((x, i) => (x === undefined ? [] : [[x, i] as [T, number]]));
}

/** Every element's id, or undefined when an element or its id did not parse (so "unknown" cannot be told). */
function allIds(list: ({ id?: string } | undefined)[] | undefined): Set<string> | undefined {
  if (!list || list.some((x) => x?.id === undefined)) return undefined;
  return new Set(list.map((x) => x!.id!));
}

/**
 * The cross-reference problems of a scenario, or of the parts of one that parsed: a check runs only when
 * what it reads is there, and "unknown id" only when every id it could be is known.
 */
export function checkReferences(s: Salvaged<Scenario>): string[] {
  const problems: string[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push(`${formatPath(path)}: ${message}`);

  const actors = parsed(s.actors);
  const chipIds = allIds(s.chipTypes);
  const actorIds = allIds(s.actors);
  const billIds = allIds(s.bills);
  // the first actor with an id is the one it names; a later duplicate is reported, not used
  const roleOf = new Map(actors.toReversed().map(([a]) => [a.id, a.role] as const));
  const unknownActor = (path: PropertyKey[], id: string | undefined) => {
    if (id !== undefined && actorIds && !actorIds.has(id)) { at(path, `unknown actor "${id}"`); return true; }
    return false;
  };

  const seen = new Map<string, string>();
  const unique = (path: PropertyKey[], id: string | undefined) => {
    if (id === undefined) return;
    const before = seen.get(id);
    if (before) at(path, `id "${id}" is already used at ${before}`);
    else seen.set(id, formatPath(path));
  };
  parsed(s.chipTypes).forEach(([c, i]) => unique(["chipTypes", i, "id"], c.id));
  actors.forEach(([a, i]) => unique(["actors", i, "id"], a.id));
  for (const [key, n] of Object.entries(s.npc ?? {})) unique(["npc", key, "id"], n?.id);
  parsed(s.bills).forEach(([b, i]) => unique(["bills", i, "id"], b.id));
  const eventIds = new Set<string>();
  for (const list of ["scheduled", "deck"] as const) {
    parsed<{ id?: string }>(s.events?.[list]).forEach(([e, i]) => {
      if (e.id === undefined) return;
      if (eventIds.has(e.id)) at(["events", list, i, "id"], `event id "${e.id}" is already used`);
      eventIds.add(e.id);
    });
  }

  // counts by role need every actor's role
  if (s.actors && actors.length === s.actors.length) {
    const usGovs = actors.filter(([a]) => a.role === "usGov").length;
    if (usGovs !== 1) at(["actors"], `expected exactly one actor with role "usGov", got ${usGovs}`);
    for (const role of ["vendor", "gulf", "chinaFirm"] as const) {
      if (!actors.some(([a]) => a.role === role)) at(["actors"], `expected at least one actor with role "${role}"`);
    }
  }

  const domesticMaker = s.npc?.domesticMaker?.id;
  const makers = actorIds && domesticMaker !== undefined
    ? new Set([...actors.filter(([a]) => a.role === "vendor").map(([a]) => a.id!), domesticMaker]) : undefined;
  parsed(s.chipTypes).forEach(([c, i]) => {
    if (c.maker !== undefined && makers && !makers.has(c.maker)) at(["chipTypes", i, "maker"], `unknown maker "${c.maker}": expected a vendor actor or "${domesticMaker}"`);
    if (c.design && domesticMaker !== undefined && c.maker === domesticMaker) at(["chipTypes", i, "design"], "only a vendor actor can design a chip");
    if (c.unitCost !== undefined && c.price !== undefined && c.unitCost > c.price) at(["chipTypes", i, "unitCost"], `costs more to make (${c.unitCost}) than its price (${c.price})`);
  });

  const checkChips = (path: PropertyKey[], counts: Record<string, unknown> | undefined) => {
    if (!chipIds || !counts) return;
    for (const id of Object.keys(counts)) if (!chipIds.has(id)) at([...path, id], `unknown chip type "${id}"`);
  };
  actors.forEach(([a, i]) => {
    if ("stock" in a) checkChips(["actors", i, "stock"], a.stock);
    if ("installed" in a && a.installed) {
      checkChips(["actors", i, "installed"], a.installed);
      const total = Object.values(a.installed).reduce<number>((x, y) => x + (y ?? 0), 0);
      if (a.dataCentreCapacity !== undefined && total > a.dataCentreCapacity) at(["actors", i, "installed"], `${total} chips installed but dataCentreCapacity is ${a.dataCentreCapacity}`);
    }
  });
  checkChips(["npc", "worldMarket", "installed"], s.npc?.worldMarket?.installed);

  const pairs = new Set<string>();
  parsed(s.relations?.pairs).forEach(([p, i]) => {
    const between = p.between ?? [];
    between.forEach((id, j) => unknownActor(["relations", "pairs", i, "between", j], id));
    const [x, y] = between;
    if (x === undefined || y === undefined) return;
    if (x === y) at(["relations", "pairs", i, "between"], "an actor cannot have a relation with itself");
    const key = [x, y].sort().join("|");
    if (pairs.has(key)) at(["relations", "pairs", i], `the pair ${x}–${y} is listed twice`);
    pairs.add(key);
  });

  const [low, high] = s.policies?.thresholdRange ?? [];
  const threshold = s.policies?.controlThresholdTpp;
  if (low !== undefined && high !== undefined) {
    if (low > high) at(["policies", "thresholdRange"], `the lower bound ${low} is above the upper bound ${high}`);
    if (threshold !== undefined && (threshold < low || threshold > high)) {
      at(["policies", "controlThresholdTpp"], `${threshold} is outside thresholdRange [${low}, ${high}]`);
    }
  }
  parsed(s.policies?.entityList).forEach(([id, i]) => {
    const role = roleOf.get(id);
    if (role && role !== "gulf" && role !== "chinaFirm") at(["policies", "entityList", i], `only Gulf states and Chinese firms can be entity-listed, not ${role} "${id}"`);
    else if (!role) unknownActor(["policies", "entityList", i], id);
  });
  const [minPrice, maxPrice] = s.mechanics?.market?.priceRange ?? [];
  if (minPrice !== undefined && maxPrice !== undefined && (minPrice > 1 || maxPrice < 1)) {
    at(["mechanics", "market", "priceRange"], `must include 1 (the list price), got [${minPrice}, ${maxPrice}]`);
  }

  const usLabs = s.npc?.usLabs?.id;
  const checkEffects = (path: PropertyKey[], effects: Salvaged<Effect[]> | undefined) => parsed(effects).forEach(([e, i]) => {
    const p = [...path, i];
    const needActor = (key: string, id: string | undefined, roles?: Role[]) => {
      const role = id === undefined ? undefined : roleOf.get(id);
      if (!role) unknownActor([...p, key], id);
      else if (roles && !roles.includes(role)) at([...p, key], `"${id}" is a ${role}; expected ${roles.join(" or ")}`);
    };
    switch (e.type) {
      case "sharePrice": if (e.target !== "allVendors") needActor("target", e.target, ["vendor"]); break;
      case "trust": (e.between ?? []).forEach((id, j) => unknownActor([...p, "between", j], id)); break;
      case "cash": needActor("target", e.target); break;
      case "capability":
        if (usLabs !== undefined && e.target !== usLabs) needActor("target", e.target, ["gulf", "chinaFirm"]);
        break;
      case "billIntroduced": case "billSupport": case "billDropped":
        if (e.bill !== undefined && billIds && !billIds.has(e.bill)) at([...p, "bill"], `unknown bill "${e.bill}"`);
        break;
      case "importBlock":
        (e.chips ?? []).forEach((id, j) => { if (id !== undefined && chipIds && !chipIds.has(id)) at([...p, "chips", j], `unknown chip type "${id}"`); });
        break;
      case "hostedChips": needActor("target", e.target, ["gulf"]); checkChips([...p, "chips"], e.chips); break;
      case "setPolicy": {
        if (e.policy === undefined || e.value === undefined) break;
        const numeric = NUMERIC_POLICIES.has(e.policy);
        if (numeric !== (typeof e.value === "number")) at([...p, "value"], `policy ${e.policy} takes ${numeric ? "a number" : "true or false"}`);
        if (e.policy === "chinaRevenueShare" && typeof e.value === "number" && e.value > 1) at([...p, "value"], "a revenue share is at most 1");
        break;
      }
      default: break;
    }
  });

  const rounds = s.calendar?.rounds;
  parsed(s.events?.scheduled).forEach(([e, i]) => {
    if (rounds !== undefined && e.round !== undefined && e.round > rounds) at(["events", "scheduled", i, "round"], `round ${e.round} of a ${rounds}-round game`);
    checkEffects(["events", "scheduled", i, "effects"], e.effects);
  });
  parsed(s.events?.deck).forEach(([e, i]) => {
    if (rounds !== undefined && e.fromRound && e.fromRound > rounds) at(["events", "deck", i, "fromRound"], `round ${e.fromRound} of a ${rounds}-round game`);
    if (e.toRound && e.fromRound && e.toRound < e.fromRound) at(["events", "deck", i, "toRound"], `ends (round ${e.toRound}) before it starts (round ${e.fromRound})`);
    checkEffects(["events", "deck", i, "effects"], e.effects);
  });
  parsed(s.bills).forEach(([b, i]) => checkEffects(["bills", i, "effects"], b.effects));

  for (const role of ROLES) {
    parsed(s.objectives?.[role]).forEach(([o, i]) => {
      const allowed = o.metric === undefined ? "any" : METRIC_ROLES[o.metric];
      if (allowed !== "any" && !allowed.includes(role)) at(["objectives", role, i, "metric"], `metric "${o.metric}" does not apply to role ${role}`);
      if (o.from !== undefined && o.from === o.to) at(["objectives", role, i, "to"], "from and to must differ");
    });
  }
  return problems;
}
