// The figures shared/guide hands over (warnings, what to do now) in words: each parameter's name says
// what it holds, as the engine's units do.
import type { Params } from "../i18n/dictionary.ts";
import { compute, count, money, percent, signed } from "../format.ts";
import { store } from "../store.ts";
import { chipName, idNumber, nameOf } from "../ui/words.ts";

type Kind = "actor" | "id" | "chip" | "money" | "fraction" | "percentMove" | "trust" | "compute" | "chips" | "slotPrice" | "plain";

const KIND: Record<string, Kind> = {
  buyer: "actor", exporter: "actor", destination: "actor", actor: "actor", target: "actor",
  chip: "chip",
  deal: "id", licence: "id",
  fine: "money", needed: "money", have: "money", ties: "money", short: "money",
  odds: "fraction", audit: "fraction", share: "fraction", unitCost: "fraction",
  shock: "percentMove", demand: "percentMove",
  trust: "trust",
  offered: "compute", free: "compute", compute: "compute",
  needChips: "chips", haveChips: "chips", stock: "chips", sold: "chips", capacity: "chips", planned: "chips", waiting: "chips", slots: "chips",
  slotCost: "slotPrice",
};

export function words(params: Record<string, number | string>): Params {
  const lang = store.lang;
  const out: Params = {};
  for (const [key, v] of Object.entries(params)) {
    switch (KIND[key] ?? "plain") {
      case "actor": out[key] = nameOf(String(v)); break;
      case "id": out[key] = v ? idNumber(String(v)) : ""; break;
      case "chip": out[key] = chipName(String(v)); break;
      case "money": out[key] = money(Number(v), lang); break;
      case "fraction": out[key] = percent(Number(v), lang); break;
      case "percentMove": out[key] = signed(`${Math.abs(Number(v)).toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 1 })}%`, key === "demand" ? -Number(v) : Number(v)); break;
      case "trust": out[key] = signed(`${Math.abs(Number(v))}`, Number(v)); break;
      case "compute": out[key] = compute(Number(v), lang); break;
      case "chips": out[key] = count(Number(v), lang); break;
      case "slotPrice": out[key] = money(Number(v), lang); break;
      case "plain": out[key] = v;
    }
  }
  return out;
}

/** Sentences one after another: with a space in English, none in Chinese. */
export const sentences = (...parts: string[]): string => parts.filter(Boolean).join(store.lang === "zh" ? "" : " ");
