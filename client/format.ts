// Numbers as people read them, in the current language. Engine money is k$. English reads large
// figures as $19.5B, $120M, 35K; Chinese as 195亿美元, 1.2亿美元, 3.5万 (Intl's compact notation).
import type { Lang } from "./i18n.ts";

const locale = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en-US");

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
export const millions = (m: number, lang: Lang): string => money(m * 1000, lang);

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
