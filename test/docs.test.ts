// docs/model.md stays true to the scenario format: every tunable path it names exists in the schema.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { scenarioSchema } from "../shared/scenario/schema.ts";

const MODEL = readFileSync(new URL("../docs/model.md", import.meta.url), "utf8");

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; valueType?: z.ZodType };
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a path step can lead to: unwraps optional and default values, and every option of a union. */
function resolve(schema: z.ZodType, steps: string[]): boolean {
  const d = def(schema);
  if (d.innerType) return resolve(d.innerType, steps);
  if (d.type === "union") return d.options!.some((o) => resolve(o, steps));
  if (steps.length === 0) return true;
  const [step, ...rest] = steps;
  if (step === "[]") return d.type === "array" && resolve(d.element!, rest);
  if (d.type === "object") return step! in d.shape! && resolve(d.shape![step!]!, rest);
  if (d.type === "record") return resolve(d.valueType!, rest);
  return false;
}

/** `a.b[].c` in backticks, starting with a top-level scenario field. */
function namedPaths(text: string): string[] {
  const top = Object.keys(def(scenarioSchema).shape!);
  return [...text.matchAll(/`([a-zA-Z]\w*(?:\[\])?(?:\.\w+(?:\[\])?)+)`/g)].map((m) => m[1]!).filter((p) => top.includes(p.split(/[.[]/)[0]!));
}

describe("docs/model.md", () => {
  const paths = namedPaths(MODEL);

  it("names the paths that tune each mechanic", () => {
    expect(paths.length).toBeGreaterThan(80);
    for (const must of ["mechanics.orders.deliveryRounds", "mechanics.retaliation.unitCostIncrease", "actors[].computeTarget", "bots.personalityJitter", "policies.remoteAccess"]) {
      expect(paths).toContain(must);
    }
  });

  it("names only paths that exist in the scenario schema", () => {
    const missing = paths.filter((p) => !resolve(scenarioSchema, p.replaceAll("[]", ".[]").split(".").filter(Boolean)));
    expect(missing).toEqual([]);
  });

  it("the check itself catches a path that does not exist", () => {
    expect(resolve(scenarioSchema, ["mechanics", "orders", "deliveryRounds"])).toBe(true);
    expect(resolve(scenarioSchema, ["mechanics", "orders", "deliveryDays"])).toBe(false);
    expect(resolve(scenarioSchema, ["actors", "[]", "bot", "hawkishness"])).toBe(true);
    expect(resolve(scenarioSchema, ["actors", "[]", "bot", "greed"])).toBe(false);
  });
});
