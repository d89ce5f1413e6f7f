// The reference of every scenario field, generated from the zod schema: path, type, unit, meaning, and
// the default scenario's value and source note. `npm run scenario -- docs` writes it to
// docs/scenario-reference.md.
//
// Meaning and unit come from each field's metadata in schema.ts: `.meta({ description, unit })`, or
// `.describe(text)` with the unit written in the text (see unitOf).
import { z } from "zod";
import { describeNumber, type Def, type Node } from "./problems.ts";
import { scenarioSchema } from "./schema.ts";

export interface FieldDoc {
  path: string;
  type: string;
  unit?: string;
  description?: string;
  /** the default scenario's value, as text; "" when the default scenario leaves the field out */
  value: string;
  /** the source note of the nearest object around the field that has one (fields outside lists only) */
  source?: string;
  /** for the `source` field of list elements: each element's note, by its id */
  notes?: { label: string; text: string }[];
  /** where the schema declares the field (an object's schema and the key): the same for a field the
   * scenario reaches by several paths, such as an effect's fields in bills and in events */
  site?: { owner: object; key: string };
}

/** A step from the scenario's root towards a field: a key, every element of a list or record, or the
 * elements of a union of one kind. */
type Step = { key: string } | { each: "list" | "record" } | { tag: string; is: unknown };

// Units a description may start with (or end with, after a comma or "in"), each optionally followed by
// "per …" terms: "$k per chip", "chips per round", "$k per H100e per round".
const UNITS = ["$k", "$M", "US dollars", "millions of shares", "chip slots", "chips", "H100e-rounds", "H100e",
  "H100-equivalents of compute", "rounds", "seconds", "months", "percent", "capability points", "support points", "points"];
const PER = ["chip slot", "chip", "H100e", "round", "share", "vendor", "shipment", "doubling"];
const escape = (s: string) => s.replace(/[$()]/g, "\\$&");
const UNIT = new RegExp(`^(?:${UNITS.map(escape).join("|")})(?: per (?:${PER.map(escape).join("|")}))*(?=$|[ ,;:])`);

/**
 * The unit of a field: `.meta({ unit })` if it has one; otherwise a unit named at the start of the
 * description ("chips per round, all designs"), after its last comma ("list price, $k per chip"), or
 * after a final "in" ("phase lengths in seconds"), from the UNITS list.
 */
export function unitOf(meta: { unit?: unknown; description?: string }): string | undefined {
  if (typeof meta.unit === "string") return meta.unit;
  const text = meta.description;
  if (!text) return undefined;
  const after = (sep: string) => (text.includes(sep) ? [text.slice(text.lastIndexOf(sep) + sep.length)] : []);
  for (const candidate of [text, ...after(", "), ...after(" in ")]) {
    const found = UNIT.exec(candidate);
    if (found) return found[0];
  }
  return undefined;
}

/** Through optional/default/nullable wrappers; metadata of the outer wrapper wins over the inner. */
function peel(schema: Node): { node: Node; meta: Record<string, unknown>; optional: boolean; fallback?: unknown } {
  let node = schema;
  let meta: Record<string, unknown> = {};
  let optional = false;
  let fallback: unknown;
  for (;;) {
    meta = { ...(z.globalRegistry.get(node as unknown as z.ZodType) ?? {}), ...meta };
    const def: Def = node._zod.def;
    if (def.type === "optional" || def.type === "nullable") optional = true;
    else if (def.type === "default") fallback ??= def.defaultValue;
    else return { node, meta, optional, fallback };
    node = def.innerType as Node;
  }
}

const shapeOf = (node: Node) => node._zod.def.shape as Record<string, Node>;
const isText = (node: Node) => node._zod.def.type === "object" && Object.keys(shapeOf(node)).join() === "en,zh";
const isTaggedUnion = (node: Node) => node._zod.def.type === "union" && typeof node._zod.def.discriminator === "string";
/** A field documented in one row: not an object, a tagged union, nor a list or record of those. */
function isLeaf(node: Node): boolean {
  const def = node._zod.def;
  if (def.type === "array") return isLeaf(peel(def.element as Node).node);
  if (def.type === "record") return isLeaf(peel(def.valueType as Node).node);
  return isText(node) || (def.type !== "object" && !isTaggedUnion(node));
}

function typeOf(schema: Node): string {
  const { node } = peel(schema);
  const def = node._zod.def;
  if (isText(node)) return "text in English and Chinese {en, zh}";
  switch (def.type) {
    case "number": return describeNumber(node).replace(/^an? /, "");
    case "boolean": return "true or false";
    case "string": {
      // a pattern is named by its error message: "expected an id: a lower-case letter, …" gives "id"
      const regex = ((def.checks ?? []) as Node[]).map((c) => c._zod.def).find((c) => c.format === "regex");
      if (!regex) return "text";
      const message = typeof regex.error === "function" ? String(regex.error()) : "";
      return message.startsWith("expected ") ? message.replace(/^expected (an? )?/, "").split(":")[0]! : `text matching \`${String(regex.pattern).slice(1, -1)}\``;
    }
    case "literal": return (def.values as unknown[]).map((v) => JSON.stringify(v)).join(" or ");
    case "enum": return `one of ${Object.values(def.entries as Record<string, unknown>).map((v) => `\`${String(v)}\``).join(", ")}`;
    case "union":
      if (isTaggedUnion(node)) return `one of ${(def.options as Node[]).length} kinds, by \`${String(def.discriminator)}\``;
      return (def.options as Node[]).map(typeOf).join(" or ");
    case "tuple": return `[${(def.items as Node[]).map(typeOf).join(", ")}]`;
    case "array": {
      const min = ((def.checks ?? []) as Node[]).map((c) => c._zod.def).find((c) => c.check === "min_length")?.minimum;
      const element = peel(def.element as Node).node;
      const what = isLeaf(element) ? typeOf(element) : isTaggedUnion(element) ? `items of ${typeOf(element).replace(/^one of /, "")}` : "items (fields below)";
      return `list of ${what}${min ? `, at least ${min}` : ""}`;
    }
    case "record": return `object: ${typeOf(def.keyType as Node)} → ${isLeaf(peel(def.valueType as Node).node) ? typeOf(def.valueType as Node) : "object (fields below)"}`;
    case "object": return "object";
    default: return def.type;
  }
}

function pathText(steps: Step[]): string {
  let out = "";
  for (const s of steps) {
    if ("key" in s) out += out ? `.${s.key}` : s.key;
    else if ("each" in s) out += s.each === "list" ? "[]" : ".*";
    else out = out.endsWith("[]") ? `${out.slice(0, -1)}${s.tag}=${String(s.is)}]` : `${out}[${s.tag}=${String(s.is)}]`;
  }
  return out;
}

interface Found { label: string; value: unknown; source?: string }

/** The default scenario's values at a path, each labelled with the ids (or indices) of its list elements. */
function valuesAt(data: unknown, steps: Step[]): Found[] {
  let found: Found[] = [{ label: "", value: data }];
  const noteOf = (f: Found) => {
    const note = (f.value as { source?: unknown } | null)?.source;
    return typeof note === "string" ? note : f.source;
  };
  const label = (f: Found, part: string) => (f.label ? `${f.label}/${part}` : part);
  for (const step of steps) {
    if ("key" in step) {
      found = found.flatMap((f) => {
        const value = (f.value as Record<string, unknown> | null)?.[step.key];
        return value === undefined ? [] : [{ ...f, value, source: noteOf(f) }];
      });
    } else if ("each" in step) {
      found = found.flatMap((f) => {
        if (Array.isArray(f.value)) return f.value.map((e, i) => ({ label: label(f, String((e as { id?: unknown } | null)?.id ?? i)), value: e, source: f.source }));
        if (f.value && typeof f.value === "object") return Object.entries(f.value).map(([k, v]) => ({ label: label(f, k), value: v, source: f.source }));
        return [];
      });
    } else {
      found = found.filter((f) => (f.value as Record<string, unknown> | null)?.[step.tag] === step.is);
    }
  }
  return found;
}

function show(value: unknown): string {
  if (value !== null && typeof value === "object" && "en" in value && "zh" in value) return show((value as { en: unknown }).en);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 48 ? `${json.slice(0, 45)}…` : json;
}

function shown(found: Found[], listed: boolean): string {
  if (!found.length) return "";
  if (!listed) return show(found[0]!.value);
  const texts = found.map((f) => show(f.value));
  if (found.length > 1 && texts.every((t) => t === texts[0])) return `${texts[0]} (all ${found.length})`;
  const MAX = 12;
  const parts = found.slice(0, MAX).map((f, i) => `${f.label}: ${texts[i]}`);
  return parts.join("; ") + (found.length > MAX ? `; … ${found.length - MAX} more` : "");
}

/** Every field of the scenario format (or of `schema`), in schema order, with the default scenario's values. */
export function scenarioFields(defaultScenario: unknown, schema: z.ZodType = scenarioSchema): FieldDoc[] {
  const fields: FieldDoc[] = [];

  const add = (schema: Node, steps: Step[], site?: FieldDoc["site"]) => {
    const { node, meta, optional, fallback } = peel(schema);
    const type = typeOf(schema);
    const listed = steps.some((s) => "each" in s);
    const found = valuesAt(defaultScenario, steps);
    const extra = [optional ? "optional" : "", fallback !== undefined ? `default ${show(fallback)}` : ""].filter(Boolean);
    const description = typeof meta.description === "string" ? meta.description : undefined;
    const last = steps.at(-1);
    const isNote = last !== undefined && "key" in last && last.key === "source";
    fields.push({
      path: pathText(steps),
      type: extra.length ? `${type} (${extra.join(", ")})` : type,
      unit: unitOf({ ...meta, description }),
      description,
      value: (isNote && listed) || !isLeaf(node) ? "" : shown(found, listed),
      source: listed || isNote ? undefined : found[0]?.source,
      notes: isNote && listed ? found.map((f) => ({ label: f.label, text: String(f.value) })) : undefined,
      site,
    });
  };

  const walk = (schema: Node, steps: Step[], site?: FieldDoc["site"]) => {
    const { node } = peel(schema);
    const def = node._zod.def;
    if (isLeaf(node)) return add(schema, steps, site);
    const last = steps.at(-1);
    // a list element's own row would repeat the list's; its fields follow
    if (last !== undefined && "key" in last) add(schema, steps, site);
    if (def.type === "object") {
      for (const [key, field] of Object.entries(shapeOf(node))) walk(field, [...steps, { key }], { owner: node, key });
    } else if (def.type === "array" || def.type === "record") {
      walk((def.type === "array" ? def.element : def.valueType) as Node, [...steps, { each: def.type === "array" ? "list" : "record" }]);
    } else if (isTaggedUnion(node)) {
      const tag = def.discriminator as string;
      const options = (def.options as Node[]).map(shapeOf);
      // fields every kind shares (the same schema in each) are listed once
      const common = Object.keys(options[0]!).filter((k) => k !== tag && options.every((o) => o[k] === options[0]![k]));
      const tags = options.map((o) => (peel(o[tag]!).node._zod.def.values as unknown[])[0]);
      const tagDescription = peel(options[0]![tag]!).meta.description;
      fields.push({
        path: pathText([...steps, { key: tag }]),
        type: `one of ${tags.map((t) => `\`${String(t)}\``).join(", ")}`,
        description: typeof tagDescription === "string" ? tagDescription : `the kind of ${pathText(steps)}, which decides its other fields`,
        value: shown(valuesAt(defaultScenario, [...steps, { key: tag }]), steps.some((s) => "each" in s)),
      });
      for (const key of common) walk(options[0]![key]!, [...steps, { key }], { owner: options[0]!, key });
      options.forEach((o, i) => {
        for (const [key, field] of Object.entries(o)) {
          if (key !== tag && !common.includes(key)) walk(field, [...steps, { tag, is: tags[i] }, { key }], { owner: o, key });
        }
      });
    }
  };
  walk(schema as unknown as Node, []);
  return fields;
}

const cell = (text: string | undefined) => (text ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");

/** The reference as Markdown, and the fields that still lack a description. */
export function scenarioReference(defaultScenario: { sources?: Record<string, string> }, defaultPath: string): { markdown: string; fields: FieldDoc[]; undescribed: string[] } {
  const fields = scenarioFields(defaultScenario);
  const lines = [
    "# Scenario file reference",
    "",
    `Generated by \`npm run scenario -- docs\` from the zod schema in \`shared/scenario/schema.ts\` and the default scenario \`${defaultPath}\`; do not edit by hand.`,
    "",
    "Paths are those `npm run sim -- --set` takes: `a.b` is a field, `list[]` every element of a list (address one by index, `actors[0]`, or by id, `actors.us`), `list[role=vendor]` the elements of one kind, `object.*` every entry of an object keyed by id.",
    `The last column is the default scenario's value; for fields of list elements, each element's value by its id. Units: money in $M, chip prices in $k per chip, compute in H100-equivalents (H100e), time in rounds (quarters).`,
    "",
  ];
  const sections = new Map<string, FieldDoc[]>();
  for (const f of fields) {
    const top = /^[^.[]+/.exec(f.path)![0];
    sections.set(top, [...(sections.get(top) ?? []), f]);
  }
  // top-level fields with nothing under them share one table
  const single = [...sections].filter(([, list]) => list.length === 1);
  const tables: [string, FieldDoc[]][] = [["(top level)", single.flatMap(([, list]) => list)], ...[...sections].filter(([, list]) => list.length > 1)];
  for (const [name, list] of tables) {
    lines.push(`## ${name}`, "", "| field | type | unit | meaning | default scenario |", "|---|---|---|---|---|");
    for (const f of list) {
      const value = f.source ? `${f.value} (source: ${f.source})` : f.value;
      lines.push(`| \`${f.path}\` | ${cell(f.type)} | ${cell(f.unit)} | ${cell(f.description)} | ${cell(value)} |`);
    }
    for (const f of list.filter((f) => f.notes?.length)) {
      lines.push("", `Source notes (\`${f.path}\`) in the default scenario:`, "");
      for (const n of f.notes!) lines.push(`- ${n.label}: ${n.text}`);
    }
    lines.push("");
  }
  const sources = Object.entries(defaultScenario.sources ?? {});
  if (sources.length) {
    lines.push("## Sources cited in the default scenario", "", "| key | source |", "|---|---|");
    for (const [key, text] of sources) lines.push(`| ${cell(key)} | ${cell(text)} |`);
    lines.push("");
  }
  return { markdown: lines.join("\n"), fields, undescribed: undescribed(fields) };
}

/** The paths of the fields without a description; a field declared once and reached by several paths
 * (an effect's fields in bills and in events) is listed once, at its first path. */
function undescribed(fields: FieldDoc[]): string[] {
  const sites = new Map<object, Set<string>>();
  return fields.filter((f) => {
    if (f.description) return false;
    if (!f.site) return true;
    const keys = sites.get(f.site.owner) ?? new Set();
    sites.set(f.site.owner, keys);
    if (keys.has(f.site.key)) return false;
    keys.add(f.site.key);
    return true;
  }).map((f) => f.path);
}
