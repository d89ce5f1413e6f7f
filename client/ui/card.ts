// Role cards: the seat's own in a dialog during the game, and the printable set for a class, one page
// per seat, generated from the scenario's cards (shared/guide/role-card.ts).
import { html, nothing } from "lit-html";
import type { ActorState } from "../../shared/engine/state.ts";
import type { RoleCard } from "../../shared/guide/role-card.ts";
import { count, dollars, money, withUnit } from "../format.ts";
import { leverWords } from "../guide/levers.ts";
import { g, type GuideKey } from "../i18n/guide.ts";
import { t, type Lang } from "../i18n.ts";
import { store, update } from "../store.ts";
import { chipCount, chipName, labelled, listOf, local } from "./common.ts";
import { countryName } from "../map/names.ts";

const cardOf = (actor: string | null): RoleCard | undefined => (actor ? store.scenario?.cards[actor] : undefined);


function startFigures(a: ActorState) {
  const lang = store.lang;
  const chips = Object.entries({ ...a.installed }).map(([c, n]) => [c, n + (a.stock[c] ?? 0)] as const).filter(([, n]) => n > 0);
  const rows: [string, string][] = [[t("res.cash"), money(a.cash, lang)]];
  if (a.role === "usGov") rows.push([t("res.capital"), String(Math.floor(a.politicalCapital))]);
  if (a.role === "vendor") rows.push([t("res.capacity"), `${count(a.capacity, lang)} ${t("res.chipsPerRound")}`], [t("res.sharePrice"), dollars(a.sharePrice, lang)]);
  if (a.role === "gulf" || a.role === "chinaFirm") rows.push([t("res.datacentre"), g("card.slots", { n: count(a.capacity, lang) })]);
  if (chips.length) rows.push([t("report.chips"), listOf(chips.map(([c, n]) => chipCount(n, c)))]);
  if (a.role === "vendor") rows.push([t("vendor.price"), Object.entries(a.prices).map(([c, p]) => `${chipName(c)} ${money(p, lang)}`).join(", ")]);
  return rows;
}

/** One card: the seat's goal and scoring, levers, what others want, what it cannot see. */
export function roleCard(card: RoleCard, own?: ActorState) {
  const lang = store.lang;
  return html`
    <article class="role-card" data-actor=${card.actor} lang=${lang === "zh" ? "zh-CN" : "en"}>
      <header>
        <h2>${local(card.name)}</h2>
        <p class="muted">${g("card.roleLine", { role: t(`roleGroup.${card.role}`), region: countryName(card.region, lang) })}</p>
      </header>
      <section>
        <h3>${g("card.goal")}</h3>
        <table class="card-objectives">
          <thead><tr><th>${g("card.objective")}</th><th>${g("card.share")}</th><th>${g("card.zero")}</th><th>${g("card.full")}</th></tr></thead>
          <tbody>${card.objectives.map((o) => html`<tr>
            <th scope="row">${local(o.label)}<div class="hint">${g(`measure.${o.metric}`)}</div></th><td>${Math.round(o.share * 100)}</td>
            <td>${withUnit(o.from.value, o.from.unit, lang)}</td><td>${withUnit(o.to.value, o.to.unit, lang)}</td></tr>`)}</tbody>
        </table>
        <p class="hint">${g("card.scale")}</p>
      </section>
      <section>
        <h3>${g("card.levers")}</h3>
        <dl class="card-levers">${card.levers.map((l) => { const w = leverWords(l); return html`<dt>${w.title}</dt><dd>${w.text}</dd>`; })}</dl>
      </section>
      <section class="card-two">
        <div>
          <h3>${g("card.wants")}</h3>
          <ul>${card.wants.map((w) => html`<li>${g("card.wantLine", { role: t(`roleGroup.${w.role}`), ask: g(`ask.${w.ask}` as GuideKey), objective: local(w.objective) })}</li>`)}</ul>
        </div>
        <div>
          <h3>${g("card.blind")}</h3>
          <ul>${card.blind.map((b) => html`<li>${g(`blind.${b}` as GuideKey)}</li>`)}</ul>
        </div>
      </section>
      ${own ? html`<section><h3>${g("card.start")}</h3>
        <table class="resources"><tbody>${startFigures(own).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table></section>` : nothing}
      ${card.source ? html`<footer class="card-source"><strong>${labelled(g("card.source"), "")}</strong> <span lang="en">${card.source}</span></footer>` : nothing}
    </article>`;
}

let opened = false;

/** The seat's card in a dialog, over the game. */
export function cardDialog() {
  const card = cardOf(store.seat);
  if (!store.cardOpen || !card) return nothing;
  const close = () => { opened = false; update({ cardOpen: false }); document.getElementById("role-card-button")?.focus(); };
  if (!opened) {
    opened = true;
    queueMicrotask(() => document.querySelector<HTMLElement>(".card-dialog .close")?.focus({ preventScroll: true }));
  }
  return html`
    <div class="modal-backdrop" @click=${(e: Event) => { if (e.target === e.currentTarget) close(); }}>
      <div class="card-dialog" role="dialog" aria-modal="true" aria-label=${g("card.title")} @keydown=${(e: KeyboardEvent) => { if (e.key === "Escape") close(); }}>
        <div class="dialog-bar"><button class="close" @click=${close}>${g("card.close")}</button></div>
        ${roleCard(card, store.view?.private[card.actor])}
      </div>
    </div>`;
}

/** The class set: every seat's card, one page each, for the facilitator to print. */
export function printSet() {
  const cards = Object.values(store.scenario?.cards ?? {});
  const langs: Lang[] = store.printLang === "both" ? ["en", "zh"] : [store.lang];
  const lang = store.lang;
  const pages = langs.flatMap((l) => cards.map((c) => ({ lang: l, card: c })));
  const back = () => update({ screen: store.room && store.room.phase !== "lobby" ? "game" : "lobby" });
  return html`
    <div class="print-bar no-print">
      <button @click=${back}>${g("card.back")}</button>
      <label class="check"><input type="checkbox" .checked=${store.printLang === "both"} @change=${(e: Event) => update({ printLang: (e.target as HTMLInputElement).checked ? "both" : "one" })} /> ${g("card.both")}</label>
      <button class="primary" id="print-now" @click=${() => window.print()}>${g("card.print")}</button>
      <span class="hint">${g("card.printHint")}</span>
    </div>
    <main class="print-set">
      ${pages.map(({ lang: l, card }) => {
        // each page in its own language: the store's language switches while the page is drawn
        store.lang = l;
        const page = html`<div class="print-page">${roleCard(card, store.view?.omniscient ? store.view.private[card.actor] : undefined)}</div>`;
        store.lang = lang;
        return page;
      })}
    </main>`;
}
