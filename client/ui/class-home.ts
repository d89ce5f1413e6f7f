// The home page's card for a teacher: a class of several groups, created with its settings.
import { html, nothing } from "lit-html";
import { ct } from "../class-i18n.ts";
import { createClass } from "../class-net.ts";
import { t } from "../i18n.ts";
import { notify, store, update } from "../store.ts";
import { local } from "./common.ts";

const form = {
  scenarioId: "gulf-licensing-2024",
  by: "count" as "count" | "size",
  groups: 3,
  size: 5,
  negotiation: 4,
  orders: 3,
  bots: true,
  lang: "en" as "en" | "zh",
  inStep: false,
  problems: [] as string[],
};

async function create(): Promise<void> {
  update({ busy: true });
  form.problems = [];
  try {
    await createClass({
      scenarioId: form.scenarioId, ...(form.by === "count" ? { groups: form.groups } : { groupSize: form.size }),
      bots: form.bots, lang: form.lang, inStep: form.inStep,
      timers: { briefing: 60, negotiation: form.negotiation * 60, orders: form.orders * 60, report: 90 },
    });
  } catch (error) {
    form.problems = (error as { problems?: string[] }).problems ?? [(error as Error).message];
    notify("error", ct("create.failed"));
  } finally {
    update({ busy: false });
  }
}

const number = (value: number, set: (n: number) => void, id: string, max: number, label?: string) => html`
  <input id=${id} type="number" aria-label=${label ?? nothing} min="1" max=${max} .value=${String(value)} @change=${(e: Event) => { set(Number((e.target as HTMLInputElement).value) || 1); update({}); }} />`;

export function classCard() {
  return html`
    <section class="card class-card">
      <h2>${ct("create.title")}</h2>
      <p class="hint">${ct("create.hint")}</p>
      <label>${t("home.scenario")}
        <select id="class-scenario" @change=${(e: Event) => { form.scenarioId = (e.target as HTMLSelectElement).value; }}>
          ${store.scenarios.map((s) => html`<option value=${s.id} ?selected=${s.id === form.scenarioId}>${local(s.title)}</option>`)}
        </select>
      </label>
      <div class="row">
        <label><input type="radio" name="class-by" .checked=${form.by === "count"} @change=${() => { form.by = "count"; update({}); }} /> ${ct("create.byCount")}</label>
        <label><input type="radio" name="class-by" .checked=${form.by === "size"} @change=${() => { form.by = "size"; update({}); }} /> ${ct("create.bySize")}</label>
      </div>
      ${form.by === "count" ? number(form.groups, (n) => { form.groups = n; }, "class-groups", 20, ct("create.byCount")) : number(form.size, (n) => { form.size = n; }, "class-size", 40, ct("create.bySize"))}
      <div class="row">
        <label>${t("home.negotiationMinutes")}${number(form.negotiation, (n) => { form.negotiation = n; }, "class-negotiation", 60)}</label>
        <label>${t("home.ordersMinutes")}${number(form.orders, (n) => { form.orders = n; }, "class-orders", 60)}</label>
      </div>
      <label>${ct("create.lang")}
        <select id="class-lang" @change=${(e: Event) => { form.lang = (e.target as HTMLSelectElement).value as "en" | "zh"; }}>
          ${(["en", "zh"] as const).map((l) => html`<option value=${l} ?selected=${form.lang === l}>${ct(`lang.${l}`)}</option>`)}
        </select>
      </label>
      <label class="check"><input type="checkbox" .checked=${form.bots} @change=${(e: Event) => { form.bots = (e.target as HTMLInputElement).checked; }} /> ${ct("create.bots")}</label>
      <label class="check"><input id="class-in-step" type="checkbox" .checked=${form.inStep} @change=${(e: Event) => { form.inStep = (e.target as HTMLInputElement).checked; }} /> ${ct("create.inStep")}</label>
      <button id="create-class" class="primary" ?disabled=${store.busy} @click=${() => void create()}>${ct("create.button")}</button>
      ${form.problems.length ? html`<ul class="bad">${form.problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>` : nothing}
    </section>`;
}
