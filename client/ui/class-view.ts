// What a tab in a class shows: the teacher's dashboard or class debrief; a student's form to join,
// then the wait until the teacher forms the groups. A placed student sees its group's game, the
// page's own screens (classView is null then).
import { html, nothing, type TemplateResult } from "lit-html";
import "../class.css";
import { ct } from "../class-i18n.ts";
import { classStore, joinClass } from "../class-net.ts";
import { t } from "../i18n.ts";
import { playerName, setPlayerName } from "../net.ts";
import { notify, store, update } from "../store.ts";
import { dashboard } from "./class-dashboard.ts";
import { langSwitch, local, nameOf } from "./common.ts";

let debriefModule: typeof import("./class-debrief.ts") | null = null;

export function classView(): TemplateResult | null {
  if (!classStore.code) return null;
  const welcome = classStore.welcome;
  if (welcome?.role === "teacher") {
    if (!classStore.debrief) return dashboard();
    if (debriefModule) return debriefModule.classDebrief();
    void import("./class-debrief.ts").then((m) => { debriefModule = m; update({}); });
    return html`<p class="loading">${ct("deb.loading")}</p>`;
  }
  if (classStore.joining) return joinForm(classStore.code);
  const placed = classStore.placement;
  // in its group's game: the game's screens
  if (placed?.game && store.code === placed.game && store.room) return null;
  return waiting();
}

const student = { friends: "" };

async function join(): Promise<void> {
  const name = playerName();
  if (!name) return notify("error", ct("join.needName"));
  update({ busy: true });
  try {
    await joinClass(name, student.friends.split(/[,，、;]/).map((f) => f.trim()).filter(Boolean).slice(0, 4));
  } catch (error) {
    notify("error", `${ct("join.failed", { code: classStore.code ?? "" })} ${(error as Error).message}`);
  } finally {
    update({ busy: false });
  }
}

function joinForm(code: string) {
  return html`
    <main class="home class-join">
      <div class="home-top">${langSwitch()}</div>
      <h1>${t("app.title")}</h1>
      <section class="card">
        <h2>${ct("join.title", { code })}</h2>
        <form @submit=${(e: Event) => { e.preventDefault(); void join(); }}>
          <label>${ct("join.name")}
            <input id="class-name" .value=${playerName()} maxlength="40" autocomplete="nickname" required
              @change=${(e: Event) => setPlayerName((e.target as HTMLInputElement).value.trim())} />
          </label>
          <label>${ct("join.friends")}
            <input id="class-friends" .value=${student.friends} maxlength="160" @input=${(e: Event) => { student.friends = (e.target as HTMLInputElement).value; }} />
          </label>
          <button id="join-class" type="submit" class="primary" ?disabled=${store.busy}>${ct("join.button")}</button>
        </form>
      </section>
    </main>`;
}

function waiting() {
  const welcome = classStore.welcome;
  const placed = classStore.placement;
  return html`
    <main class="home class-wait">
      <div class="home-top">${langSwitch()}</div>
      <h1>${t("app.title")}</h1>
      ${welcome ? html`
        <section class="card" aria-live="polite">
          <h2>${ct("wait.title", { code: welcome.code, name: welcome.student?.name ?? "" })}</h2>
          ${welcome.scenario ? html`<p class="scenario-desc">${local(welcome.scenario.title)}</p>` : nothing}
          <p class="waiting">${placed?.game
            ? ct("wait.placed", { group: placed.group! + 1, seat: nameOf(placed.actor ?? "") })
            : classStore.removed ? ct("wait.out") : ct("wait.forming")}</p>
        </section>` : html`<p class="loading">${t("debrief.loading")}</p>`}
    </main>`;
}
