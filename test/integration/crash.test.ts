// Records that survive torn writes. The server runs with a fault injector (test/util/faulty-server.ts)
// that dies by SIGKILL in the middle of writing a record entry at random moments, or is killed -9 from
// outside at a random moment; each time a new server opens the game again while its players keep
// playing. Nothing any client was told had happened may be missing afterwards, every line of the
// record must read, and the record must replay to the game the server holds.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { viewFor } from "../../shared/engine/view.ts";
import { replay, type RecordEntry } from "../../shared/record.ts";
import { createGame, join, ROOT, until, type Player } from "../util/server.ts";
import { asSent } from "../../shared/view-wire.ts";

const children: ChildProcess[] = [];
afterAll(() => { for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL"); });

interface Life { base: string; ws: string; child: ChildProcess; stderr: () => string; dead: Promise<void> }

function start(dataDir: string, faults: { seed: number; chance: number } | null): Promise<Life> {
  const script = faults ? "test/util/faulty-server.ts" : "server/main.ts";
  const child = spawn(process.execPath, [script], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: "0", DATA_DIR: dataDir, RECONNECT_SECONDS: "1", FAULT_SEED: String(faults?.seed ?? 0), FAULT_CHANCE: String(faults?.chance ?? 0) },
  });
  children.push(child);
  let out = "", err = "";
  child.stdout!.on("data", (d) => { out += String(d); });
  child.stderr!.on("data", (d) => { err += String(d); });
  const dead = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return until(() => /localhost:(\d+)/.exec(out)?.[1], 15_000, "the server to start").then((port) => ({
    base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}`, child, stderr: () => err, dead,
  }));
}

const entriesOf = (dataDir: string, code: string) => readFileSync(joinPath(dataDir, "games", `${code}.jsonl`), "utf8");

describe("a server killed in the middle of writing", () => {
  it("loses nothing it confirmed, and its record stays whole", async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), "silicon-curtain-crash-"));
    let life = await start(dataDir, null);
    const game = await createGame(life, { timers: { briefing: 3600, negotiation: 3600, orders: 3600, report: 3600 } });
    const tokens: Record<string, string> = {};
    const confirmed = { chat: new Set<string>(), orders: new Set<number>() };
    let torn = 0;
    const lives = fc.sample(fc.record({ seed: fc.nat(), chance: fc.double({ min: 0.05, max: 0.3, noNaN: true }), killAfterMs: fc.integer({ min: 200, max: 2000 }) }), { numRuns: 4, seed: 11 });

    for (const [n, plan] of lives.entries()) {
      // players rejoin with their seat tokens and play until the server dies
      const teacher = await join(life, game.code, { facilitatorKey: game.facilitatorKey });
      const players: Record<string, Player> = {};
      for (const actor of ["uae", "cloudlab"]) {
        const p = await join(life, game.code, { name: actor, ...(tokens[actor] ? { seatToken: tokens[actor] } : {}) });
        if (!tokens[actor]) p.send("claimSeat", { actor });
        tokens[actor] ??= (await p.waitFor("seat", (b) => b.actor === actor)).token;
        await until(() => p.view(actor));
        players[actor] = p;
      }
      for (const p of [teacher, ...Object.values(players)]) p.room.reconnection.enabled = false; // they come back by joining the next server
      if (teacher.state.phase === "lobby") await teacher.ask("facilitator", { command: "start" });
      if (teacher.state.paused) await teacher.ask("facilitator", { command: "resume" });
      let stop = false;
      const sent = new Map<number, number>(); // seq → the share it ordered, a value no other order has
      const play = async (actor: string, p: Player) => {
        for (let step = 1; !stop; step++) {
          if (step % 3 === 0) p.send("chat", { to: "all", text: `${actor} ${n}.${step}` });
          else if (actor === "cloudlab") {
            const seq = n * 100_000 + step;
            sent.set(seq, seq / 10_000_000);
            p.send("orders", { actions: [{ kind: "training", share: seq / 10_000_000 }], submit: false, seq });
          }
          if (step % 40 === 0 && actor === "uae") teacher.send("facilitator", { command: "advance" });
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      const playing = Object.entries(players).map(([actor, p]) => play(actor, p));
      // the server may die by itself, mid-write; if not, it is killed -9 from outside
      if (n > 0) {
        const killer = setTimeout(() => life.child.kill("SIGKILL"), plan.killAfterMs);
        await life.dead;
        clearTimeout(killer);
      } else {
        await new Promise((r) => setTimeout(r, plan.killAfterMs));
        life.child.kill("SIGKILL");
        await life.dead;
      }
      stop = true;
      await Promise.allSettled(playing);
      // a chat message anyone heard, or an order acknowledged, had been written before
      for (const p of [teacher, ...Object.values(players)]) for (const m of p.messages) if (m.type === "chat") confirmed.chat.add(m.body.text);
      for (const m of players.cloudlab!.messages) if (m.type === "ack" && m.body.type === "orders" && sent.has(m.body.seq)) confirmed.orders.add(sent.get(m.body.seq)!);
      const text = entriesOf(dataDir, game.code);
      const wasTorn = !text.endsWith("\n");
      if (wasTorn) torn++;
      life = await start(dataDir, n + 1 < lives.length ? { seed: plan.seed, chance: plan.chance } : null);
      // the new server cut the torn entry off, and said so
      await until(() => !wasTorn || /cut back to its last complete entry/.test(life.stderr()), 5000, "the repair to be logged");
    }

    // every line of the record reads; nothing confirmed is missing
    const lines = entriesOf(dataDir, game.code).split("\n").filter((l) => l.trim());
    const entries = lines.map((l) => JSON.parse(l) as RecordEntry);
    const chat = new Set(entries.flatMap((e) => (e.type === "chat" ? [e.text] : [])));
    for (const text of confirmed.chat) expect(chat.has(text), `chat "${text}"`).toBe(true);
    const ordered = new Set(entries.flatMap((e) => (e.type === "orders" ? e.actions.map((a) => (a.kind === "training" ? a.share : -1)) : [])));
    for (const share of confirmed.orders) expect(ordered.has(share), `order ${share}`).toBe(true);
    expect(confirmed.chat.size + confirmed.orders.size).toBeGreaterThan(20);
    expect(torn, "the injector tore at least one write").toBeGreaterThan(0);
    // and the game the last server holds is the record's replay
    const teacher = await join(life, game.code, { facilitatorKey: game.facilitatorKey });
    const seen = await until(() => teacher.view("facilitator"));
    const { state } = replay(entries);
    expect(seen).toEqual(asSent(viewFor(state, { kind: "facilitator" }, { eventsSince: Math.max(1, state.round - 1) })));
    await teacher.leave();
    life.child.kill("SIGTERM");
    await life.dead;
  }, 120_000);
});
