// Numbers as people read them, in the current language. Engine money is k$; people read $M or $B.
import type { Lang } from "./i18n.ts";

const locale = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en-US");

export function money(thousands: number, lang: Lang): string {
  const millions = thousands / 1000;
  if (Math.abs(millions) >= 1000) return `$${(millions / 1000).toLocaleString(locale(lang), { maximumFractionDigits: 1 })}B`;
  return `$${millions.toLocaleString(locale(lang), { maximumFractionDigits: millions < 10 ? 1 : 0 })}M`;
}

/** $M figures (indicators, scenario data). */
export const millions = (m: number, lang: Lang): string => money(m * 1000, lang);

export function count(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${(n / 1e6).toLocaleString(locale(lang), { maximumFractionDigits: 2 })}M`;
  if (abs >= 1e4) return `${(n / 1e3).toLocaleString(locale(lang), { maximumFractionDigits: 1 })}k`;
  return Math.round(n).toLocaleString(locale(lang));
}

/** A figure on a chart's axis: compact when large, a decimal or two when small. */
export const figure = (n: number, lang: Lang): string =>
  (Math.abs(n) >= 1e4 ? count(n, lang) : n.toLocaleString(locale(lang), { maximumFractionDigits: 2 }));

/** A plain number (a round, a threshold, political capital) as the language writes it. */
export const number = (n: number, lang: Lang): string => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });

export const percent = (fraction: number, lang: Lang, digits = 0): string =>
  `${(fraction * 100).toLocaleString(locale(lang), { maximumFractionDigits: digits })}%`;

export const fixed = (n: number, digits = 1): string => n.toFixed(digits);

export function quarter(startYear: number, startQuarter: number, round: number): string {
  const q = startQuarter - 1 + round - 1;
  return `${startYear + Math.floor(q / 4)} Q${(q % 4) + 1}`;
}

export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
