import { describe, expect, it } from "vitest";
import { allBotOrders, botOrders } from "../shared/bots/index.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import { createGame } from "../shared/engine/setup.ts";
import type { GameState } from "../shared/engine/state.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { playBotGame } from "../shared/sim.ts";
import { scenario } from "./util/setup.ts";

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const allGames = (s: Scenario) => SEEDS.map((seed) => playBotGame(s, seed));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const everyEvent = (games: GameState[]) => games.flatMap((g) => g.log);

describe("bots", () => {
  it("give orders the engine accepts (under 2% refused)", () => {
    let orders = 0, refused = 0;
    for (const seed of SEEDS) {
      let s = createGame(scenario(), seed);
      while (!s.finished) {
        const o = allBotOrders(s);
        orders += Object.values(o).reduce((t, list) => t + list.length, 0);
        const r = resolveRound(s, o);
        refused += r.rejected.length;
        s = r.state;
      }
    }
    expect(orders).toBeGreaterThan(1000);
    expect(refused / orders).toBeLessThan(0.02);
  });

  it("are deterministic for a seed, and vary between seeds", () => {
    const s = createGame(scenario(), 4);
    for (const id of s.actorOrder) expect(botOrders(s, id)).toEqual(botOrders(s, id));
    expect(playBotGame(scenario(), 4)).toEqual(playBotGame(scenario(), 4));
    expect(playBotGame(scenario(), 4).history.at(-1)).not.toEqual(playBotGame(scenario(), 5).history.at(-1));
  });

  it("decide from their seat's view only: another seat's secrets do not change their orders", () => {
    let s = createGame(scenario(), 9);
    for (let i = 0; i < 4; i++) s = resolveRound(s, allBotOrders(s)).state;
    const secretly = structuredClone(s);
    secretly.actors.cloudlab!.cash += 5_000_000;
    secretly.actors.cloudlab!.smuggled.h100 = 0;
    secretly.actors.uae!.stock.h100! += 1;
    for (const id of ["us", "nvidia", "saudi", "startuplab"]) expect(botOrders(secretly, id)).toEqual(botOrders(s, id));
  });

  it("the US bot weighs risk: a hawk tightens controls, lists more firms and ends with less risk than a dove", () => {
    const withHawkishness = (h: number) => scenario((d) => {
      (d.actors[0] as { bot: { hawkishness: number } }).bot.hawkishness = h;
    });
    const hawk = allGames(withHawkishness(0.95)), dove = allGames(withHawkishness(0.05));
    const tightened = (games: GameState[]) => games.filter((g) => g.policies.controlThresholdTpp < g.scenario.policies.controlThresholdTpp).length;
    expect(tightened(hawk)).toBeGreaterThan(tightened(dove));
    const listings = (games: GameState[]) => everyEvent(games).filter((e) => e.kind === "entityList" && e.listed).length;
    expect(listings(hawk)).toBeGreaterThan(listings(dove));
    const risk = (games: GameState[]) => mean(games.map((g) => g.history.at(-1)!.indicators.securityRisk));
    expect(risk(hawk)).toBeLessThan(risk(dove));
  });

  it("take their tuning from the scenario, not from code: a hawk tightens to the scenario's line", () => {
    const hawkWithLine = (tpp: number) => scenario((d) => {
      (d.actors[0] as { bot: { hawkishness: number } }).bot.hawkishness = 0.95;
      d.bots.usGov.tightThreshold = tpp;
      d.bots.usGov.riskAlarm = 0;
    });
    const lines = (s: ReturnType<typeof scenario>) => new Set(allGames(s).flatMap((g) => g.log.filter((e) => e.kind === "policy" && e.policy === "controlThresholdTpp").map((e) => e.kind === "policy" && e.to)));
    expect(lines(hawkWithLine(2000))).toEqual(new Set([2000]));
    expect(lines(hawkWithLine(3000))).toEqual(new Set([3000]));
  });

  it("a Chinese firm smuggles only with a risk appetite for it", () => {
    const withAppetite = (appetite: number) => scenario((d) => {
      for (const a of d.actors) if (a.role === "chinaFirm") a.bot.riskAppetite = appetite;
    });
    const smuggled = (games: GameState[]) => mean(games.map((g) => g.history.at(-1)!.indicators.chinaCompute.smuggled + Object.values(g.seized).reduce((a, b) => a + b, 0)));
    expect(smuggled(allGames(withAppetite(0)))).toBe(0);
    expect(smuggled(allGames(withAppetite(0.9)))).toBeGreaterThan(0);
  });

  it("a Gulf state that values the US accepts security conditions; one that wants lease income does not", () => {
    const withGulf = (usAlignment: number, leaseAppetite: number) => scenario((d) => {
      for (const a of d.actors) if (a.role === "gulf") a.bot = { ...a.bot, usAlignment, leaseAppetite };
    });
    const conditioned = (games: GameState[]) => mean(games.map((g) => g.actorOrder.filter((id) => g.actors[id]!.securityConditions).length));
    const leasesToChina = (games: GameState[]) => mean(games.map((g) => g.leases.length));
    const loyal = allGames(withGulf(0.9, 0.1)), mercenary = allGames(withGulf(0.1, 0.9));
    expect(conditioned(loyal)).toBeGreaterThan(conditioned(mercenary));
    expect(leasesToChina(mercenary)).toBeGreaterThan(leasesToChina(loyal));
  });

  it("vendors chase legal revenue: one with no appetite for China sells it nothing, one with appetite sells it export-grade parts", () => {
    const withAppetite = (appetite: number) => scenario((d) => { for (const a of d.actors) if (a.role === "vendor") a.bot.chinaAppetite = appetite; d.bots.personalityJitter = 0; });
    const toChina = (games: GameState[]) => everyEvent(games).filter((e) => e.kind === "shipment" && !e.smuggled && ["cloudlab", "startuplab"].includes(e.to) && e.from !== "huawei");
    expect(toChina(allGames(withAppetite(0)))).toEqual([]);
    const sold = toChina(allGames(withAppetite(0.9)));
    expect(sold.length).toBeGreaterThan(0);
    for (const e of sold) if (e.kind === "shipment") for (const chip of Object.keys(e.chips)) expect(scenario().chipTypes.find((c) => c.id === chip)!.exportGrade).toBe(true);
  });
});
