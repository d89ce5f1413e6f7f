// A dictionary of texts in English and Chinese kept beside the feature that uses it. The Chinese half
// must have every key of the English one (the type says so), and {name} placeholders are filled in.
import { store } from "../store.ts";

export type Params = Record<string, string | number>;
export type Texts<K extends string> = Record<K, string>;

export const fill = (text: string, params: Params): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

export interface Dictionary<K extends string> {
  (key: K, params?: Params): string;
  /** the two halves, for tests */
  readonly en: Texts<K>;
  readonly zh: Texts<K>;
  has(key: string): key is K;
}

/** `zh` is typed by `en`'s keys: a missing or extra Chinese text fails the type check. */
export function dictionary<K extends string>(en: Texts<K>, zh: NoInfer<Texts<K>>): Dictionary<K> {
  const tr = ((key: K, params: Params = {}) => fill((store.lang === "zh" ? zh : en)[key] ?? en[key] ?? key, params)) as Dictionary<K>;
  return Object.assign(tr, { en, zh, has: (key: string): key is K => key in en });
}
