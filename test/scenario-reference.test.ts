import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { REFERENCE_PATH, referenceText } from "../scripts/reference-file.ts";
import { scenarioFields, unitOf } from "../shared/scenario/reference.ts";
import { defaultScenarioData } from "./util/setup.ts";

describe("the scenario reference", () => {
  it("in docs/ is the one the schema and the default scenario generate", () => {
    const committed = readFileSync(REFERENCE_PATH, "utf8");
    expect(committed === referenceText().markdown, "docs/scenario-reference.md is stale: run `npm run scenario -- docs` and commit it").toBe(true);
  });

  it("lists a field for every value in the default scenario", () => {
    const { fields } = referenceText();
    // the fields with nothing under them, each path as a pattern over concrete paths: [] and [role=x]
    // match an index, .* any key; a concrete path may go on into a text's en/zh or a record's keys
    const below = (f: { path: string }, g: { path: string }) => g.path.length > f.path.length && g.path.startsWith(f.path) && /^[.[]/.test(g.path.slice(f.path.length));
    const patterns = fields.filter((f) => !fields.some((g) => below(f, g))).map((f) => new RegExp(`^${f.path.replace(/[.$]/g, "\\$&").replace(/\\\.\*/g, "\\.[^.[]+").replace(/\[[^\]]*\]/g, "\\[\\d+\\]")}(?=$|[.[])`));
    const leaves: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value) && value.length && value.every((v) => v !== null && typeof v === "object")) value.forEach((v, i) => visit(v, `${path}[${i}]`));
      else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length) for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
      else leaves.push(path);
    };
    visit(defaultScenarioData(), "");
    expect(leaves.length).toBeGreaterThan(300);
    expect(leaves.filter((leaf) => !patterns.some((p) => p.test(leaf)))).toEqual([]);
  });

  it("shows each field's type, unit, meaning and the default scenario's values", () => {
    const { fields, markdown } = referenceText();
    const field = (path: string) => fields.find((f) => f.path === path);
    expect(field("mechanics.smuggling.capacity")).toMatchObject({ type: "integer >= 0", unit: "chips per round", description: "chips per round the middlemen can move", value: "35000" });
    expect(field("chipTypes[].price")).toMatchObject({ type: "number > 0", unit: "$k per chip", value: expect.stringContaining("h100: 27; ") });
    expect(field("actors[role=gulf].sovereignShare")).toMatchObject({ type: "number between 0 and 1 (default 0.1)", value: "0.2 (all 4)" });
    expect(field("actors[role=vendor].productionCapacity")?.value).toBe("nvidia: 1200000; amd: 200000; intel: 60000; cerebras: 60");
    expect(field("events.scheduled[].effects[type=smugglingCapacity].percent")?.value).toBe("middlemen/0: 25; transit-permits/0: -20; operation-gatekeeper/1: -15; supermicro-indictment/1: -20");
    expect(markdown).toContain("| `mechanics.smuggling.capacity` | integer >= 0 | chips per round | chips per round the middlemen can move | 35000 |");
    expect(markdown).toMatch(/Source notes \(`chipTypes\[\]\.source`\) in the default scenario:\n\n- h100: S51 /);
    expect(markdown).toMatch(/\| S51 \| glennklockwood\.com/);
  });

  it("describes every field, an effect's fields once for bills and events alike", () => {
    const { undescribed, fields } = referenceText();
    expect(undescribed).toEqual([]);
    const cash = (path: string) => fields.find((f) => f.path === path);
    expect(cash("events.deck[].effects[type=cash].amount")).toMatchObject({ unit: "$M", description: "cash added (negative: taken)" });
    expect(cash("bills[].effects[type=cash].amount")?.description).toBe(cash("events.deck[].effects[type=cash].amount")?.description);
  });
});

describe("a field's unit", () => {
  it("comes from .meta({ unit }) first", () => {
    expect(unitOf({ unit: "chips per round", description: "list price, $k per chip" })).toBe("chips per round");
  });

  it("otherwise from a unit the description starts with, ends with after a comma, or names after 'in'", () => {
    expect(unitOf({ description: "list price, $k per chip" })).toBe("$k per chip");
    expect(unitOf({ description: "chips per round, all designs together" })).toBe("chips per round");
    expect(unitOf({ description: "$k per H100e per round paid by non-Chinese tenants" })).toBe("$k per H100e per round");
    expect(unitOf({ description: "default phase lengths in seconds" })).toBe("seconds");
    expect(unitOf({ description: "percent for a vendor whose large licence is denied" })).toBe("percent");
    expect(unitOf({ description: "share of idle compute that finds such tenants" })).toBeUndefined();
    expect(unitOf({ description: "chipset vendor" })).toBeUndefined();
    expect(unitOf({})).toBeUndefined();
  });

  it("reaches the reference through .meta() and .describe() alike", () => {
    const schema = z.strictObject({
      capacity: z.number().int().min(0).meta({ description: "how many chips the middlemen move", unit: "chips per round" }),
      chips: z.array(z.strictObject({ id: z.string(), price: z.number().describe("list price, $k per chip") })),
      both: z.number().describe("markup on smuggled chips").meta({ unit: "multiple of list price" }).optional(),
    });
    const fields = scenarioFields({ capacity: 5, chips: [{ id: "a", price: 2 }, { id: "b", price: 3 }] }, schema);
    expect(fields.map((f) => [f.path, f.type, f.unit, f.description, f.value])).toEqual([
      ["capacity", "integer >= 0", "chips per round", "how many chips the middlemen move", "5"],
      ["chips", "list of items (fields below)", undefined, undefined, ""],
      ["chips[].id", "text", undefined, undefined, 'a: "a"; b: "b"'],
      ["chips[].price", "number", "$k per chip", "list price, $k per chip", "a: 2; b: 3"],
      ["both", "number (optional)", "multiple of list price", "markup on smuggled chips", ""],
    ]);
  });
});
