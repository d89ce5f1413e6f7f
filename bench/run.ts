// npm run bench: prints the project's speed and memory figures, each with its target.
// npm run bench -- engine | server | processes | class | views | client   runs one part only.
import { benchEngine } from "./engine.ts";
import { benchServer } from "./server.ts";
import { benchClient } from "./client.ts";
import { benchViews } from "./views.ts";
import { benchRecords } from "./records.ts";
import { benchClass } from "./class.ts";
import { benchProcesses } from "./processes.ts";
import { readFileSync } from "node:fs";
import { DEFAULT_SCENARIO, readScenarioOrExit } from "../scripts/load-scenario-file.ts";

const only = process.argv[2];
const f = (x: number, digits = 1) => x.toFixed(digits).padStart(8);

if (!only || only === "engine") {
  const e = benchEngine(readScenarioOrExit(DEFAULT_SCENARIO));
  console.log("Engine (default scenario, 12 rounds, 11 bots, one core)");
  console.log(`  full bot games per second      ${f(e.gamesPerSecond, 0)}     target >= 1000   (median of batches, ${e.games} games)`);
  console.log(`  resolveRound median            ${f(e.medianRoundMicros)} µs  target < 200 µs  (p95 ${e.p95RoundMicros.toFixed(1)} µs, ${e.rounds} rounds)`);
}

if (!only || only === "server") {
  const s = await benchServer();
  console.log(`\nServer (${s.games} games x ${s.clients / s.games} clients = ${s.clients} clients, one order per client every 500 ms, clients in another process)`);
  console.log("                               bare echo room    game room    ratio");
  console.log(`  clients held                 ${f(s.bare.clients, 0)}      ${f(s.game.clients, 0)}`);
  console.log(`  orders acked per second      ${f(s.bare.perSecond, 0)}      ${f(s.game.perSecond, 0)}  ${f(s.game.perSecond / s.bare.perSecond, 2)}   target >= 0.80`);
  console.log(`  order→ack p50 (ms)           ${f(s.bare.p50, 2)}      ${f(s.game.p50, 2)}  ${f(s.game.p50 / s.bare.p50, 2)}`);
  console.log(`  order→ack p95 (ms)           ${f(s.bare.p95, 2)}      ${f(s.game.p95, 2)}  ${f(s.game.p95 / s.bare.p95, 2)}   target <= 2.00`);
  console.log(`  errors                       ${f(s.bare.errors, 0)}      ${f(s.game.errors, 0)}`);
  console.log(`  server CPU (share of a core) ${f(s.cpuBare, 2)}      ${f(s.cpuGame, 2)}`);
  console.log(`  game server memory per room  ${f(s.memoryPerRoomMB, 2)} MB RSS, ${s.heapPerRoomMB.toFixed(2)} MB heap`);
  const raw = JSON.parse(readFileSync(DEFAULT_SCENARIO, "utf8"));
  const r = await benchRecords(raw, readScenarioOrExit(DEFAULT_SCENARIO));
  console.log(`  listing ${r.records} finished games' records (${r.recordKB.toFixed(0)} KB each): ${r.listColdMs.toFixed(0)} ms the first time (at start-up), ${r.listWarmMs.toFixed(0)} ms after`);
  console.log(`  one finished game's record for a player (read, replay, cut)      ${f(r.recordRouteMs)} ms`);
}

if (!only || only === "processes") {
  const p = await benchProcesses();
  console.log(`\nSeveral processes (${p.games} games x ${p.clients / p.games} clients = ${p.clients} clients, twice the server's load, one order per client every 500 ms; clients in two other processes)`);
  console.log("                               bare echo room   1 process   1 process      2 processes");
  console.log("                               (1 process)      (files)     (PostgreSQL)   (Redis + PostgreSQL)");
  const row = (label: string, get: (r: typeof p.bare) => number, digits: number, ratio = false) => {
    const cell = (r: typeof p.bare) => `${f(get(r), digits)}${ratio ? ` ${(get(r) / get(p.bare)).toFixed(2).padStart(5)}` : "      "}`;
    console.log(`  ${label.padEnd(29)}${f(get(p.bare), digits)}        ${cell(p.one)} ${cell(p.onePg)}    ${cell(p.two)}`);
  };
  row("clients held", (r) => r.figures.clients, 0);
  row("orders acked per second", (r) => r.figures.perSecond, 0, true);
  row("order→ack p50 (ms)", (r) => r.figures.p50, 2, true);
  row("order→ack p95 (ms)", (r) => r.figures.p95, 2, true);
  row("errors", (r) => r.figures.errors, 0);
  row("joins tried again", (r) => r.figures.retries, 0);
  row("server CPU (cores, summed)", (r) => r.cpu, 2);
  console.log("  (beside each game figure: its ratio to the bare room's)");
}

if (!only || only === "class") {
  const c = await benchClass();
  console.log(`\nClass (${c.groups} groups x ${c.perGroup} clients, every client submits at once, ${c.inStep.rounds} rounds after a first one; clients in another process)`);
  console.log("  from the last submit to the report          separate games   class in step    ratio");
  console.log(`  each client's report p50 (ms)               ${f(c.games.clientP50)}         ${f(c.inStep.clientP50)}  ${f(c.inStep.clientP50 / c.games.clientP50, 2)}`);
  console.log(`  each client's report p95 (ms)               ${f(c.games.clientP95)}         ${f(c.inStep.clientP95)}  ${f(c.inStep.clientP95 / c.games.clientP95, 2)}`);
  console.log(`  every client's report, per round, p50 (ms)  ${f(c.games.allP50)}         ${f(c.inStep.allP50)}  ${f(c.inStep.allP50 / c.games.allP50, 2)}`);
  console.log(`  every client's report, per round, p95 (ms)  ${f(c.games.allP95)}         ${f(c.inStep.allP95)}  ${f(c.inStep.allP95 / c.games.allP95, 2)}`);
}

if (!only || only === "views") {
  const { seats, figures } = await benchViews();
  console.log("\nViews on the wire (one 12-round game: a facilitator and 3 seats played by SDK clients, 8 bots)");
  console.log("  bytes a client receives in a round / the state it has decoded, rounds 2-11 (round 1 fills the view, round 12 reveals all)");
  console.log("  client           median      max  round 11   target   per round  decoded (r11)  round 12");
  for (const s of seats) {
    console.log(`  ${s.who.padEnd(13)} ${f(s.medianRatio * 100)}% ${f(s.maxRatio * 100)}% ${f(s.lastRatio * 100)}%   <= 10%  ${f(s.medianKB)} KB  ${f(s.lastDecodedKB)} KB  ${f(s.revealKB)} KB`);
  }
  console.log(`  first state of a facilitator joining after round 12: ${(figures.firstStateBytes / 1024).toFixed(1)} KB (encoder buffer ${figures.bufferBytes / 1024} KB; ${figures.warnings} buffer warnings)`);
}

if (!only || only === "client") {
  const c = await benchClient();
  console.log("\nClient (production build, headless Chromium on localhost, 1366x768)");
  console.log(`  first-screen JavaScript (gzip)  ${f(c.firstScreenKB)} KB  target <= 600 KB   (all JavaScript: ${c.totalKB.toFixed(0)} KB)`);
  console.log(`  navigation to first drawn map   ${f(c.firstMapMs, 0)} ms  target < 1000 ms  (median of ${c.runs} loads)`);
  console.log(`  frames per second, flows moving ${f(c.fps)}     target >= 55`);
  console.log(`  longest main-thread task when the round-12 report arrives (facilitator, seat and projector open)`);
  console.log(`                                  ${f(Math.max(...c.reportTaskMs), 0)} ms  target <= 50 ms   (worst of ${c.reportTaskMs.length} games: ${c.reportTaskMs.map((x) => x.toFixed(0)).join(", ")} ms)`);
  process.exit(0);
}
