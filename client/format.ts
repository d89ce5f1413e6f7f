// Numbers as people read them, in the current language, one way throughout the interface: the units
// are the engine's (shared/engine/units.ts). Money the engine keeps in k$ is read as $M or $B; people
// type money in $M; chip prices are $k per chip; compute is in H100-equivalents.
import { fromMillions, toMillions, type FigureUnit } from "../shared/engine/units.ts";
import type { Lang } from "./i18n.ts";

const locale = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en-US");
/** A number in the reader's locale, a negative one with a true minus sign. */
const num = (n: number, lang: Lang, digits: number) => n.toLocaleString(locale(lang), { maximumFractionDigits: digits }).replace(/^-/, "−");

/** Engine money (k$) as $M or $B. */
export function money(thousands: number, lang: Lang): string {
  const m = toMillions(thousands);
  const sign = m < 0 ? "−" : "";
  const abs = Math.abs(m);
  if (abs >= 1000) return `${sign}$${num(abs / 1000, lang, 1)}B`;
  return `${sign}$${num(abs, lang, abs < 10 ? 1 : 0)}M`;
}

/** $M figures (indicators, scenario data). */
export const millions = (m: number, lang: Lang): string => money(fromMillions(m), lang);

/** What a money field holds: $M typed by a person, k$ for the engine. */
export const moneyField = { toEngine: (typed: number): number => fromMillions(typed), fromEngine: (k: number): number => toMillions(k) };

export function count(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${num(n / 1e6, lang, 2)}M`;
  if (abs >= 1e4) return `${num(n / 1e3, lang, 1)}k`;
  return Math.round(n).toLocaleString(locale(lang));
}

/** A figure on a chart's axis: compact when large, a decimal or two when small. */
export const axisFigure = (n: number, lang: Lang): string => (Math.abs(n) >= 1e4 ? count(n, lang) : num(n, lang, 2));

export const percent = (fraction: number, lang: Lang, digits = 0): string => `${num(fraction * 100, lang, digits)}%`;

/** A change with its sign: +3, −12%. */
export const signed = (text: string, value: number): string => (value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^[−-]/, "")}` : text);

export const sharePrice = (dollars: number): string => `$${dollars.toFixed(2)}`;

/** A chip price, $k per chip. */
export const chipPrice = (k: number, lang: Lang): string => `$${num(k, lang, 1)}k`;

/** Compute in H100-equivalents. */
export const compute = (h100e: number, lang: Lang): string => `${count(h100e, lang)} ${lang === "zh" ? "H100等效" : "H100e"}`;

/** A figure in the unit it carries (role cards, score lines, warnings). */
export function figure(value: number, unit: FigureUnit, lang: Lang): string {
  const zh = lang === "zh";
  switch (unit) {
    case "money": return money(value, lang);
    case "millions": return millions(value, lang);
    case "kPerChip": return `${chipPrice(value, lang)}${zh ? "/块" : " per chip"}`;
    case "kPerSlot": return `${chipPrice(value, lang)}${zh ? "/装机位" : " per slot"}`;
    case "kPerH100e": return `${chipPrice(value, lang)}${zh ? "/H100等效/回合" : " per H100e a round"}`;
    case "h100e": return compute(value, lang);
    case "chips": return `${count(value, lang)}${zh ? " 块" : " chips"}`;
    case "fraction": return percent(value, lang);
    case "percent": return `${num(value, lang, 1)}%`;
    case "points": return `${num(value, lang, 1)}${zh ? " 点" : " pts"}`;
    case "capital": return `${num(value, lang, 0)}${zh ? " 政治资本" : " capital"}`;
    case "rounds": return `${num(value, lang, 0)}${zh ? " 回合" : value === 1 ? " round" : " rounds"}`;
    case "tpp": return `TPP ${num(value, lang, 0)}`;
    case "count": return num(value, lang, 0);
    case "multiple": return `×${num(value, lang, 2)}`;
    case "months": return `${num(value, lang, 0)}${zh ? " 个月" : " months"}`;
    case "yesNo": return value >= 0.5 ? (zh ? "是" : "yes") : (zh ? "否" : "no");
  }
}

export function quarter(startYear: number, startQuarter: number, round: number): string {
  const q = startQuarter - 1 + round - 1;
  return `${startYear + Math.floor(q / 4)} Q${(q % 4) + 1}`;
}

export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
