import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { applySettings, combinations, parseSetting, type Setting } from "../shared/sweep.ts";
import { defaultScenarioData } from "./util/setup.ts";

const setting = (arg: string): Setting => {
  const parsed = parseSetting(arg);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const problemOf = (arg: string) => {
  const parsed = parseSetting(arg);
  return parsed.ok ? undefined : parsed.problem;
};
const applied = (...args: string[]) => {
  const combo = new Map(args.map((a) => { const s = setting(a); return [s, s.values[0]] as const; }));
  return applySettings(defaultScenarioData(), combo);
};

describe("a --set setting", () => {
  it("reads paths by key, by index and by id, and values as JSON or text", () => {
    expect(setting("mechanics.smuggling.capacity=10000,35000")).toMatchObject({ segments: ["mechanics", "smuggling", "capacity"], values: [10000, 35000] });
    expect(setting("actors[0].bot.hawkishness=0.2").segments).toEqual(["actors", 0, "bot", "hawkishness"]);
    expect(setting("actors.0.bot.hawkishness=0.2").segments).toEqual(["actors", 0, "bot", "hawkishness"]);
    expect(setting("actors.us.bot.hawkishness=0.2").segments).toEqual(["actors", "us", "bot", "hawkishness"]);
    expect(setting("mechanics.market.priceRange[1]=2").segments).toEqual(["mechanics", "market", "priceRange", 1]);
    expect(setting("policies.cloudKyc=true,false").values).toEqual([true, false]);
    expect(setting('mechanics.market.priceRange=[0.5,2],[0.9,1.1]').values).toEqual([[0.5, 2], [0.9, 1.1]]);
    expect(setting('actors.us.region=US,"G,B"').values).toEqual(["US", "G,B"]);
  });

  it("that is not path=values says what it expects", () => {
    expect(problemOf("mechanics.smuggling.capacity")).toMatch(/expected path=value1,value2/);
    expect(problemOf("=5")).toMatch(/expected path=value1,value2/);
    expect(problemOf("mechanics..capacity=5")).toMatch(/is not a JSON path/);
    expect(problemOf("[0].cash=5")).toMatch(/is not a JSON path/);
    expect(problemOf("mechanics.smuggling.capacity=1,,2")).toMatch(/a value is empty/);
  });
});

describe("combinations", () => {
  it("are every value of each setting with every value of the others, the first setting varying slowest", () => {
    const a = setting("x=1,2"), b = setting("y=a,b,c");
    expect(combinations([a, b]).map((c) => [c.get(a), c.get(b)])).toEqual([[1, "a"], [1, "b"], [1, "c"], [2, "a"], [2, "b"], [2, "c"]]);
    expect(combinations([])).toEqual([new Map()]);
  });
});

describe("applying settings", () => {
  it("puts each value at its path in a copy, finding list elements by id", () => {
    const data = defaultScenarioData();
    const before = structuredClone(data);
    const s = setting("actors.saudi.bot.usAlignment=0.1"), t = setting("mechanics.smuggling.capacity=5");
    const result = applySettings(data, new Map<Setting, unknown>([[s, 0.1], [t, 5]]));
    expect(data).toEqual(before);
    if (!result.ok) throw new Error(result.problem);
    const out = result.value as typeof data;
    const saudi = out.actors.findIndex((a) => a.id === "saudi");
    expect((out.actors[saudi]!.bot as Record<string, number>).usAlignment).toBe(0.1);
    expect(out.mechanics.smuggling.capacity).toBe(5);
    out.actors[saudi]!.bot = before.actors[saudi]!.bot;
    out.mechanics.smuggling.capacity = before.mechanics.smuggling.capacity;
    expect(out).toEqual(before);
  });

  it("names the setting and the part of its path that leads nowhere", () => {
    expect(applied("mechanics.smugling.capacity=1")).toEqual({ ok: false, problem: expect.stringMatching(/^--set mechanics\.smugling\.capacity: "mechanics" has no field "smugling" \(it has licensing, .*smuggling/) });
    expect(applied("actors.oman.cash=1")).toEqual({ ok: false, problem: '--set actors.oman.cash: "actors" is a list with no element whose id is "oman"' });
    expect(applied("actors[40].cash=1")).toEqual({ ok: false, problem: '--set actors[40].cash: "actors" is a list of 11, so it has no element 40' });
    expect(applied("actors.us.cash.x=1")).toEqual({ ok: false, problem: '--set actors.us.cash.x: "actors.us.cash" is 0, which has no fields' });
    expect(applied("mechanics[0]=1")).toEqual({ ok: false, problem: '--set mechanics[0]: "mechanics" is an object, not a list' });
  });
});

describe("npm run sim -- --set", () => {
  const sim = (...args: string[]) => spawnSync(process.execPath, ["scripts/sim.ts", ...args], { encoding: "utf8" });

  it("prints one CSV row per combination, and a value shows in the figures it drives", () => {
    const { stdout, stderr, status } = sim("--games", "6", "--set", "mechanics.smuggling.capacity=0,75000", "--set", "mechanics.politicalCapital.costs.entityList=10,40", "--csv");
    expect(status).toBe(0);
    expect(stderr).toMatch(/^24 games in [\d.]+ s: \d+ games\/s on \d+ cores? \(\d+ available\)\n$/);
    const [header, ...lines] = stdout.trim().split("\n").map((l) => l.split(","));
    expect(header!.slice(0, 2)).toEqual(["mechanics.smuggling.capacity", "mechanics.politicalCapital.costs.entityList"]);
    expect(header).toEqual(expect.arrayContaining(["chinaSmuggled", "securityRisk", "groupWins.usGov", "groupWins.chinaFirm", "wins.us", "wins.nvidia", "wins.uae"]));
    expect(lines.map((l) => l.slice(0, 2))).toEqual([["0", "10"], ["0", "40"], ["75000", "10"], ["75000", "40"]]);
    const column = (name: string) => lines.map((l) => Number(l[header!.indexOf(name)]));
    expect(column("chinaSmuggled").slice(0, 2)).toEqual([0, 0]);
    expect(column("chinaSmuggled")[2]).toBeGreaterThan(0);
    for (const line of lines) {
      const groups = ["usGov", "vendor", "gulf", "chinaFirm"].reduce((t, g) => t + Number(line[header!.indexOf(`groupWins.${g}`)]), 0);
      expect(groups).toBeCloseTo(1, 4);
    }
  });

  it("gives the same rows on one core as on several", () => {
    const args = ["--games", "9", "--seed", "5", "--set", "actors.us.bot.hawkishness=0.1,0.9", "--json"];
    const one = JSON.parse(sim(...args, "--workers", "1").stdout);
    const three = JSON.parse(sim(...args, "--workers", "3").stdout);
    expect(one.timing.cores).toBe(1);
    expect(three.timing.cores).toBe(3);
    expect(three.rows).toEqual(one.rows);
    expect(one.rows[0].final).not.toEqual(one.rows[1].final);
  });

  it("stops with exit code 2 before playing, naming the path, when a value makes the scenario invalid", () => {
    const bad = sim("--games", "2", "--set", "mechanics.smuggling.capacity=10,-5");
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe("with mechanics.smuggling.capacity=-5 the scenario is not valid:\n  mechanics.smuggling.capacity: expected an integer >= 0, got -5\n");
    const unknown = sim("--games", "2", "--set", "mechanics.smuggling.capacty=5");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("mechanics.smuggling.capacty: unknown field (not part of the scenario format)");
  });

  it("prints a table a designer can read", () => {
    const out = execFileSync(process.execPath, ["scripts/sim.ts", "--games", "3", "--set", "mechanics.smuggling.capacity=0,75000"], { encoding: "utf8" });
    const lines = out.split("\n");
    expect(lines[0]).toBe("Sweep: scenario gulf-licensing-2024, 2 combinations x 3 bot games, seeds 1-3 for each");
    expect(lines).toContain("capacity = mechanics.smuggling.capacity");
    expect(lines).toContain("Win shares by role group");
    expect(lines.filter((l) => /^\s*0\s/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(110);
  });
});
