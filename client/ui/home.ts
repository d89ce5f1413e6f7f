// Home: join by code, create a game (for a class or friends), quick solo play, or try a scenario file.
import { html, nothing } from "lit-html";
import { t } from "../i18n.ts";
import { api, ApiError, enterGame, playerName, rememberHostKey, send, setPlayerName } from "../net.ts";
import { notify, store, update } from "../store.ts";
import { isClassCode } from "../../shared/class/protocol.ts";
import { openClass } from "../class-net.ts";
import { classCard } from "./class-home.ts";
import { langSwitch, local } from "./common.ts";
import { refusalWords } from "./describe.ts";

interface Created { code: string; facilitatorKey: string; invite: string }

const form = {
  code: new URLSearchParams(location.search).get("join")?.toUpperCase() ?? "",
  scenarioId: "gulf-licensing-2024",
  /** "" keeps the scenario's own kind of game */
  mode: "" as "" | "historical" | "whatIf",
  negotiation: 4,
  orders: 3,
  bots: true,
  private: true,
  soloSeat: "nvidia",
  problems: [] as string[],
};

async function go(code: string): Promise<void> {
  update({ busy: true });
  try {
    // a class's code opens the class, whose students are placed in games
    if (isClassCode(code)) return await openClass(code);
    await enterGame(code);
    history.replaceState(null, "", `/?game=${code}`);
  } catch {
    notify("error", t("home.noSuchGame", { code }));
  } finally {
    update({ busy: false });
  }
}

async function create(body: Record<string, unknown>, solo = false): Promise<void> {
  update({ busy: true });
  form.problems = [];
  try {
    const created = await api<Created>("/api/games", { body });
    rememberHostKey(created.code, created.facilitatorKey);
    await go(created.code);
    if (solo) {
      send("claimSeat", { actor: form.soloSeat });
      send("facilitator", { command: "start" });
    }
  } catch (error) {
    const refused = error instanceof ApiError ? error : null;
    form.problems = refused?.problems ?? [];
    notify("error", refused?.refusal ? `${t("home.createFailed")} ${refusalWords(refused.refusal)}` : t("home.createFailed"));
  } finally {
    update({ busy: false });
  }
}

const settings = () => ({
  ...(form.mode ? { mode: form.mode } : {}),
  bots: form.bots, private: form.private,
  timers: { briefing: 45, negotiation: form.negotiation * 60, orders: form.orders * 60, report: 60 },
});

async function upload(file: File): Promise<void> {
  let scenario: unknown;
  try {
    scenario = JSON.parse(await file.text());
  } catch {
    notify("error", t("home.fileNotJson"));
    return;
  }
  await create({ scenario, ...settings() });
}

export function home() {
  const scenario = store.scenarios.find((s) => s.id === form.scenarioId) ?? store.scenarios[0];
  return html`
  <main class="home">
    <div class="home-top">${langSwitch()}</div>
    <h1>${t("app.title")}</h1>
    <p class="tagline">${t("home.tagline")}</p>
    <label class="name-field">${t("home.yourName")}
      <input id="player-name" .value=${playerName()} maxlength="40" autocomplete="nickname"
        @change=${(e: Event) => setPlayerName((e.target as HTMLInputElement).value.trim())} />
    </label>
    <div class="cards">
      <section class="card">
        <h2>${t("home.join")}</h2>
        <form @submit=${(e: Event) => { e.preventDefault(); if (form.code) void go(form.code); }}>
          <label>${t("home.roomCode")}
            <input id="join-code" class="code-input" .value=${form.code} maxlength="8" autocapitalize="characters" spellcheck="false"
              @input=${(e: Event) => { form.code = (e.target as HTMLInputElement).value.toUpperCase().replace(/[^A-Z0-9]/g, ""); }} />
          </label>
          <button type="submit" class="primary" ?disabled=${store.busy}>${t("home.joinButton")}</button>
        </form>
      </section>
      <section class="card">
        <h2>${t("home.create")}</h2>
        <p class="hint">${t("home.createHint")}</p>
        <label>${t("home.scenario")}
          <select id="scenario" @change=${(e: Event) => { form.scenarioId = (e.target as HTMLSelectElement).value; update({}); }}>
            ${store.scenarios.map((s) => html`<option value=${s.id} ?selected=${s.id === form.scenarioId}>${local(s.title)}</option>`)}
          </select>
        </label>
        ${scenario ? html`<details class="scenario-desc"><summary>${local(scenario.description)}</summary>${local(scenario.description)}</details>` : nothing}
        <label>${t("home.mode")}
          <select id="mode" @change=${(e: Event) => { form.mode = (e.target as HTMLSelectElement).value as typeof form.mode; update({}); }}>
            ${(["historical", "whatIf"] as const).map((m) => html`<option value=${m} ?selected=${(form.mode || scenario?.mode) === m}>${t(`home.mode.${m}`)}</option>`)}
          </select>
        </label>
        <div class="row">
          <label>${t("home.negotiationMinutes")}<input type="number" min="1" max="60" .value=${String(form.negotiation)} @change=${(e: Event) => { form.negotiation = Number((e.target as HTMLInputElement).value) || 4; }} /></label>
          <label>${t("home.ordersMinutes")}<input type="number" min="1" max="60" .value=${String(form.orders)} @change=${(e: Event) => { form.orders = Number((e.target as HTMLInputElement).value) || 3; }} /></label>
        </div>
        <label class="check"><input type="checkbox" .checked=${form.bots} @change=${(e: Event) => { form.bots = (e.target as HTMLInputElement).checked; }} /> ${t("home.bots")}</label>
        <label class="check"><input type="checkbox" .checked=${form.private} @change=${(e: Event) => { form.private = (e.target as HTMLInputElement).checked; }} /> ${t("home.private")}</label>
        <button id="create-game" class="primary" ?disabled=${store.busy} @click=${() => void create({ scenarioId: form.scenarioId, ...settings() })}>${t("home.createButton")}</button>
      </section>
      ${classCard()}
      <section class="card">
        <h2>${t("home.solo")}</h2>
        <p class="hint">${t("home.soloHint")}</p>
        <label>${t("home.playAs")}
          <select id="solo-seat" @change=${(e: Event) => { form.soloSeat = (e.target as HTMLSelectElement).value; }}>
            ${(["us", "nvidia", "uae", "saudi", "cloudlab", "startuplab"] as const).map((id) => html`<option value=${id} ?selected=${id === form.soloSeat}>${t(`solo.${id}`)}</option>`)}
          </select>
        </label>
        <button id="solo" class="primary" ?disabled=${store.busy}
          @click=${() => void create({ scenarioId: form.scenarioId, bots: true, private: true, timers: { briefing: 600, negotiation: 1800, orders: 1800, report: 600 } }, true)}>${t("home.soloButton")}</button>
      </section>
      <section class="card">
        <h2>${t("home.designer")}</h2>
        <p class="hint">${t("home.designerHint")}</p>
        <label>${t("home.scenarioFile")}
          <input type="file" accept="application/json,.json" @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void upload(f); }} />
        </label>
      </section>
    </div>
    ${form.problems.length ? html`
      <section class="problems" role="alert">
        <h3>${t("home.problems")}</h3>
        <p class="hint">${t("home.problemsHint")}</p>
        <ul>${form.problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>
      </section>` : nothing}
  </main>`;
}
