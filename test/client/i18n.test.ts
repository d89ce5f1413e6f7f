// Every text in English and Chinese: the two dictionaries match, and every key the client uses exists.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dictionaries } from "../../client/i18n.ts";
import { LINK_STATES } from "../../client/map/model.ts";
import { DEAL_STATUSES, LICENCE_STATUSES } from "../../shared/engine/state.ts";
import { PHASE_NAMES, PHASES } from "../../shared/phases.ts";
import { POLICY_KEYS, ROLES } from "../../shared/scenario/schema.ts";

const CLIENT = new URL("../../client/", import.meta.url).pathname;
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));

describe("translations", () => {
  it("have the same keys in English and Chinese, none empty", () => {
    expect(Object.keys(dictionaries.zh).sort()).toEqual(Object.keys(dictionaries.en).sort());
    for (const [key, text] of Object.entries(dictionaries.zh)) expect(text.trim(), key).not.toBe("");
  });

  it("keep the same placeholders in both languages", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.en)) expect(holes(dictionaries.zh[key]!), key).toEqual(holes(dictionaries.en[key]!));
  });

  it("cover every key the client asks for", () => {
    const used = new Set<string>();
    for (const file of files(CLIENT)) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?<![\w.$])t\(\s*"([a-zA-Z0-9.]+)"/g)) used.add(m[1]!);
      for (const m of readFileSync(file, "utf8").matchAll(/(?<![\w.$])t\([^()]*\?\s*"([a-zA-Z0-9.]+)"\s*:\s*"([a-zA-Z0-9.]+)"/g)) { used.add(m[1]!); used.add(m[2]!); }
    }
    // keys built from a value
    for (const p of PHASE_NAMES) used.add(`phase.${p}`);
    for (const p of Object.values(PHASES)) if (p.continueLabel) used.add(p.continueLabel);
    for (const r of ROLES) used.add(`roleGroup.${r}`);
    for (const s of DEAL_STATUSES) { used.add(`dealStatus.${s}`); used.add(`ev.deal.${s}`); }
    for (const s of LICENCE_STATUSES) used.add(`licence.${s}`);
    for (const p of POLICY_KEYS) used.add(`policy.${p}`);
    for (const s of LINK_STATES) used.add(`link.${s}`);
    for (const d of ["approve", "approveWithConditions", "delay", "deny"]) used.add(`decision.${d}`);
    for (const p of ["orders", "deals", "chat", "report", "control"]) used.add(`panel.${p}`);
    for (const r of ["player", "facilitator", "spectator"]) used.add(`role.${r}`);
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter((k) => !(k in dictionaries.en));
    expect(missing).toEqual([]);
  });
});
