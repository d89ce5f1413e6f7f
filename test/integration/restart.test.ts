// The server process dies mid-game; a new one resumes the game from its record, players reclaim
// their seats, and no accepted order of a completed round is lost.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serverProcess as start } from "../util/process.ts";
import { api, createGame, join, until, type Player } from "../util/server.ts";

const children: ChildProcess[] = [];
afterAll(() => { for (const c of children) c.kill("SIGKILL"); });

const serverProcess = (dataDir: string) => start(dataDir, children);

describe("a server restart", () => {
  it("loses nothing: the game opens again and players reclaim their seats", async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), "silicon-curtain-restart-"));
    const first = await serverProcess(dataDir);
    const game = await createGame(first);
    const old = await createGame(first); // a game nobody has touched for a long time
    const teacher = await join(first, game.code, { facilitatorKey: game.facilitatorKey });
    const seats: Record<string, { player: Player; token: string }> = {};
    for (const actor of ["uae", "us"]) {
      const player = await join(first, game.code, { name: actor });
      player.send("claimSeat", { actor });
      const { token } = await player.waitFor("seat", (b) => b.actor === actor);
      seats[actor] = { player, token };
    }
    const { uae, us } = seats as Record<string, { player: Player; token: string }>;
    await teacher.ask("facilitator", { command: "start" });
    const submitted: Record<number, Record<string, unknown[]>> = {};
    for (let round = 1; round <= 2; round++) {
      await until(() => uae!.player.state.round === round && uae!.player.state.phase === "briefing");
      await teacher.ask("facilitator", { command: "advance" });
      const orders = { uae: [{ kind: "build", slots: 500 * round }], us: [{ kind: "visit", target: "uae" }] };
      submitted[round] = orders;
      expect(await uae!.player.ask("orders", { actions: orders.uae, submit: true })).toEqual({ ok: true });
      expect(await us!.player.ask("orders", { actions: orders.us, submit: true })).toEqual({ ok: true });
      await until(() => uae!.player.state.phase === "report");
      await teacher.ask("facilitator", { command: "advance" });
    }
    await until(() => uae!.player.state.round === 3);
    // a draft for round 3, not yet submitted, then the server dies without warning
    expect(await uae!.player.ask("orders", { actions: [{ kind: "sovereignAI", share: 0.5 }], submit: false })).toEqual({ ok: true });
    const viewBefore = uae!.player.view("uae");
    // these clients come back by joining the new server, not by the SDK's reconnection
    for (const p of [teacher, uae!.player, us!.player]) p.room.reconnection.enabled = false;
    first.child.kill("SIGKILL");
    await until(() => first.child.exitCode !== null || first.child.signalCode !== null);

    const longAgo = new Date(Date.now() - 24 * 3600_000);
    utimesSync(joinPath(dataDir, "games", `${old.code}.jsonl`), longAgo, longAgo);
    const second = await serverProcess(dataDir);
    const listed = await api(second, "/api/games");
    // a game being played when the server died opens again by itself
    expect(listed.body).toContainEqual(expect.objectContaining({ gameId: game.code, finished: false, live: true, resumable: false, round: 3 }));
    expect((await api(second, `/api/games/${game.code}/resume`, { body: {} })).status).toBe(403);
    expect((await api(second, `/api/games/${game.code}/resume`, { body: { key: game.facilitatorKey } })).status).toBe(409);
    // one left idle stays closed until its facilitator resumes it
    expect(listed.body).toContainEqual(expect.objectContaining({ gameId: old.code, live: false, resumable: true }));
    expect((await api(second, `/api/games/${old.code}/resume`, { body: { key: old.facilitatorKey } })).status).toBe(200);

    const uaeBack = await join(second, game.code, { seatToken: uae!.token });
    await until(() => uaeBack.view("uae"));
    const viewAfter = uaeBack.view("uae");
    expect(viewAfter.round).toBe(3);
    expect(viewAfter.private.uae).toEqual(viewBefore.private.uae);
    expect(viewAfter.indicators).toEqual(viewBefore.indicators);
    expect(await uaeBack.waitFor("orders", (m) => m.actor === "uae")).toEqual({ actor: "uae", actions: [{ kind: "sovereignAI", share: 0.5 }], submitted: false });

    // every order accepted in the completed rounds is in the record, as it was submitted
    const record = await api(second, `/api/games/${game.code}/record`, { key: game.facilitatorKey });
    const resolved = record.body.entries.filter((e: { type: string }) => e.type === "resolved");
    expect(resolved).toHaveLength(2);
    for (const r of resolved) {
      expect(r.orders.uae).toEqual(submitted[r.round]!.uae);
      expect(r.orders.us).toEqual(submitted[r.round]!.us);
    }

    // and the game goes on
    const teacherBack = await join(second, game.code, { facilitatorKey: game.facilitatorKey });
    const usBack = await join(second, game.code, { seatToken: us!.token });
    await until(() => usBack.view("us"));
    // in the phase it was in (round 3's briefing), paused until the facilitator resumes
    expect(teacherBack.state.phase).toBe("briefing");
    expect(teacherBack.state.paused).toBe(true);
    expect(await teacherBack.ask("facilitator", { command: "resume" })).toEqual({ ok: true });
    await teacherBack.ask("facilitator", { command: "advance" });
    expect(await uaeBack.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
    expect(await usBack.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
    await until(() => uaeBack.state.phase === "report" && uaeBack.view("uae").indicators.length === 3);
    for (const p of [uaeBack, usBack, teacherBack]) await p.leave();
    second.child.kill("SIGTERM");
  }, 60_000);
});
