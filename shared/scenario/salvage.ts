// The parts of scenario data that parse, when the whole does not: so the cross-reference checks can run
// beside the shape problems instead of after them.
import type { z } from "zod";
import { unwrap, type Node } from "./problems.ts";

/** Data of type T where any field or list element may be missing because it did not parse. */
export type Salvaged<T> = T extends readonly (infer E)[] ? (Salvaged<E> | undefined)[]
  : T extends object ? { [K in keyof T]?: Salvaged<T[K]> }
  : T;

/**
 * What of `data` the schema accepts: a part that parses is kept whole (with its defaults); one that
 * does not is taken apart, field by field and element by element (keeping every element's index), down
 * to the parts that do. Undefined when nothing of it parses.
 */
export function salvage<S extends z.ZodType>(schema: S, data: unknown): Salvaged<z.output<S>> | undefined {
  return part(schema as unknown as Node, data) as Salvaged<z.output<S>> | undefined;
}

function part(schema: Node, data: unknown): unknown {
  const whole = (schema as unknown as z.ZodType).safeParse(data);
  if (whole.success) return whole.data;
  const node = unwrap(schema, data);
  const def = node?._zod.def;
  const isObject = data !== null && typeof data === "object" && !Array.isArray(data);
  if (def?.type === "object" && isObject) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(def.shape as Record<string, Node>)) {
      const value = part(field, (data as Record<string, unknown>)[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (def?.type === "record" && isObject) {
    const keys = def.keyType as unknown as z.ZodType;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const kept = keys.safeParse(key).success ? part(def.valueType as Node, value) : undefined;
      if (kept !== undefined) out[key] = kept;
    }
    return out;
  }
  if (def?.type === "array" && Array.isArray(data)) return data.map((e) => part(def.element as Node, e));
  if (def?.type === "tuple" && Array.isArray(data)) return (def.items as Node[]).map((item, i) => part(item, data[i]));
  return undefined;
}
