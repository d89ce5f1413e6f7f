// Names and small phrases in the current language: actors, chips, bills, deal numbers, lists and
// quarters. No markup here, so the words can be had (and tested) without the page.
import { STYLE } from "../../shared/glossary.ts";
import { count, quarter } from "../format.ts";
import { t } from "../i18n.ts";
import { store } from "../store.ts";

export const local = (text: { en: string; zh: string } | undefined): string => (text ? text[store.lang] : "");

/** A text the facilitator wrote in either language or both: one language stands in for the other
 *  when that one is empty; null when both are. */
export function bilingual(en: string, zh: string): { en: string; zh: string } | null {
  const e = en.trim(), z = zh.trim();
  return e || z ? { en: e || z, zh: z || e } : null;
}

/** An actor's (or a non-player part's) name. */
export function nameOf(id: string): string {
  const s = store.scenario;
  const actor = s?.actors.find((a) => a.id === id);
  if (actor) return local(actor.name);
  const npc = s && Object.values(s.npc).find((n) => n.id === id);
  if (npc) return local(npc.name);
  if (id === "facilitator") return t("role.facilitator");
  if (id === "all") return t("chat.everyone");
  return id;
}

export const chipName = (id: string): string => local(store.scenario?.chipTypes.find((c) => c.id === id)?.name) || id;
/** A bill by its name; in Chinese in 《》, as Chinese writes the names of laws and bills. */
export function billName(id: string): string {
  const name = local(store.scenario?.bills.find((b) => b.id === id)?.name) || id;
  return store.lang === "zh" ? STYLE.billBrackets(name) : name;
}
/** Chips of one type counted as the language counts them: 3.5万块英伟达 H100. */
export const chipCount = (n: number, chip: string): string => t("chips.count", { n: count(n, store.lang), chip: chipName(chip) });

/** A label and its value, with the language's colon. */
export const labelled = (label: string, value: string): string => t("common.labelled", { label, value });

/** Several things in a row: a, b and c as the language lists them. */
export const listOf = (items: string[]): string => (items.length ? items.reduce((a, b) => t("common.list", { a, b })) : "");

/** A deal's or a licence's number as players read it: D12 is #12. */
export const idNumber = (id: string): string => id.replace(/^[A-Z]+(?=\d+$)/, "#");
export const roleOf = (id: string) => store.scenario?.actors.find((a) => a.id === id)?.role;

export function quarterOf(round: number): string {
  const c = store.scenario?.calendar;
  return c ? quarter(c.startYear, c.startQuarter, round, store.lang) : "";
}
