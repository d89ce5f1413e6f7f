// The projector, made for a wall: the map large, the round's headline figures in large type with what
// moved them, the quarter's news by title, and the side column scrolling by itself when it holds more
// than the screen. The room code stays in the corner for latecomers.
import { html, nothing } from "lit-html";
import { explainLevel, explainRound, HEADLINES, type Headline } from "../../shared/engine/explain.ts";
import type { Indicators } from "../../shared/engine/indicators.ts";
import { compute, millions, percent, signed } from "../format.ts";
import { t } from "../i18n.ts";
import { pt } from "../i18n/projector.ts";
import { rt, type ReportKey } from "../i18n/report.ts";
import { once } from "../memo.ts";
import { store } from "../store.ts";
import { header, local, nameOf, quarterOf } from "./common.ts";
import { HEADLINE_LABEL } from "./report.ts";


function value(key: Headline, v: number, i: Indicators, change = false): string {
  const lang = store.lang;
  const s = (text: string) => (change ? signed(text, v) : text);
  switch (key) {
    case "splitIndex": return change ? s(rt("report.pp", { n: (Math.abs(v) * 100).toFixed(1) })) : percent(v, lang);
    case "securityRisk": return s(Math.abs(v).toFixed(change && Math.abs(v) < 1 ? 1 : 0));
    case "capabilityGap": {
      const months = Math.abs(v) * (i.capabilityGap ? i.gapMonths / i.capabilityGap : 0);
      return s(t("ind.months", { months: months.toFixed(change && months < 1 ? 1 : 0) }));
    }
    case "chinaCompute": case "gulfCompute": return s(compute(Math.abs(v), lang));
    case "vendorRevenue": return s(millions(Math.abs(v), lang));
  }
}

/** The headline figures, each with its change this round and the driver that moved it most. */
function headlineBoard(list: Indicators[]) {
  const cur = list.at(-1);
  if (!cur) return html`<p class="muted">${t("ind.none")}</p>`;
  const why = once(cur, "explain", () => explainRound(list.at(-2), cur));
  // the first round has nothing before it: what each figure stands on
  const level = list.length > 1 ? null : explainLevel(cur);
  return html`<ul class="board">${HEADLINES.map((key) => {
    const c = why.headlines[key];
    const moved = list.length > 1 && Math.abs(c.to - c.from) > 1e-9;
    const top = level ? level[key][0] : c.reasons[0];
    const cause = top ? rt(`why.${top.cause}` as ReportKey, { firm: top.ref ? nameOf(top.ref) : "", gulf: top.ref ? nameOf(top.ref) : "" }) : "";
    return html`<li class="board-item" data-headline=${key}>
      <span class="label">${t(HEADLINE_LABEL[key])}</span>
      <span class="value">${value(key, c.to, cur)}</span>
      ${moved ? html`<span class="change ${c.to > c.from ? "up" : "down"}">${c.to > c.from ? "▲" : "▼"} ${value(key, c.to - c.from, cur, true)}</span>` : nothing}
      ${top && (moved || level) ? html`<span class="why">${pt("mostly", { cause })}</span>` : nothing}
    </li>`;
  })}</ul>`;
}

export function projectorGame(map: unknown) {
  const view = store.view;
  const room = store.room;
  const resolved = view?.indicators.at(-1)?.round ?? 0;
  const news = store.events.filter((e) => e.kind === "scenario" && e.round >= Math.max(1, resolved));
  return html`${header()}<main class="game projector">
    <section class="stage">${map}</section>
    <aside class="side projector-side" id="projector-side" tabindex="0" aria-label=${pt("side")}>
      <div class="join-code">${pt("join")} <strong>${room?.code}</strong></div>
      <h2>${resolved ? pt("changed", { round: resolved, quarter: quarterOf(resolved) }) : pt("start")}</h2>
      ${headlineBoard(view?.indicators ?? [])}
      ${news.length ? html`<h2>${pt("news")}</h2>
        <ul class="board-news">${news.map((e) => e.kind === "scenario" ? html`<li><span class="muted">${quarterOf(e.round)}</span> ${local(e.title)}</li>` : nothing)}</ul>` : nothing}
    </aside></main>`;
}

let timer: ReturnType<typeof setInterval> | null = null;
let pause = 0;

/** Scrolls the projector's side column (or its debrief) slowly down and back up when it overflows. */
export function autoScroll(): void {
  const el = store.projector ? document.querySelector<HTMLElement>("#projector-side, main.debrief") : null;
  if (!el) {
    if (timer) { clearInterval(timer); timer = null; }
    return;
  }
  if (timer) return;
  let down = true;
  timer = setInterval(() => {
    const box = document.querySelector<HTMLElement>("#projector-side, main.debrief");
    if (!box || !store.projector) return;
    const scroller = box.matches("main.debrief") ? document.scrollingElement! : box;
    const room = scroller.scrollHeight - scroller.clientHeight;
    if (room <= 2 || pause-- > 0) return;
    scroller.scrollTop += down ? 1 : -4;
    // a rest at each end, so the top and the bottom can be read
    if (down && scroller.scrollTop >= room - 1) { down = false; pause = 120; }
    else if (!down && scroller.scrollTop <= 0) { down = true; pause = 160; }
  }, 40);
}
