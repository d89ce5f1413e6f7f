// A record cut at any byte by a crash opens again with every complete entry, and what is written
// after it reads back at the next opening.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Header, RecordEntry } from "../shared/record.ts";
import { GameRecord, readRecord } from "../server/records.ts";
import { capture } from "./util/console.ts";

const header = (gameId: string): Header => ({
  type: "header", gameId, code: gameId, createdAt: 1, scenario: {}, seed: 1,
  settings: { bots: true, private: false, timers: { briefing: 1, negotiation: 1, orders: 1, report: 1 } }, facilitatorKeyHash: "x",
});
const chat = (text: string, at: number): RecordEntry => ({ type: "chat", from: "uae", fromName: "Ümit 王", to: "all", text, at });
const file = (dir: string, id: string) => join(dir, "games", `${id}.jsonl`);

describe("a game record", () => {
  it("cut at any byte, opens with its complete entries, and goes on writing whole lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "silicon-curtain-records-"));
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { minLength: 1, maxLength: 12 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 4 }),
      async (before, cutAt, after) => {
        const id = `G${++n}`;
        const written = GameRecord.create(dir, header(id));
        before.forEach((text, i) => written.append(chat(text, i)));
        written.close();
        const full = readFileSync(file(dir, id));
        const lineEnds = [...full.entries()].filter(([, b]) => b === 10).map(([i]) => i + 1);
        const cut = lineEnds[0]! + Math.floor(cutAt * (full.length - lineEnds[0]!)); // the header stays
        truncateSync(file(dir, id), cut);
        const whole = lineEnds.filter((end) => end <= cut).length; // entries that were complete

        const { value: opened, lines } = await capture("warn", async () => GameRecord.open(dir, id));
        expect(opened.entries).toHaveLength(whole);
        expect(lines).toHaveLength(lineEnds.includes(cut) ? 0 : 1);
        if (lines.length) expect(lines[0]).toMatch(new RegExp(`game ${id}: .*cut back to its last complete entry`));
        after.forEach((text, i) => opened.record.append(chat(text, 100 + i)));
        opened.record.close();

        const again = readRecord(dir, id);
        expect(again.map((e) => (e.type === "chat" ? e.text : e.type))).toEqual(["header", ...before.slice(0, whole - 1), ...after]);
      },
    ), { numRuns: 150 });
  });

  it("written by a server that glued an entry onto a torn line, still reads every later line", () => {
    const dir = mkdtempSync(join(tmpdir(), "silicon-curtain-records-"));
    const lines = [header("OLD"), chat("one", 1), chat("two", 2), chat("three", 3)].map((e) => JSON.stringify(e));
    // the bug of old: "two" torn half-way, then "three" appended right onto it, then more
    const glued = `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 20)}${lines[3]}\n${JSON.stringify(chat("four", 4))}\n`;
    GameRecord.create(dir, header("OLD")).close();
    writeFileSync(file(dir, "OLD"), glued);
    expect(readRecord(dir, "OLD").map((e) => (e.type === "chat" ? e.text : e.type))).toEqual(["header", "one", "four"]);
  });
});
