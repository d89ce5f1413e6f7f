// Client figures: gzipped JavaScript for the first screen and in all, time from navigation to the
// first drawn map in headless Chromium on localhost, and frames per second while a round's flows
// animate on the map.
import { readdirSync, readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { Client } from "@colyseus/sdk";
import { startServer } from "../server/app.ts";
import { launch } from "../test/util/browser.ts";

export interface ClientFigures { firstScreenKB: number; totalKB: number; firstMapMs: number; fps: number; runs: number }

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist/client");
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchClient(runs = 5): Promise<ClientFigures> {
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
  const created = await (await fetch(`${base}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ scenarioId: "gulf-licensing-2024", seed: 3, timers: { briefing: 3600, negotiation: 3600, orders: 3600, report: 3600 } }) })).json();
  const host = await new Client(`ws://127.0.0.1:${server.port}`).joinById(created.code, { facilitatorKey: created.facilitatorKey });
  host.onMessage("*", () => {});
  for (const command of ["start", "advance", "advance", "advance"]) host.send("facilitator", { command });
  await new Promise((r) => setTimeout(r, 500));

  const browser = await launch();
  const times: number[] = [];
  let fps = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${base}/?projector=${created.code}`);
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
  await browser.close();
  await host.leave();
  await server.close();
  return {
    firstScreenKB: first.reduce((s, f) => s + gz(f), 0), totalKB: all.reduce((s, f) => s + gz(f), 0),
    firstMapMs: median(times), fps, runs,
  };
}
