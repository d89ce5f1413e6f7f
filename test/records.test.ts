// The record stores, files and PostgreSQL, pass one suite: what is appended is read back whole and
// in order, after reopening too; a record is written by one process at a time; a game left open by a
// process that stopped is found to resume. Then what is particular to each: a file cut at any byte by
// a crash, and a PostgreSQL record taken over from a process that stopped renewing its claim.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Header, RecordEntry } from "../shared/record.ts";
import { FileStore } from "../server/file-store.ts";
import { PgStore } from "../server/pg-store.ts";
import { RecordBusy, RecordError, type RecordStore } from "../server/records.ts";
import { capture } from "./util/console.ts";
import { findPostgres, startPostgres, type Service } from "./util/services.ts";

const header = (gameId: string, createdAt = 1, settings: Partial<Header["settings"]> = {}): Header => ({
  type: "header", gameId, code: gameId, createdAt, scenario: { id: "s", title: { en: "S", zh: "S" }, calendar: { rounds: 12 } }, seed: 1,
  settings: { bots: true, private: false, timers: { briefing: 1, negotiation: 1, orders: 1, report: 1 }, ...settings }, facilitatorKeyHash: "x",
});
const chat = (text: string, at: number): RecordEntry => ({ type: "chat", from: "uae", fromName: "Ümit 王", to: "all", text, at });
const texts = (entries: RecordEntry[]) => entries.map((e) => (e.type === "chat" ? e.text : e.type));
let ids = 0;
const newId = () => `G${process.pid}x${++ids}`;

// in CI PostgreSQL must be there (.ci/run installs it); elsewhere its part is skipped, saying why
const hasPostgres = findPostgres() !== null || process.env.CI === "true";
const NO_POSTGRES = " (skipped: PostgreSQL's initdb and postgres not found; on Debian: apt-get install postgresql)";
let postgres: Service | undefined;
const stores: RecordStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  await postgres?.stop();
});

interface Kind { name: string; make(): Promise<RecordStore>; another(first: RecordStore): Promise<RecordStore> }
const files: Kind = {
  name: "files",
  make: async () => new FileStore(mkdtempSync(join(tmpdir(), "silicon-curtain-records-"))),
  // the next process on the same folder
  another: async (first) => new FileStore((first as FileStore).dataDir),
};
const pg: Kind = {
  name: "PostgreSQL",
  make: async () => {
    postgres ??= await startPostgres();
    const store = await PgStore.connect(postgres.url, 30);
    stores.push(store);
    return store;
  },
  another: () => pg.make(),
};

for (const kind of [files, pg]) {
  const run = kind === files || hasPostgres ? describe : describe.skip;
  run(`records in ${kind.name}${kind === files || hasPostgres ? "" : NO_POSTGRES}`, () => {
    let store: RecordStore;
    beforeAll(async () => { store = await kind.make(); });

    it("start with their header, under a code that cannot be taken twice", async () => {
      const id = newId();
      expect(await store.create("games", id, header(id))).toBe(true);
      expect(await store.create("games", id, header(id, 2))).toBe(false);
      expect(await store.read("games", id)).toEqual([header(id)]);
      await expect(store.read("games", newId())).rejects.toThrow(RecordError);
      await expect(store.read("games", "no/such")).rejects.toThrow(/not a game code/);
      await expect(store.create("classes", "../x", header("x"))).rejects.toThrow(/not a class code/);
    });

    it("read back what was appended, whole and in order, after reopening too", async () => {
      await fc.assert(fc.asyncProperty(
        fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 12 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
        async (before, after) => {
          const id = newId();
          await store.create("games", id, header(id));
          const first = await store.open<RecordEntry>("games", id);
          expect(first.entries).toEqual([header(id)]);
          before.forEach((text, i) => first.writer.append(chat(text, i)));
          await first.writer.settled();
          expect(first.writer.pending).toBe(false);
          await first.writer.close();
          const again = await store.open<RecordEntry>("games", id);
          expect(texts(again.entries)).toEqual(["header", ...before]);
          after.forEach((text, i) => again.writer.append(chat(text, 100 + i)));
          await again.writer.close();
          expect(texts(await store.read("games", id))).toEqual(["header", ...before, ...after]);
        },
      ), { numRuns: kind === files ? 100 : 25 });
    });

    it("are written by one process at a time: open here, not again until closed", async () => {
      const id = newId();
      await store.create("classes", id, { type: "header" });
      const open = await store.open("classes", id);
      await expect(store.open("classes", id)).rejects.toThrow(RecordBusy);
      expect(await store.live("classes", id)).toBe(true);
      await open.writer.close();
      expect(await store.live("classes", id)).toBe(false);
      await (await store.open("classes", id)).writer.close();
    });

    it("list games newest first, with the round, whether over and whether open", async () => {
      const mine = await kind.make();
      const [a, b, c] = [newId(), newId(), newId()];
      await mine.create("games", a, header(a, 10, { private: true, class: { code: "CLASS1", group: 1 } }));
      await mine.create("games", b, header(b, 30));
      await mine.create("games", c, header(c, 20));
      const open = await mine.open<RecordEntry>("games", b);
      open.writer.append({ type: "resolved", round: 1, orders: {}, at: 1 });
      open.writer.append({ type: "resolved", round: 2, orders: {}, at: 2 });
      await open.writer.settled();
      const done = await mine.open<RecordEntry>("games", c);
      done.writer.append({ type: "finished", reason: "ended", at: 3 });
      await done.writer.close();
      const listed = (await mine.list()).filter((r) => [a, b, c].includes(r.header.gameId));
      expect(listed.map((r) => [r.header.gameId, r.round, r.finished, r.live])).toEqual([[b, 3, false, true], [c, 1, true, false], [a, 1, false, false]]);
      // the summary holds what a listing needs, not the scenario
      expect(listed[2]!.header).toEqual({
        gameId: a, code: a, createdAt: 10, scenario: { id: "s", title: { en: "S", zh: "S" }, calendar: { rounds: 12 } },
        settings: { private: true, class: { code: "CLASS1", group: 1 } }, facilitatorKeyHash: "x",
      });
      await open.writer.close();
    });

    it("left open by a process that stopped are found by the next, to resume", async () => {
      const first = await kind.make();
      const [playing, over, closed] = [newId(), newId(), newId()];
      for (const id of [playing, over, closed]) await first.create("games", id, header(id));
      await first.create("classes", `C${playing}`, { type: "header" });
      await (await first.open("games", closed)).writer.close(); // closed while the process ran: idle
      const games = [await first.open<RecordEntry>("games", playing), await first.open<RecordEntry>("games", over)];
      const taught = await first.open("classes", `C${playing}`);
      games[1]!.writer.append({ type: "finished", reason: "ended", at: 1 });
      first.stopping();
      for (const g of [...games, taught]) await g.writer.close();
      const next = await kind.another(first);
      const orphans = await next.orphans(Date.now() - 60_000);
      expect(orphans.games).toContain(playing);
      expect(orphans.games).not.toContain(over);
      expect(orphans.classes).toContain(`C${playing}`);
      // a shared store knows which were closed on purpose; files, of one process, do not
      if (next.shared) expect(orphans.games).not.toContain(closed);
      // and not those older than asked for
      expect((await next.orphans(Date.now() + 60_000)).games).not.toContain(playing);
      await (await next.open("games", playing)).writer.close();
    });

    it("share a secret between the processes of a deployment", async () => {
      const value = await store.secret("test");
      expect(value).toMatch(/^[\w-]{20,}$/);
      expect(await store.secret("test")).toBe(value);
      if (store.shared) expect(await (await kind.another(store)).secret("test")).toBe(value);
    });
  });
}

describe("a game record in a file", () => {
  const file = (store: FileStore, id: string) => store.file("games", id);

  it("cut at any byte, opens with its complete entries, and goes on writing whole lines", async () => {
    const store = await files.make() as FileStore;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { minLength: 1, maxLength: 12 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 4 }),
      async (before, cutAt, after) => {
        const id = newId();
        await store.create("games", id, header(id));
        const written = await store.open<RecordEntry>("games", id);
        before.forEach((text, i) => written.writer.append(chat(text, i)));
        await written.writer.close();
        const full = readFileSync(file(store, id));
        const lineEnds = [...full.entries()].filter(([, b]) => b === 10).map(([i]) => i + 1);
        const cut = lineEnds[0]! + Math.floor(cutAt * (full.length - lineEnds[0]!)); // the header stays
        truncateSync(file(store, id), cut);
        const whole = lineEnds.filter((end) => end <= cut).length; // entries that were complete

        const { value: opened, lines } = await capture("warn", () => store.open<RecordEntry>("games", id));
        expect(opened.entries).toHaveLength(whole);
        expect(lines).toHaveLength(lineEnds.includes(cut) ? 0 : 1);
        if (lines.length) expect(lines[0]).toMatch(new RegExp(`game ${id}: .*cut back to its last complete entry`));
        after.forEach((text, i) => opened.writer.append(chat(text, 100 + i)));
        await opened.writer.close();

        expect(texts(await store.read("games", id))).toEqual(["header", ...before.slice(0, whole - 1), ...after]);
      },
    ), { numRuns: 150 });
  });

  it("written by a server that glued an entry onto a torn line, still reads every later line", async () => {
    const store = await files.make() as FileStore;
    const lines = [header("OLD"), chat("one", 1), chat("two", 2), chat("three", 3)].map((e) => JSON.stringify(e));
    // the bug of old: "two" torn half-way, then "three" appended right onto it, then more
    const glued = `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 20)}${lines[3]}\n${JSON.stringify(chat("four", 4))}\n`;
    await store.create("games", "OLD", header("OLD"));
    writeFileSync(file(store, "OLD"), glued);
    expect(texts(await store.read("games", "OLD"))).toEqual(["header", "one", "four"]);
  });
});

(hasPostgres ? describe : describe.skip)(`a game record in PostgreSQL${hasPostgres ? "" : NO_POSTGRES}`, () => {
  it("whose process stopped renewing its claim is taken over by another, and the first writes nothing more", async () => {
    const first = await pg.make() as PgStore;
    const second = await pg.make() as PgStore;
    const id = newId();
    await first.create("games", id, header(id));
    const stalled = await first.open<RecordEntry>("games", id);
    stalled.writer.append(chat("kept", 1));
    await stalled.writer.settled();
    await expect(second.open("games", id)).rejects.toThrow(/open on another server process/);
    // the first process's claim runs out, as if it had stalled or died
    await first.pool.query("UPDATE records SET lease_until = now() - interval '1 second' WHERE id = $1", [id]);
    expect((await second.orphans(Date.now() - 60_000)).games).toContain(id);
    const taken = await second.open<RecordEntry>("games", id);
    expect(texts(taken.entries)).toEqual(["header", "kept"]);
    const lost: Error[] = [];
    stalled.writer.onLost = (error) => lost.push(error);
    stalled.writer.append(chat("too late", 2));
    stalled.writer.append(chat("later still", 3));
    await expect(stalled.writer.settled()).rejects.toThrow(/taken over by another server process/);
    expect(lost).toHaveLength(1);
    taken.writer.append(chat("second", 2));
    await taken.writer.close();
    expect(texts(await first.read("games", id))).toEqual(["header", "kept", "second"]);
    await stalled.writer.close();
    expect(await second.live("games", id)).toBe(false); // the first's close does not let go of what it lost
  });

  it("writes many records' entries together, each record whole and in order; a record taken over fails alone", async () => {
    const store = await pg.make() as PgStore;
    const ids = Array.from({ length: 20 }, newId);
    for (const id of ids) await store.create("games", id, header(id));
    const open = await Promise.all(ids.map((id) => store.open<RecordEntry>("games", id)));
    const lost = ids[3]!;
    await store.pool.query("UPDATE records SET holder = 'another process' WHERE id = $1", [lost]);
    // appended round-robin, all at once: they share statements
    for (let n = 1; n <= 30; n++) for (const { writer } of open) writer.append(chat(`m${n}`, n));
    const results = await Promise.allSettled(open.map(({ writer }) => writer.settled()));
    expect(results.map((r) => r.status)).toEqual(ids.map((id) => (id === lost ? "rejected" : "fulfilled")));
    const all = Array.from({ length: 30 }, (_, i) => `m${i + 1}`);
    for (const id of ids) expect(texts(await store.read("games", id))).toEqual(id === lost ? ["header"] : ["header", ...all]);
    for (const { writer } of open) await writer.close();
  });
});
