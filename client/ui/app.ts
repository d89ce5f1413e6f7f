// The page: a header, notices, the banner when the connection drops, and the screen of the moment.
// The debrief (charts, the engine for the timeline) loads only when a game is over.
import { html } from "lit-html";
import { t } from "../i18n.ts";
import { store, update } from "../store.ts";
import { tour } from "../guide/tour.ts";
import { cardDialog, printSet } from "./card.ts";
import { classView } from "./class-view.ts";
import { connectionBanner, notices } from "./common.ts";
import { confirmDialog } from "./confirm.ts";
import { game } from "./game.ts";
import { home } from "./home.ts";
import { lobby } from "./lobby.ts";

let debriefModule: typeof import("./debrief.ts") | null = null;

function screen() {
  switch (store.screen) {
    case "home": return home();
    case "lobby": return store.room ? lobby() : home();
    case "game": return game();
    case "print": return printSet();
    case "debrief":
      if (debriefModule) return debriefModule.debrief();
      void import("./debrief.ts").then((m) => { debriefModule = m; update({}); });
      return html`<p class="loading">${t("debrief.loading")}</p>`;
  }
}

export const app = () => html`${connectionBanner()}${classView() ?? screen()}${tour()}${cardDialog()}${confirmDialog()}${notices()}`;
