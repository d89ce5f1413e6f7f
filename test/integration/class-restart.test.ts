// The server dies mid-class (kill -9). A new one opens the class and all its groups again by
// itself: every student comes back to its group and seat with its token, drafts and all, the teacher
// finds every group where it was (paused), and the class goes on.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClass, joinClass, joinStudent, Student } from "../util/class.ts";
import { kill, serverProcess } from "../util/process.ts";
import { api, until, type Player } from "../util/server.ts";

const children: ChildProcess[] = [];
afterAll(() => { for (const c of children) c.kill("SIGKILL"); });

const lastStatus = (teacher: Player, group: number) => teacher.messages.filter((m) => m.type === "group" && m.body.group === group).at(-1)?.body;

describe("a restart mid-class", () => {
  it("resumes every group, with every student back in its seat", async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), "silicon-curtain-class-restart-"));
    const first = await serverProcess(dataDir, children);
    const c = await createClass(first, { groups: 3 });
    const teacher = await joinClass(first, c.code, { teacherKey: c.teacherKey });
    const students: Student[] = [];
    for (const name of ["Ana", "Ben", "Chen", "Dara", "Eli", "Femi"]) students.push(await joinStudent(first, c.code, name));
    expect(await teacher.ask("form", {})).toEqual({ ok: true });
    for (const s of students) await s.play(first);
    const games: string[] = teacher.last("roster").games;
    const everyone = () => students.map((s) => s.game!);
    const command = (command: Record<string, unknown>) => teacher.ask("command", { group: null, command });

    // round 1 played; round 2's negotiation under way, each group's first student with a draft
    expect(await command({ command: "start" })).toEqual({ ok: true });
    expect(await command({ command: "advance" })).toEqual({ ok: true });
    await Promise.all(everyone().map((p) => p.ask("orders", { actions: [], submit: true })));
    await until(() => everyone().every((p) => p.state.phase === "report"));
    expect(await command({ command: "advance" })).toEqual({ ok: true });
    await until(() => everyone().every((p) => p.state.phase === "briefing" && p.state.round === 2));
    expect(await command({ command: "advance" })).toEqual({ ok: true });
    await until(() => everyone().every((p) => p.state.phase === "negotiation"));
    const drafting = [0, 1, 2].map((g) => students.find((s) => s.placement.group === g)!);
    for (const s of drafting) expect(await s.game!.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
    const placements = students.map((s) => s.placement);

    // these clients come back by joining the new server, not by the SDK's reconnection
    for (const p of [teacher, ...students.flatMap((s) => [s.inClass, s.game!])]) p.room.reconnection.enabled = false;
    await kill(first);
    const second = await serverProcess(dataDir, children);

    // the class and its three games are open again without anyone asking
    const listed = (await api(second, "/api/games", { key: c.teacherKey })).body;
    for (const id of games) expect(listed).toContainEqual(expect.objectContaining({ gameId: id, live: true, finished: false }));
    expect((await api(second, `/api/classes/${c.code}/enter`, { body: {} })).body).toMatchObject({ code: c.code, groups: 3, live: true });

    const teacherBack = await joinClass(second, c.code, { teacherKey: c.teacherKey });
    await until(() => [0, 1, 2].every((g) => lastStatus(teacherBack, g)));
    for (let g = 0; g < 3; g++) expect(lastStatus(teacherBack, g)).toMatchObject({ gameId: games[g], phase: "negotiation", round: 2, paused: true });
    expect(teacherBack.last("roster").students.map((s: any) => [s.name, s.group, s.actor])).toEqual(students.map((s, i) => [s.name, placements[i]!.group, placements[i]!.actor]));

    // every student comes back with its token: same group, same seat, its draft still there
    const back = await Promise.all(students.map(async (s) => new Student(s.name, await joinClass(second, c.code, { token: s.token }))));
    for (const [i, s] of back.entries()) {
      expect(s.inClass.last("welcome").student.id).toBe(students[i]!.inClass.last("welcome").student.id);
      await s.play(second);
      expect(s.placement).toEqual(placements[i]);
    }
    for (const s of drafting) {
      const again = back.find((b) => b.name === s.name)!;
      expect(await again.game!.waitFor("orders", (m) => m.actor === s.placement.actor)).toMatchObject({ submitted: true });
    }

    // the class goes on: resumed from the dashboard, the round resolves in every group
    expect(await teacherBack.ask("command", { group: null, command: { command: "resume" } })).toEqual({ ok: true });
    await Promise.all(back.map((s) => s.game!.ask("orders", { actions: [], submit: true })));
    await until(() => back.every((s) => s.game!.state.phase === "report" && s.game!.state.round === 2), 10_000, "every group's report");
    // and a latecomer is placed by the class as it was before the restart: in group 0 (the first of
    // three with two students each), in the seat it needs next
    const late = await joinStudent(second, c.code, "Gao");
    await late.play(second);
    expect(late.placement).toMatchObject({ group: 0, actor: "uae" });
    // nothing of the first server's is lost: the roster has everyone once
    await until(() => teacherBack.last("roster")?.students.length === 7);
    for (const p of [teacherBack, late.inClass, late.game!, ...back.flatMap((s) => [s.inClass, s.game!])]) await p.leave().catch(() => undefined);
    second.child.kill("SIGTERM");
  }, 90_000);
});
