// Client figures: gzipped JavaScript for the first screen and in all, time from navigation to the
// first drawn map in headless Chromium on localhost, frames per second while a round's flows animate
// on the map, and the longest main-thread task in any open page when the last round's report arrives
// (a game played to the end by bots, watched by the facilitator, a seat and the projector).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Client, type Room } from "@colyseus/sdk";
import type { Browser, Page } from "playwright-core";
import { startServer } from "../server/app.ts";
import { launch } from "../test/util/browser.ts";
import { until } from "../test/util/until.ts";
import { median } from "./stats.ts";

export interface ClientFigures {
  firstScreenKB: number; totalKB: number; firstMapMs: number; fps: number; runs: number;
  /** the longest task on a page's main thread from the last round's resolution until its report has settled, each try */
  reportTaskMs: number[];
}

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist/client");
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const LONG = { briefing: 3600, negotiation: 3600, orders: 3600, report: 3600 };


async function newGame(base: string, port: number, seed: number): Promise<{ code: string; key: string; host: Room }> {
  const created = await (await fetch(`${base}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ scenarioId: "gulf-licensing-2024", seed, timers: LONG }) })).json();
  const host = await new Client(`ws://127.0.0.1:${port}`).joinById(created.code, { facilitatorKey: created.facilitatorKey });
  host.onMessage("*", () => {});
  return { code: created.code, key: created.facilitatorKey, host };
}

/** Moves the game on one phase and waits until the room is in the next. */
async function advance(host: Room): Promise<void> {
  const state = host.state as unknown as { phase: string; round: number };
  const before = `${state.phase}:${state.round}`;
  host.send("facilitator", { command: "advance" });
  await until(() => `${state.phase}:${state.round}` !== before, 30_000, "the next phase");
}

/** The longest task on any renderer's main thread in a Chromium trace, in ms. */
function longestTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  let longest = 0;
  for (const e of events) if (e.name === "RunTask" && e.ph === "X" && mains.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, (e.dur ?? 0) / 1000);
  return longest;
}

/**
 * A game played by bots to its last round's orders with three pages open (the facilitator's, a
 * player's in the NVIDIA seat, the projector's); then the last round is resolved under a trace.
 */
async function reportTask(browser: Browser, base: string, port: number, seed: number): Promise<number> {
  const { code, key, host } = await newGame(base, port, seed);
  const pages: Page[] = [];
  const open = async (path: string, init?: string) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    pages.push(page);
    return page;
  };
  // the facilitator's page holds the key the creator's browser keeps
  await open(`/?game=${code}`, `localStorage.setItem("sc.hostKeys", ${JSON.stringify(JSON.stringify({ [code]: key }))})`);
  const player = await open(`/?join=${code}`);
  await player.click("form button.primary");
  await player.click('[data-actor="nvidia"] button.claim');
  await player.waitForSelector('[data-actor="nvidia"].mine');
  await open(`/?projector=${code}`);
  host.send("facilitator", { command: "start" });
  const state = host.state as unknown as { phase: string; round: number; rounds: number };
  await until(() => state.phase === "briefing", 30_000, "the start");
  while (!(state.round === state.rounds && state.phase === "orders")) {
    await advance(host);
    // the pages keep up with the game as people would, a round at a time
    if (state.phase === "report") await new Promise((r) => setTimeout(r, 300));
  }
  await new Promise((r) => setTimeout(r, 1500));
  await browser.startTracing(pages[0], { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await advance(host); // resolution, then the report
  await Promise.all(pages.map((p) => p.waitForSelector(".phase-report", { timeout: 30_000 })));
  await new Promise((r) => setTimeout(r, 3000));
  const trace = await browser.stopTracing();
  // TRACE_OUT=prefix keeps each trace, to open in Chromium's performance panel
  if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}-${seed}.json`, trace);
  const longest = longestTask(trace);
  for (const p of pages) await p.context().close();
  await host.leave();
  return longest;
}

export async function benchClient(runs = 5, reportRuns = 3): Promise<ClientFigures> {
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  // the first screen loads the entry script and what it preloads; Phaser and the debrief come later
  const index = readFileSync(join(dist, "index.html"), "utf8");
  const first = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => join(dist, m[1]!));
  const all = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js")).map((f) => join(dist, "assets", f));

  const server = await startServer({
    port: 0, dataDir: mkdtempSync(join(tmpdir(), "silicon-curtain-bench-")), scenariosDir: join(root, "assets/scenarios"),
    clientDir: dist, reconnectSeconds: 60, idleMinutes: 10,
  });
  const base = `http://127.0.0.1:${server.port}`;
  // a game one round in, so the map has flows to animate
  const { code, host } = await newGame(base, server.port, 3);
  host.send("facilitator", { command: "start" });
  for (let i = 0; i < 4; i++) await advance(host);

  const browser = await launch();
  const times: number[] = [];
  let fps = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${base}/?projector=${code}`);
    await page.waitForFunction(() => (window as unknown as { __mapDrawn?: number }).__mapDrawn !== undefined, undefined, { timeout: 20_000 });
    times.push(await page.evaluate(() => (window as unknown as { __mapDrawn: number }).__mapDrawn));
    if (i === runs - 1) {
      await page.waitForTimeout(1000);
      fps = await page.evaluate(() => new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = () => {
          frames++;
          if (performance.now() - start < 3000) requestAnimationFrame(tick);
          else resolve(frames / ((performance.now() - start) / 1000));
        };
        requestAnimationFrame(tick);
      }));
    }
    await context.close();
  }
  await host.leave();
  const reportTaskMs: number[] = [];
  for (let i = 0; i < reportRuns; i++) reportTaskMs.push(await reportTask(browser, base, server.port, 11 + i));
  await browser.close();
  await server.close();
  return {
    firstScreenKB: first.reduce((s, f) => s + gz(f), 0), totalKB: all.reduce((s, f) => s + gz(f), 0),
    firstMapMs: median(times), fps, runs, reportTaskMs,
  };
}
