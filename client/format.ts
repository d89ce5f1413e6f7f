// Numbers as people read them, in the current language, one way throughout the interface: the units
// are the engine's (shared/engine/units.ts). Engine money is k$. English reads large figures as $19.5B,
// $120M, 35K; Chinese as 195亿美元, 1.2亿美元, 3.5万 (Intl's compact notation). People type money in
// $M; chip prices are $k per chip; compute is in H100-equivalents.
import { fromMillions, toMillions, type FigureUnit } from "../shared/engine/units.ts";
import type { Lang } from "./i18n.ts";

const locale = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en-US");
/** A number in the reader's locale, a negative one with a true minus sign. */
const num = (n: number, lang: Lang, digits: number) => n.toLocaleString(locale(lang), { maximumFractionDigits: digits }).replace(/^-/, "−");

const formats = new Map<string, Intl.NumberFormat>();
/** A figure to three significant digits in the language's large units (K/M/B, 万/亿). */
function compact(n: number, lang: Lang): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(locale(lang), { notation: "compact", maximumSignificantDigits: 3 })));
  return f.format(n);
}

/** Below this a figure is written out whole: 9,500 chips, not 9.5K. */
const COMPACT_FROM = 1e4;

/** An amount of money given in k$: $1.2B, $950M, $15K, $800 / 12亿美元, 9.5亿美元, 1.5万美元, 800美元. */
export function money(thousands: number, lang: Lang): string {
  const dollars = Math.abs(thousands * 1000);
  const figure = dollars >= COMPACT_FROM ? compact(dollars, lang) : Math.round(dollars).toLocaleString(locale(lang));
  const sign = thousands < 0 ? "−" : "";
  return lang === "zh" ? `${sign}${figure}美元` : `${sign}$${figure}`;
}

/** $M figures (indicators, scenario data). */
export const millions = (m: number, lang: Lang): string => money(fromMillions(m), lang);

/** What a money field holds: $M typed by a person, k$ for the engine. */
export const moneyField = { toEngine: (typed: number): number => fromMillions(typed), fromEngine: (k: number): number => toMillions(k) };

/** A price in dollars with cents (a share): $123.45 / 123.45美元. */
export const dollars = (d: number, lang: Lang): string => {
  const figure = d.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return lang === "zh" ? `${figure}美元` : `$${figure}`;
};

/** A count (chips, compute): 9,500, then 35K / 3.5万. */
export function count(n: number, lang: Lang): string {
  if (Math.abs(n) >= COMPACT_FROM) return compact(n, lang);
  return Math.round(n).toLocaleString(locale(lang));
}

/** A plain number (a round, a threshold, political capital) as the language writes it. */
export const number = (n: number, lang: Lang): string => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });

/** A figure on a chart's axis: compact when large, a decimal or two when small. */
export const figure = (n: number, lang: Lang): string => (Math.abs(n) >= COMPACT_FROM ? compact(n, lang) : number(n, lang));

export const percent = (fraction: number, lang: Lang, digits = 0): string =>
  `${(fraction * 100).toLocaleString(locale(lang), { maximumFractionDigits: digits })}%`;

/** A change with its sign: +3, −12%. */
export const signed = (text: string, value: number): string => (value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^[−-]/, "")}` : text);

/** Compute in H100-equivalents. */
export const compute = (h100e: number, lang: Lang): string => `${count(h100e, lang)} ${lang === "zh" ? "H100等效" : "H100e"}`;

/** A figure in the unit it carries (role cards, score lines, warnings). */
export function withUnit(value: number, unit: FigureUnit, lang: Lang): string {
  const zh = lang === "zh";
  switch (unit) {
    case "money": return money(value, lang);
    case "millions": return millions(value, lang);
    case "kPerChip": return zh ? `每块${money(value, lang)}` : `${money(value, lang)} per chip`;
    case "kPerSlot": return zh ? `每个装机位${money(value, lang)}` : `${money(value, lang)} per slot`;
    case "kPerH100e": return zh ? `每H100等效每回合${money(value, lang)}` : `${money(value, lang)} per H100e a round`;
    case "h100e": return compute(value, lang);
    case "chips": return `${count(value, lang)}${zh ? "块" : " chips"}`;
    case "fraction": return percent(value, lang);
    case "percent": return `${num(value, lang, 1)}%`;
    case "points": return `${num(value, lang, 1)}${zh ? "点" : " pts"}`;
    case "capital": return `${num(value, lang, 0)}${zh ? "政治资本" : " capital"}`;
    case "rounds": return `${num(value, lang, 0)}${zh ? "回合" : value === 1 ? " round" : " rounds"}`;
    case "tpp": return `TPP ${num(value, lang, 0)}`;
    case "count": return num(value, lang, 0);
    case "multiple": return `×${num(value, lang, 2)}`;
    case "months": return `${num(value, lang, 0)}${zh ? "个月" : " months"}`;
    case "yesNo": return value >= 0.5 ? (zh ? "是" : "yes") : (zh ? "否" : "no");
  }
}

/** The calendar quarter of a round: 2024 Q3 / 2024年第3季度. */
export function quarter(startYear: number, startQuarter: number, round: number, lang: Lang): string {
  const q = startQuarter - 1 + round - 1;
  const year = startYear + Math.floor(q / 4), n = (q % 4) + 1;
  return lang === "zh" ? `${year}年第${n}季度` : `${year} Q${n}`;
}

export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
