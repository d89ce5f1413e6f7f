// A role's levers in words, with the scenario's figures filled in: for its role card, the tour and the
// hints beside the order form.
import type { Lever } from "../../shared/guide/role-card.ts";
import { withUnit } from "../format.ts";
import { g, type GuideKey } from "../i18n/guide.ts";
import { store } from "../store.ts";
import { sentences } from "./params.ts";

/** A lever in words, its figures filled in. */
export function leverWords(lever: Lever): { title: string; text: string } {
  const params: Record<string, string> = {};
  for (const [k, f] of Object.entries(lever.figures)) params[k] = withUnit(f.value, f.unit, store.lang);
  const key = (suffix: string) => `lever.${lever.lever}.${suffix}` as GuideKey;
  let text = lever.lever === "design" && !lever.figures.cost ? g("lever.design.none") : g(key("text"), params);
  if (lever.lever === "build" && lever.figures.discount) text = sentences(text, g("lever.build.discount", params));
  if (lever.lever === "buyDomestic" && lever.figures.trust) text = sentences(text, g("lever.buyDomestic.trust", params));
  return { title: g(key("title")), text };
}

/** The seat's lever of this kind in words (the tour and the order form's hints use it). */
export function leverText(kind: string): { title: string; text: string } {
  const lever = store.seat ? store.scenario?.cards[store.seat]?.levers.find((l) => l.lever === kind) : undefined;
  return lever ? leverWords(lever) : { title: "", text: "" };
}

