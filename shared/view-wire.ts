// How a seat's View travels in the room state: cut into small JSON entries, so that when the game
// changes only the entries that changed are sent. toWire() cuts a View into parts, one per View field;
// ViewReader rebuilds the same View from them on the client. The wire says how each part was cut,
// so the client needs no table of its own.
//
// Any View field travels whole (one JSON string) unless SPLITS says how to cut it: a list by the key
// of each item, or a record by its keys; with `fields`, each item travels field by field (a list item
// element by element). A new View field needs no change here; cutting one finer is one line in SPLITS.
// Fractions travel to 6 significant digits: more than any screen shows, and half the bytes.
import type { GameEvent } from "./engine/events.ts";
import type { View } from "./engine/view.ts";

export type Shape = "whole" | "list" | "record";

/** One part of a view on the wire. */
export interface WirePart {
  shape: Shape;
  /** items travel field by field */
  fields: boolean;
  /** a list's keys in order, as JSON, when natural order (keyOrder) does not give it; else "" */
  order: string;
  /** key → JSON; a whole part has one item, "" */
  items: Map<string, string>;
}
export type WireView = Map<string, WirePart>;

interface Split { shape: "list" | "record"; fields?: boolean; keys?: (items: never[]) => string[] }

const byId = (items: { id: string }[]) => items.map((i) => i.id);
const byRound = (items: { round: number }[]) => items.map((i) => String(i.round));
/** Events have no id. A seat's events of a round only ever grow, in order, so the n-th event of
 *  round r that this seat sees keeps its key "r-n". */
function eventKeys(events: GameEvent[]): string[] {
  const seen = new Map<number, number>();
  return events.map((e) => {
    const n = seen.get(e.round) ?? 0;
    seen.set(e.round, n + 1);
    return `${e.round}-${n}`;
  });
}

const SPLITS: { readonly [K in keyof View]?: Split } = {
  policies: { shape: "record" },
  bills: { shape: "list", keys: byId },
  world: { shape: "record" },
  actors: { shape: "list", keys: byId, fields: true },
  indicators: { shape: "list", keys: byRound },
  events: { shape: "list", keys: eventKeys },
  private: { shape: "record", fields: true },
  deals: { shape: "list", keys: byId, fields: true },
  licences: { shape: "list", keys: byId, fields: true },
  leases: { shape: "list", keys: byId, fields: true },
  shipments: { shape: "list", keys: byId },
  trust: { shape: "record", fields: true },
  scores: { shape: "record", fields: true },
  // each seat's cards, round by round: a round adds one card, the rest stay as they were
  scoreHistory: { shape: "record", fields: true },
  options: { shape: "record" },
};

/** Between an item's key and a field's name; never in an id. */
const SEP = "\u001f";
/** An item sent field by field is marked with this in place of its JSON; a list sent element by element with LISTWISE. */
const FIELDWISE = "";
const LISTWISE = "\u001e";

const round6 = (_key: string, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v);
const json = (v: unknown) => JSON.stringify(v, round6);
/** A value as the wire carries it (fractions to 6 significant digits). */
export const asSent = <T>(v: T): T => JSON.parse(json(v)) as T;

/** The natural order of keys: digit runs compare as numbers ("D9" < "D10", "3-2" < "3-10"). */
export function keyOrder(a: string, b: string): number {
  const x = a.split(/(\d+)/), y = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    return i % 2 === 1 ? Number(x[i]) - Number(y[i]) || (x[i]! < y[i]! ? -1 : 1) : x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function putItem(items: Map<string, string>, key: string, value: unknown, fields: boolean): void {
  if (fields && isRecord(value)) {
    items.set(key, FIELDWISE);
    for (const [field, v] of Object.entries(value)) if (v !== undefined) items.set(`${key}${SEP}${field}`, json(v));
  } else if (fields && Array.isArray(value)) {
    items.set(key, LISTWISE);
    value.forEach((v, i) => items.set(`${key}${SEP}${i}`, json(v)));
  } else {
    items.set(key, json(value));
  }
}

/** Cuts a view into its wire parts. */
export function toWire(view: View): WireView {
  const wire: WireView = new Map();
  for (const [field, value] of Object.entries(view)) {
    if (value === undefined) continue;
    const split = SPLITS[field as keyof View];
    const items = new Map<string, string>();
    if (split?.shape === "list" && Array.isArray(value)) {
      const keys = split.keys!(value as never[]);
      keys.forEach((key, i) => putItem(items, key, value[i], split.fields ?? false));
      const sorted = keys.every((k, i) => i === 0 || keyOrder(keys[i - 1]!, k) < 0);
      wire.set(field, { shape: "list", fields: split.fields ?? false, order: sorted ? "" : JSON.stringify(keys), items });
    } else if (split?.shape === "record" && isRecord(value)) {
      for (const [key, v] of Object.entries(value)) if (v !== undefined) putItem(items, key, v, split.fields ?? false);
      wire.set(field, { shape: "record", fields: split.fields ?? false, order: "", items });
    } else {
      items.set("", json(value));
      wire.set(field, { shape: "whole", fields: false, order: "", items });
    }
  }
  return wire;
}

/** What the reader needs of a map: the room state's MapSchema and a plain Map both have it. */
export interface MapLike<V> { forEach(fn: (value: V, key: string) => void): void; get(key: string): V | undefined }
export interface PartLike { shape: string; fields: boolean; order: string; items: MapLike<string> }

/** Rebuilds views from their wire parts, keeping each item it has parsed while its JSON stays the
 *  same: unchanged parts of the view are the same objects from one view to the next. */
export class ViewReader {
  private cache = new Map<string, { json: string; value: unknown }>();
  private last: View | null = null;

  /** The view the parts hold; the same object as last time when nothing changed. */
  read(parts: MapLike<PartLike>): View {
    const used = new Map<string, { json: string; value: unknown }>();
    let changed = this.last === null;
    const parse = (id: string, json: string): unknown => {
      const known = this.cache.get(id);
      if (known && known.json === json) {
        used.set(id, known);
        return known.value;
      }
      changed = true;
      const entry = { json, value: JSON.parse(json) as unknown };
      used.set(id, entry);
      return entry.value;
    };
    const view: Record<string, unknown> = {};
    let count = 0;
    parts.forEach((part, field) => {
      count++;
      view[field] = this.readPart(field, part, parse);
    });
    if (!changed && this.cache.size === used.size && Object.keys(this.last!).length === count) return this.last!;
    this.cache = used;
    this.last = view as unknown as View;
    return this.last;
  }

  private readPart(field: string, part: PartLike, parse: (id: string, json: string) => unknown): unknown {
    if (part.shape === "whole") return parse(field, part.items.get("") ?? "null");
    // an item and, for items sent field by field, its fields
    const items = new Map<string, string>();
    const fields = new Map<string, [string, string][]>();
    part.items.forEach((json, entry) => {
      const cut = entry.indexOf(SEP);
      if (cut === -1) items.set(entry, json);
      else {
        const key = entry.slice(0, cut);
        let list = fields.get(key);
        if (!list) fields.set(key, (list = []));
        list.push([entry.slice(cut + 1), json]);
      }
    });
    const item = (key: string): unknown => {
      const json = items.get(key)!;
      const id = `${field}${SEP}${key}`;
      if (json === LISTWISE) {
        const list: unknown[] = [];
        for (const [index, elementJson] of fields.get(key) ?? []) list[Number(index)] = parse(`${id}${SEP}${index}`, elementJson);
        return list;
      }
      if (json !== FIELDWISE) return parse(id, json);
      const value: Record<string, unknown> = {};
      for (const [name, fieldJson] of fields.get(key) ?? []) value[name] = parse(`${id}${SEP}${name}`, fieldJson);
      return value;
    };
    if (part.shape === "record") {
      const record: Record<string, unknown> = {};
      for (const key of items.keys()) record[key] = item(key);
      return record;
    }
    const keys = part.order ? (parse(`${field}${SEP}${SEP}`, part.order) as string[]) : [...items.keys()].sort(keyOrder);
    return keys.filter((k) => items.has(k)).map(item);
  }
}
