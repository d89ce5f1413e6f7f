// Several server processes (REDIS_URL, DATABASE_URL): three real processes on a throw-away
// redis-server and PostgreSQL cluster. A game created through one process is joined through another;
// a class spreads its groups over the processes and one dashboard drives them all; a process killed
// mid-round loses no game: another takes it over, every accepted order kept, every client back in its
// seat by itself. The same suite runs against the default, one process with records in files (where
// "another process" is the same one, and a kill is a crash and restart).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClass, joinClass, joinStudent, type Student } from "../util/class.ts";
import { Comeback, oneProcess, threeProcesses, type Deployment } from "../util/deployment.ts";
import { api, createGame, until } from "../util/server.ts";
import { missingServices } from "../util/services.ts";

// in CI the services must be there (.ci/run installs them); elsewhere the suite says why it is skipped
const missing = process.env.CI === "true" ? null : missingServices();
const kinds: [string, () => Promise<Deployment>, boolean][] = [
  [`three processes on Redis and PostgreSQL${missing ? ` (skipped: ${missing})` : ""}`, threeProcesses, missing === null],
  ["one process with records in files", oneProcess, true],
];

for (const [name, start, runs] of kinds) {
  (runs ? describe : describe.skip)(name, () => {
    let d: Deployment;
    beforeAll(async () => { d = await start(); }, 120_000); // three processes starting on a busy machine
    afterAll(async () => { await d?.stop(); });

    it("a game created through one process is joined and played through the others", async () => {
      const game = await createGame(d.at(0));
      const host = await Comeback.join(d, d.at(1), game.code, { facilitatorKey: game.facilitatorKey, name: "Host" });
      const uae = await Comeback.join(d, d.at(2), game.code, { name: "Uae" });
      // the room stays where it was created; its clients connect to it there
      expect(d.holder(host.player)).toBe(d.at(0));
      expect(d.holder(uae.player)).toBe(d.at(0));
      uae.player.send("claimSeat", { actor: "uae" });
      await uae.player.waitFor("seat", (m) => m.actor === "uae");
      expect(await host.player.ask("facilitator", { command: "start" })).toEqual({ ok: true });
      expect(await host.player.ask("facilitator", { command: "advance" })).toEqual({ ok: true });
      expect(await uae.player.ask("orders", { actions: [{ kind: "build", slots: 300 }], submit: true })).toEqual({ ok: true });
      await until(() => uae.player.state.phase === "report");
      // every process lists it, live, and serves its record
      for (const p of d.processes) {
        expect((await api(p, "/api/games")).body).toContainEqual(expect.objectContaining({ gameId: game.code, round: 2, live: true }));
      }
      const record = await api(d.at(2), `/api/games/${game.code}/record`, { key: game.facilitatorKey });
      expect(record.body.entries.filter((e: { type: string }) => e.type === "resolved")).toEqual([
        expect.objectContaining({ round: 1, orders: expect.objectContaining({ uae: [{ kind: "build", slots: 300 }] }) }),
      ]);
      // a second process cannot open it again
      expect((await api(d.at(1), `/api/games/${game.code}/resume`, { body: { key: game.facilitatorKey } })).status).toBe(409);
      await Promise.all([host.leave(), uae.leave()]);
    });

    it("a class spread over the processes is driven from one dashboard", async () => {
      const c = await createClass(d.at(0), { groups: 3 });
      const teacher = await joinClass(d.at(1), c.code, { teacherKey: c.teacherKey });
      const students: Student[] = [];
      for (const [i, name] of ["Ana", "Ben", "Chen"].entries()) students.push(await joinStudent(d.at(i), c.code, name));
      expect(await teacher.ask("form", {})).toEqual({ ok: true });
      for (const [i, s] of students.entries()) await s.play(d.at(i + 1));
      const games: string[] = teacher.last("roster").games;
      // one group each, spread over the processes (all on the one, with one)
      const holders = new Set(students.map((s) => d.holder(s.game!)));
      expect(holders.size).toBe(Math.min(3, d.processes.length));

      const command = (command: Record<string, unknown>) => teacher.ask("command", { group: null, command });
      expect(await command({ command: "start" })).toEqual({ ok: true });
      expect(await command({ command: "advance" })).toEqual({ ok: true });
      await until(() => students.every((s) => s.game!.state.phase === "negotiation"));
      await Promise.all(students.map((s) => s.game!.ask("orders", { actions: [], submit: true })));
      await until(() => students.every((s) => s.game!.state.phase === "report"));
      // the dashboard heard every group, wherever it runs
      const heard = (g: number) => teacher.messages.filter((m) => m.type === "group" && m.body.group === g).at(-1)?.body;
      await until(() => [0, 1, 2].every((g) => heard(g)?.phase === "report"));
      for (const g of [0, 1, 2]) expect(heard(g)).toMatchObject({ gameId: games[g], round: 1, seats: expect.arrayContaining([expect.objectContaining({ names: [students[g]!.name], connected: 1 })]) });
      expect(await command({ command: "end" })).toEqual({ ok: true });
      await until(() => students.every((s) => s.game!.state.phase === "finished"));
      // and the class debrief reads every group's record, through any process
      const debrief = await api(d.at(2), `/api/classes/${c.code}/debrief`, { key: c.teacherKey });
      expect(debrief.status).toBe(200);
      expect(debrief.body.groups.map((g: { gameId: string }) => g.gameId)).toEqual(games);
      for (const p of [teacher, ...students.flatMap((s) => [s.inClass, s.game!])]) await p.leave().catch(() => undefined);
    });

    it("a process killed mid-round loses no game: it goes on elsewhere, every client back in its seat", async () => {
      const game = await createGame(d.at(0));
      const host = await Comeback.join(d, d.at(1), game.code, { facilitatorKey: game.facilitatorKey, name: "Host" });
      const seats: Record<string, Comeback> = {};
      for (const [i, actor] of ["uae", "us", "nvidia"].entries()) {
        const c = await Comeback.join(d, d.at(1 + i), game.code, { name: actor });
        c.player.send("claimSeat", { actor });
        await c.player.waitFor("seat", (m) => m.actor === actor && m.token);
        seats[actor] = c;
      }
      const { uae, us, nvidia } = seats as Record<string, Comeback>;
      const holder = d.holder(host.player);
      expect(holder).toBe(d.at(0));
      // round 1 played; round 2's orders: one seat submitted, one a draft, one nothing yet
      expect(await host.player.ask("facilitator", { command: "start" })).toEqual({ ok: true });
      expect(await host.player.ask("facilitator", { command: "advance" })).toEqual({ ok: true });
      const round1 = { uae: [{ kind: "build", slots: 500 }], us: [{ kind: "visit", target: "uae" }], nvidia: [] };
      for (const [actor, actions] of Object.entries(round1)) expect(await seats[actor]!.player.ask("orders", { actions, submit: true })).toEqual({ ok: true });
      await until(() => uae!.player.state.phase === "report");
      expect(await host.player.ask("facilitator", { command: "advance" })).toEqual({ ok: true });
      expect(await host.player.ask("facilitator", { command: "advance" })).toEqual({ ok: true });
      await until(() => uae!.player.state.phase === "negotiation" && uae!.player.state.round === 2);
      expect(await uae!.player.ask("orders", { actions: [{ kind: "build", slots: 700 }], submit: true })).toEqual({ ok: true });
      expect(await us!.player.ask("orders", { actions: [{ kind: "sovereignAI", share: 0.5 }], submit: false })).toEqual({ ok: false, error: expect.anything() });
      expect(await us!.player.ask("orders", { actions: [{ kind: "visit", target: "saudi" }], submit: false })).toEqual({ ok: true });
      const before = uae!.player.view("uae");

      await d.kill(holder);
      const everyone = [host, uae!, us!, nvidia!];
      await Promise.all(everyone.map((c) => c.back()));
      const now = d.holder(host.player);
      expect(d.processes).toContain(now);
      // each in its seat again, with its draft; the game paused where it was
      for (const [actor, c] of Object.entries(seats)) await c.player.waitFor("seat", (m) => m.actor === actor);
      await until(() => uae!.player.view("uae"));
      expect(uae!.player.view("uae").private.uae).toEqual(before.private.uae);
      expect(await uae!.player.waitFor("orders", (m) => m.actor === "uae")).toEqual({ actor: "uae", actions: [{ kind: "build", slots: 700 }], submitted: true });
      expect(await us!.player.waitFor("orders", (m) => m.actor === "us")).toEqual({ actor: "us", actions: [{ kind: "visit", target: "saudi" }], submitted: false });
      expect(host.player.state).toMatchObject({ phase: "negotiation", round: 2, paused: true });
      // exactly once: one process runs it
      const listed = await Promise.all(d.processes.map(async (p) => (await api(p, `/api/games/${game.code}`)).body));
      for (const l of listed) expect(l).toMatchObject({ live: true, round: 2 });

      // and it goes on
      expect(await host.player.ask("facilitator", { command: "resume" })).toEqual({ ok: true });
      expect(await us!.player.ask("orders", { actions: [{ kind: "visit", target: "saudi" }], submit: true })).toEqual({ ok: true });
      expect(await nvidia!.player.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
      await until(() => uae!.player.state.phase === "report" && uae!.player.state.round === 2);
      const record = await api(d.any(), `/api/games/${game.code}/record`, { key: game.facilitatorKey });
      const resolved = record.body.entries.filter((e: { type: string }) => e.type === "resolved");
      expect(resolved.map((r: { round: number }) => r.round)).toEqual([1, 2]);
      expect(resolved[0].orders).toMatchObject(round1);
      expect(resolved[1].orders).toMatchObject({ uae: [{ kind: "build", slots: 700 }], us: [{ kind: "visit", target: "saudi" }], nvidia: [] });
      await Promise.all(everyone.map((c) => c.leave()));
    }, 60_000);

    it("a process stopped gracefully hands its games over: they go on elsewhere, every client back", async () => {
      const game = await createGame(d.at(0));
      const host = await Comeback.join(d, d.at(0), game.code, { facilitatorKey: game.facilitatorKey, name: "Host" });
      const uae = await Comeback.join(d, d.at(0), game.code, { name: "Uae" });
      uae.player.send("claimSeat", { actor: "uae" });
      await uae.player.waitFor("seat", (m) => m.actor === "uae" && m.token);
      expect(await host.player.ask("facilitator", { command: "start" })).toEqual({ ok: true });
      expect(await uae.player.ask("orders", { actions: [{ kind: "build", slots: 200 }], submit: false })).toEqual({ ok: true });
      await d.restart(d.holder(host.player));
      await Promise.all([host.back(), uae.back()]);
      expect(d.processes).toContain(d.holder(uae.player));
      await uae.player.waitFor("seat", (m) => m.actor === "uae");
      expect(await uae.player.waitFor("orders", (m) => m.actor === "uae")).toMatchObject({ actions: [{ kind: "build", slots: 200 }] });
      expect(host.player.state).toMatchObject({ phase: "briefing", round: 1, paused: true });
      await Promise.all([host.leave(), uae.leave()]);
    }, 60_000);

    it("and no process reported a fault (a dead process found by a health check aside)", () => {
      const faults = d.output().split("\n").filter((line) => /error|fail|could not|cannot|fault/i.test(line) && !/Process '[\w-]+' failed to respond/.test(line));
      expect(faults).toEqual([]);
    });
  });
}
