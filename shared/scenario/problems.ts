// Turns zod issues into one plain line each: `actors[3].cash: expected a number >= 0, got "ten"`.
import type { z } from "zod";

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue & { input?: unknown };
// zod's internal definition tree, read only to name a number's bounds in messages
export type Def = { type: string; [k: string]: unknown };
export type Node = { _zod: { def: Def } };

export function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(file)" : out;
}

export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

const ARTICLE: Record<string, string> = {
  number: "a number", int: "an integer", string: "a string", boolean: "true or false",
  object: "an object", array: "a list", record: "an object", tuple: "a list",
};

/** The schema found at `path`, following the data through unions; undefined when it cannot tell. */
function schemaAt(root: Node, path: Path, data: unknown): Node | undefined {
  let node: Node | undefined = root;
  let value = data;
  for (const key of path) {
    node = unwrap(node, value);
    if (!node) return undefined;
    const def: Def = node._zod.def;
    if (def.type === "object") node = (def.shape as Record<string, Node>)[String(key)];
    else if (def.type === "array") node = def.element as Node;
    else if (def.type === "record") node = def.valueType as Node;
    else if (def.type === "tuple") node = (def.items as Node[])[key as number];
    else return undefined;
    value = value != null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return unwrap(node, value);
}

/** Through optional, default and nullable wrappers, and into the option of a discriminated union that
 * `value`'s tag picks; undefined when no option fits. */
export function unwrap(node: Node | undefined, value: unknown): Node | undefined {
  while (node) {
    const def: Def = node._zod.def;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") node = def.innerType as Node;
    else if (def.type === "union" && typeof def.discriminator === "string") {
      const tag = value != null && typeof value === "object" ? (value as Record<string, unknown>)[def.discriminator] : undefined;
      node = (def.options as Node[]).find((o) => {
        const field = (o._zod.def.shape as Record<string, Node> | undefined)?.[def.discriminator as string];
        return field?._zod.def.type === "literal" && (field._zod.def.values as unknown[]).includes(tag);
      });
    } else return node;
  }
  return undefined;
}

/** "a number >= 0", "an integer between 1 and 4", from the checks on a number schema. */
export function describeNumber(node: Node): string {
  const checks = ((node._zod.def.checks ?? []) as Node[]).map((c) => c._zod.def);
  const int = checks.some((c) => c.check === "number_format" && c.format === "safeint");
  const low = checks.find((c) => c.check === "greater_than");
  const high = checks.find((c) => c.check === "less_than");
  const noun = int ? "an integer" : "a number";
  if (low && high && low.inclusive && high.inclusive) return `${noun} between ${low.value} and ${high.value}`;
  const parts = [noun];
  if (low) parts.push(`${low.inclusive ? ">=" : ">"} ${low.value}`);
  if (high) parts.push(`${low ? "and " : ""}${high.inclusive ? "<=" : "<"} ${high.value}`);
  return parts.join(" ");
}

function expectation(issue: Issue, root: Node, data: unknown): string {
  if (issue.code === "invalid_type" || issue.code === "too_small" || issue.code === "too_big") {
    const node = schemaAt(root, issue.path, data);
    if (node?._zod.def.type === "number") return describeNumber(node);
  }
  switch (issue.code) {
    case "invalid_type": return ARTICLE[issue.expected] ?? `a ${issue.expected}`;
    case "too_small":
      if (issue.origin === "array") return `at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      if (issue.origin === "string") return `at least ${issue.minimum} character${issue.minimum === 1 ? "" : "s"}`;
      return `a value ${issue.inclusive ? ">=" : ">"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `at most ${issue.maximum} items`;
      return `a value ${issue.inclusive ? "<=" : "<"} ${issue.maximum}`;
    case "invalid_value": return `one of ${issue.values.map((v) => show(v)).join(", ")}`;
    default: return "";
  }
}

/** One line per zod issue, with the JSON path first. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: z.ZodType, data: unknown): string[] {
  const lines: string[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    const where = formatPath(issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) lines.push(`${formatPath([...issue.path, key])}: unknown field (not part of the scenario format)`);
      continue;
    }
    if (issue.code === "invalid_union" && "discriminator" in issue && Array.isArray((issue as { options?: unknown }).options)) {
      const options = (issue as unknown as { options: unknown[] }).options.map((o) => show(o)).join(", ");
      const tag = issue.input != null && typeof issue.input === "object" ? (issue.input as Record<string, unknown>)[String(issue.discriminator)] : undefined;
      lines.push(`${where}: expected one of ${options}, got ${show(tag)}`);
      continue;
    }
    if (issue.code === "invalid_format" || issue.code === "custom") {
      lines.push(`${where}: ${issue.message}, got ${show(issue.input)}`);
      continue;
    }
    const expected = expectation(issue, root as unknown as Node, data);
    if (!expected) lines.push(`${where}: ${issue.message}`);
    else if (issue.input !== undefined) lines.push(`${where}: expected ${expected}, got ${show(issue.input)}`);
    else lines.push(`${where}: missing, expected ${expected}`);
  }
  return lines;
}
