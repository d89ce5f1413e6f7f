// Parameter sweeps: `--set path=v1,v2` settings, applied to scenario data one combination at a time,
// and the row of figures a sweep prints for each combination.
import { formatPath } from "./scenario/problems.ts";
import type { BalanceReport } from "./sim.ts";

export type Segment = string | number;
/** One `--set`: a JSON path into the scenario and the values to try there. */
export interface Setting { path: string; segments: Segment[]; values: unknown[] }
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * `mechanics.smuggling.capacity=10000,35000` or `actors.us.bot.hawkishness=0.2,0.8`. A path steps into
 * objects by key and into lists by index (`actors[0]`, `actors.0`) or by the `id` of an element
 * (`actors.us`). Values are JSON where they parse as JSON (`12`, `true`, `[0.5,2]`), text otherwise.
 */
export function parseSetting(arg: string): Parsed<Setting> {
  const eq = arg.indexOf("=");
  if (eq < 1) return { ok: false, problem: `--set ${arg}: expected path=value1,value2,... (e.g. mechanics.smuggling.capacity=10000,35000)` };
  const path = arg.slice(0, eq);
  const segments = parsePath(path);
  if (!segments) return { ok: false, problem: `--set ${arg}: "${path}" is not a JSON path like mechanics.smuggling.capacity or actors[0].bot.hawkishness` };
  const pieces = splitTopLevel(arg.slice(eq + 1));
  if (pieces.some((p) => p.trim() === "")) return { ok: false, problem: `--set ${arg}: a value is empty (values are separated by commas)` };
  return { ok: true, value: { path, segments, values: pieces.map(parseValue) } };
}

function parsePath(path: string): Segment[] | undefined {
  const segments: Segment[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m || (m[1] === "" && m[2] === "") || (m[1] === "" && segments.length === 0)) return undefined;
    if (m[1]) segments.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const [, n] of m[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(n));
  }
  return segments;
}

/** Splits on the commas that are not inside brackets, braces or quotes, so `[0.5,2]` stays one value. */
function splitTopLevel(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0, quoted = false, start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) { if (c === "\\") i++; else if (c === '"') quoted = false; }
    else if (c === '"') quoted = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) { pieces.push(text.slice(start, i)); start = i + 1; }
  }
  pieces.push(text.slice(start));
  return pieces;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Every combination of the settings' values, the first setting varying slowest. */
export function combinations(settings: Setting[]): Map<Setting, unknown>[] {
  let combos: Map<Setting, unknown>[] = [new Map()];
  for (const s of settings) combos = combos.flatMap((c) => s.values.map((v) => new Map([...c, [s, v]])));
  return combos;
}

/** A copy of `data` with each setting's value put at its path, or the first path that leads nowhere. */
export function applySettings(data: unknown, combo: Map<Setting, unknown>): Parsed<unknown> {
  const copy = structuredClone(data);
  for (const [setting, value] of combo) {
    const problem = put(copy, setting, value);
    if (problem) return { ok: false, problem: `--set ${setting.path}: ${problem}` };
  }
  return { ok: true, value: copy };
}

function put(root: unknown, setting: Setting, value: unknown): string | undefined {
  let node = root;
  const { segments } = setting;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i]!;
    const last = i === segments.length - 1;
    const here = i === 0 ? "the scenario" : `"${formatPath(segments.slice(0, i))}"`;
    if (Array.isArray(node)) {
      const index = typeof key === "number" ? key : node.findIndex((e) => (e as { id?: unknown } | null)?.id === key);
      if (index < 0) return `${here} is a list with no element whose id is "${key}"`;
      if (index >= node.length) return `${here} is a list of ${node.length}, so it has no element ${index}`;
      if (last) node[index] = value;
      else node = node[index];
    } else if (node !== null && typeof node === "object") {
      const object = node as Record<string, unknown>;
      if (typeof key === "number") return `${here} is an object, not a list`;
      // a new field may be set (an optional one the file leaves out); the schema rejects unknown ones
      if (last) object[key] = value;
      else if (!Object.hasOwn(object, key)) return `${here} has no field "${key}" (it has ${Object.keys(object).join(", ")})`;
      else node = object[key];
    } else {
      return `${here} is ${JSON.stringify(node)}, which has no fields`;
    }
  }
  return undefined;
}

/** One combination's figures: final-round means of the tracked indicators, and win shares. */
export interface SweepRow {
  settings: Record<string, unknown>;
  final: Record<string, number>;
  groupWins: Record<string, number>;
  actorWins: Record<string, number>;
}

export function sweepRow(combo: Map<Setting, unknown>, report: BalanceReport): SweepRow {
  return {
    settings: Object.fromEntries([...combo].map(([s, v]) => [s.path, v])),
    final: Object.fromEntries(Object.entries(report.trajectories).map(([name, series]) => [name, series.at(-1)!])),
    groupWins: Object.fromEntries(report.groups.map((g) => [g.role, g.winShare])),
    actorWins: Object.fromEntries(report.actors.map((a) => [a.id, a.winShare])),
  };
}
