// The debrief's game beside the historical record, where the scenario's quarters have one: each real
// figure (from the history files the server offers), what this game produced for it, and whether it
// came within the figure's tolerance. The comparison is the lead module's (shared/history/compare.ts);
// this only fetches and shows it, naming each figure from its measure in the reader's language.
import { html, nothing } from "lit-html";
import type { GameEvent } from "../../shared/engine/events.ts";
import { compareWithHistory, type Comparison } from "../../shared/history/compare.ts";
import type { History, Measure } from "../../shared/history/schema.ts";
import { count, money, percent, quarter } from "../format.ts";
import { hd } from "../i18n/history.ts";
import { api } from "../net.ts";
import { store, update } from "../store.ts";
import { chipName, local, nameOf } from "./common.ts";

let histories: History[] | null = null;
let asked = false;

/** Billions of dollars (the history files' unit for money) as the interface writes money. */
const billions = (b: number, lang: "en" | "zh") => money(b * 1e6, lang);

/** A history file's quarter ("2025Q3") as the interface writes quarters. */
function quarterText(q: string): string {
  const [year, n] = q.split("Q").map(Number) as [number, number];
  return quarter(year, n, 1, store.lang);
}

/** A figure's value in its measure's unit. */
function value(m: Measure, v: number): string {
  const lang = store.lang;
  switch (m.kind) {
    case "vendorRevenue": case "charge": return billions(v, lang);
    case "revenueShare": case "chinaComputeShare": case "domesticChipShare": case "chinaShareOfWorld": return percent(v / 100, lang, 1);
    case "chipsTo": return hd("chips", { n: count(v, lang) });
    case "worldCompute": return hd("h100e", { n: count(v, lang) });
    case "gapRatio": return `×${v.toFixed(2)}`;
  }
}

/** What a figure measures, in words: its kind, vendor, buyers, channel, chips, quarters. */
function label(m: Measure): string {
  const params = {
    vendor: m.vendor ? nameOf(m.vendor) : "", from: m.from ? hd(`from.${m.from}`) : hd("from.all"),
    channel: m.channel ? hd(`channel.${m.channel}`) : hd("channel.any"), part: m.part ? hd(`part.${m.part}`) : "",
    chips: m.chips?.length ? ` (${m.chips.map(chipName).join(", ")})` : "",
  };
  const quarters = m.quarters[0] === m.quarters[1] ? quarterText(m.quarters[0]) : `${quarterText(m.quarters[0])}–${quarterText(m.quarters[1])}`;
  const text = hd(`measure.${m.kind}`, params);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} · ${quarters}`;
}

/** Why a figure is not held to its tolerance, or why the tolerance is what it is: the history files
 *  write these in English only, so the Chinese edition says what the mark means instead. */
function note(f: Comparison["figure"]): string {
  if (store.lang === "en") return f.gap ?? f.tolerance.why;
  return f.gap ? hd("gapNote") : "";
}

function row(c: Comparison) {
  const f = c.figure;
  const mark = f.gap ? "…" : c.within ? "✓" : "✗";
  return html`<tr class=${f.gap ? "gap" : c.within ? "within" : "outside"}>
    <th scope="row">${label(f.measure)}</th>
    <td>${value(f.measure, f.value)}</td><td>${c.model === null ? "—" : value(f.measure, c.model)}</td>
    <td class="mark" title=${note(f)}>${mark} <span class="hint">${f.tolerance.kind === "ratio" ? hd("ratio", { x: f.tolerance.value }) : hd("absolute", { x: value(f.measure, f.tolerance.value) })}</span></td>
    <td class="source"><a href=${f.source.startsWith("http") ? f.source : nothing} target="_blank" rel="noreferrer">${f.kind === "reported" ? hd("reported") : hd("estimate")}</a></td>
  </tr>`;
}

/** The panel: nothing until the histories have come, nothing if none covers this game's quarters. */
export function historyPanel(events: GameEvent[] | null) {
  if (!asked) {
    asked = true;
    void api<History[]>("/api/history").then((h) => { histories = h; update({}); }).catch(() => { histories = []; });
  }
  const view = store.view, scenario = store.scenario;
  if (!histories || !view || !scenario || !events) return nothing;
  const maker = scenario.npc.domesticMaker;
  if (!maker) return nothing;
  const game = { scenario: { ...scenario, npc: { domesticMaker: maker } }, indicators: view.indicators, events };
  const sets = histories.map((h) => ({ h, rows: compareWithHistory(h, game) })).filter((s) => s.rows.length);
  if (!sets.length) return nothing;
  return html`
    <h2>${hd("title")}</h2>
    <p class="hint">${hd("hint")}</p>
    ${sets.map(({ h, rows }) => html`
      <table class="history">
        <caption>${local(h.title)} — ${hd("within", { n: rows.filter((r) => r.within && !r.figure.gap).length, of: rows.filter((r) => !r.figure.gap).length })}</caption>
        <thead><tr><th>${hd("figure")}</th><th>${hd("real")}</th><th>${hd("game")}</th><th>${hd("tolerance")}</th><th>${hd("source")}</th></tr></thead>
        <tbody>${rows.map(row)}</tbody>
      </table>`)}`;
}
