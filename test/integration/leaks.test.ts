// Leaks and abuse found by trying the server as an attacker would (issue 11), each through real SDK
// clients or plain HTTP against a real server.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEPTH_LIMIT } from "../../server/http.ts";
import { replay } from "../../shared/record.ts";
import { api, createGame, join, seatMarker, testServer, until, type Player, type TestServer } from "../util/server.ts";
import { defaultScenarioData } from "../util/setup.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

async function seated(code: string, actor: string, options: Record<string, unknown> = {}): Promise<{ player: Player; token: string }> {
  const player = await join(server, code, { name: actor, ...options });
  player.send("claimSeat", { actor });
  const { token } = await player.waitFor("seat", (b) => b.actor === actor);
  await until(() => player.view(actor));
  return { player, token };
}
const latin = (frames: Uint8Array[]) => frames.map((f) => Buffer.from(f).toString("latin1")).join("\n");

describe("changing seats", () => {
  it("takes the old seat's view away: by claimSeat, and when the facilitator assigns another", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    const { player: uae } = await seated(game.code, "uae");
    const { player: saudi } = await seated(game.code, "saudi");
    const { player: vendor } = await seated(game.code, "nvidia");
    const { player: hopper } = await seated(game.code, "uae", { name: "Hopper" });
    hopper.send("claimSeat", { actor: "qatar" });
    await until(() => hopper.view("qatar"));
    const afterClaim = hopper.frames().length;
    // the UAE gets an offer only its seat (and the facilitator) may see
    expect(await vendor.ask("deal", { action: { kind: "proposeDeal", to: "uae", give: { chips: { h100: 31 } }, get: { cash: 31_337 } } })).toEqual({ ok: true });
    await until(() => uae.view("uae").deals.some((d: any) => d.get.cash === 31_337));
    // the facilitator moves the hopper to Saudi Arabia, which then gets an offer of its own
    expect(await teacher.ask("facilitator", { command: "assignSeat", member: hopper.last("welcome").memberId, actor: "saudi" })).toEqual({ ok: true });
    await until(() => hopper.view("saudi"));
    const afterAssign = hopper.frames().length;
    expect(await vendor.ask("deal", { action: { kind: "proposeDeal", to: "qatar", give: { chips: { h100: 27 } }, get: { cash: 27_182 } } })).toEqual({ ok: true });
    expect(await vendor.ask("deal", { action: { kind: "proposeDeal", to: "saudi", give: { chips: { h100: 16 } }, get: { cash: 16_180 } } })).toEqual({ ok: true });
    await until(() => saudi.view("saudi").deals.some((d: any) => d.get.cash === 16_180));
    await until(() => hopper.view("saudi")?.deals.some((d: any) => d.get.cash === 16_180)); // the hopper's patches are in
    const sinceClaim = latin(hopper.frames().slice(afterClaim));
    const sinceAssign = latin(hopper.frames().slice(afterAssign));
    expect(sinceClaim).not.toContain("31337"); // the UAE's offer never reached the seat it left
    expect(sinceClaim).not.toContain(seatMarker({ kind: "actor", actor: "uae" }));
    expect(sinceAssign).not.toContain("27182"); // nor Qatar's, once moved on
    expect(sinceAssign).toContain("16180");
    expect([...hopper.state.views.keys()]).toEqual(["saudi"]);
    for (const p of [teacher, uae, saudi, vendor, hopper]) await p.leave();
  });
});

describe("opening rooms", () => {
  it("is the game API's alone: the matchmaking routes neither create, reopen nor join a game, and show no paths", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    await teacher.ask("facilitator", { command: "end" });
    await teacher.leave();
    await matchMaker.getLocalRoomById(game.code)!.disconnect(); // the finished game's room closes
    const open = await createGame(server, { private: false }); // a public game, running
    const rooms = matchMaker.stats.local.roomCount;
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    };
    for (const [path, body] of [
      ["/matchmake/create/game", { gameId: game.code }],
      ["/matchmake/create/game", { gameId: "NOSUCH" }],
      ["/matchmake/create/game", {}],
      ["/matchmake/join/game", {}],
      ["/matchmake/joinOrCreate/game", { gameId: game.code }],
    ] as const) {
      const res = await post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(res.text).not.toContain(server.dataDir);
      expect(res.text).not.toMatch(/jsonl|ENOENT|\/tmp\//);
    }
    expect(matchMaker.getLocalRoomById(game.code)).toBeUndefined(); // the finished game stays closed
    expect(matchMaker.stats.local.roomCount).toBe(rooms);
    // by its code, a game is joined as ever
    const p = await join(server, open.code);
    expect(p.state.code).toBe(open.code);
    await p.leave();
  });
});

describe("deal churn", () => {
  it("is bounded per seat and round by the scenario's limit, and the views with it", async () => {
    const data = defaultScenarioData();
    data.limits = { dealActionsPerRound: 6 };
    const created = await api(server, "/api/games", { body: { scenario: data, seed: 2, timers: { briefing: 600, negotiation: 600, orders: 600, report: 600 } } });
    expect(created.status).toBe(201);
    const { code, facilitatorKey } = created.body;
    const { player: vendor } = await seated(code, "nvidia");
    const offer = { kind: "proposeDeal", to: "uae", give: { cash: 1 }, get: { chips: { h100: 1 } } };
    for (let i = 0; i < 3; i++) {
      expect(await vendor.ask("deal", { action: offer })).toEqual({ ok: true });
      const open = await until(() => vendor.view("nvidia").deals.find((d: any) => d.status === "proposed"));
      expect(await vendor.ask("deal", { action: { kind: "withdrawDeal", deal: open.id } })).toEqual({ ok: true });
      await until(() => !vendor.view("nvidia").deals.some((d: any) => d.status === "proposed"));
    }
    const seventh = await vendor.ask("deal", { action: offer });
    expect(seventh).toMatchObject({ ok: false, error: { code: "dealLimit" } });
    expect(vendor.view("nvidia").deals).toHaveLength(3); // the withdrawn three; nothing more
    // a new round opens six more
    const teacher = await join(server, code, { facilitatorKey });
    await teacher.ask("facilitator", { command: "start" });
    for (let i = 0; i < 4; i++) await teacher.ask("facilitator", { command: "advance" }); // briefing → … → report → briefing
    await until(() => vendor.state.phase === "briefing" && vendor.state.round === 2);
    expect(await vendor.ask("deal", { action: offer })).toEqual({ ok: true });
    await vendor.leave(); await teacher.leave();
  });
});

describe("API errors", () => {
  const raw = async (path: string, init: RequestInit) => {
    const res = await fetch(`${server.base}${path}`, { method: "POST", ...init });
    const text = await res.text();
    return { status: res.status, type: res.headers.get("content-type") ?? "", text };
  };
  const clean = (r: { type: string; text: string }) => {
    expect(r.type).toMatch(/application\/json/);
    expect(r.text).not.toMatch(/<html|<pre|\bat \w+ \(|node_modules|\/work\/|\/tmp\//i);
    return JSON.parse(r.text) as { code: string; params: object; message: string };
  };

  it("are JSON with a refusal's code and parameters, a plain message, and no trace or path", async () => {
    const deep = `{"scenario":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    const tooDeep = await raw("/api/games", { headers: { "content-type": "application/json" }, body: deep });
    expect(tooDeep.status).toBe(400);
    expect(clean(tooDeep)).toEqual({ code: "tooDeep", params: { levels: DEPTH_LIMIT }, message: `the body nests deeper than ${DEPTH_LIMIT} levels` });

    const malformed = await raw("/api/games", { headers: { "content-type": "application/json" }, body: '{"scenarioId": "gulf-' });
    expect(malformed.status).toBe(400);
    expect(clean(malformed)).toEqual({ code: "badJson", params: {}, message: "the body is not valid JSON" });

    const untyped = await raw("/api/games", { body: new TextEncoder().encode(JSON.stringify({ scenarioId: "gulf-licensing-2024" })) });
    expect(untyped.status).toBe(415);
    expect(clean(untyped)).toMatchObject({ code: "notJson", message: expect.stringMatching(/Content-Type: application\/json/) });

    const resumeText = await raw("/api/games/ABCDEF/resume", { headers: { "content-type": "text/plain" }, body: "key=x" });
    expect(resumeText.status).toBe(415);
    clean(resumeText);

    const nowhere = await raw("/api/nothing-here", { headers: { "content-type": "application/json" }, body: "{}" });
    expect(nowhere.status).toBe(404);
    expect(clean(nowhere).code).toBe("noRoute");
  });
});

describe("a finished game's record", () => {
  it("gives players the public parts and their own seat's; the facilitator everything", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    const seats: Record<string, { player: Player; token: string }> = {};
    for (const actor of ["uae", "cloudlab", "us"]) seats[actor] = await seated(game.code, actor);
    const { uae, cloudlab, us } = seats as Record<string, { player: Player; token: string }>;
    uae!.player.send("chat", { to: "all", text: "hello all" });
    cloudlab!.player.send("chat", { to: "uae", text: "a private offer" });
    await uae!.player.waitFor("chat", (m) => m.text === "a private offer");
    expect(await cloudlab!.player.ask("orders", { actions: [{ kind: "training", share: 0.42 }], submit: false })).toEqual({ ok: true });
    await teacher.ask("facilitator", { command: "start" });
    await teacher.ask("facilitator", { command: "end" });
    await until(() => uae!.player.state.phase === "finished");

    const read = async (headers: Record<string, string>) => {
      const res = await fetch(`${server.base}/api/games/${game.code}/record`, { headers });
      expect(res.status).toBe(200);
      return res.json() as Promise<{ header: any; entries: any[] }>;
    };
    const texts = (r: { entries: any[] }) => r.entries.filter((e) => e.type === "chat").map((e) => e.text);
    const drafts = (r: { entries: any[] }) => r.entries.filter((e) => e.type === "orders").map((e) => e.actor);

    const anyone = await read({});
    expect(texts(anyone)).toEqual(["hello all"]);
    expect(drafts(anyone)).toEqual([]);
    expect(JSON.stringify(anyone)).not.toMatch(/tokenHash|facilitatorKeyHash/);
    const mine = await read({ "x-seat-token": uae!.token });
    expect(texts(mine)).toEqual(["hello all", "a private offer"]);
    expect(drafts(mine)).toEqual([]); // the UAE drafted nothing; the Chinese lab's draft is its own
    const lab = await read({ "x-seat-token": cloudlab!.token });
    expect(texts(lab)).toEqual(["hello all", "a private offer"]);
    expect(drafts(lab)).toEqual(["cloudlab"]);
    const other = await read({ "x-seat-token": us!.token });
    expect(texts(other)).toEqual(["hello all"]);
    const all = await read({ "x-facilitator-key": game.facilitatorKey });
    expect(texts(all)).toEqual(["hello all", "a private offer"]);
    expect(all.entries.filter((e) => e.type === "seat")).toHaveLength(3);
    // a player's copy still replays to the same game as the facilitator's
    const again = (r: { header: any; entries: any[] }) => replay([{ ...r.header, facilitatorKeyHash: "" }, ...r.entries]).state;
    expect(again(anyone)).toEqual(again(all));
    for (const p of [teacher, uae!.player, cloudlab!.player, us!.player]) await p.leave();
  });
});

describe("seat tokens and chat across a restart", () => {
  it("a player's earlier tokens stop working when it claims again; public chat comes back with the game", async () => {
    const game = await createGame(server);
    const { player, token: first } = await seated(game.code, "kuwait");
    player.send("claimSeat", { actor: "qatar" });
    const { token: second } = await player.waitFor("seat", (b) => b.actor === "qatar");
    player.send("claimSeat", { actor: "qatar" });
    const { token: third } = await player.waitFor("seat", (b) => b.actor === "qatar" && b.token !== second);
    player.send("chat", { to: "all", text: "anyone for a lease?" });
    await player.waitFor("chat", (m) => m.text === "anyone for a lease?");
    await player.leave();
    // the room closes and the facilitator opens it again from its record
    await matchMaker.getLocalRoomById(game.code)!.disconnect();
    expect((await api(server, `/api/games/${game.code}/resume`, { body: {}, key: game.facilitatorKey })).status).toBe(200);
    for (const stale of [first, second]) {
      const late = await join(server, game.code, { seatToken: stale });
      await late.waitFor("error", (e) => e.code === "badToken");
      expect([...late.state.views.keys()]).toEqual(["public"]);
      await late.leave();
    }
    const back = await join(server, game.code, { seatToken: third });
    await until(() => back.view("qatar"));
    expect(back.last("seat")).toMatchObject({ actor: "qatar" });
    expect((await back.waitFor("chat")).text).toBe("anyone for a lease?");
    await back.leave();
  });
});
