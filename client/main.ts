// The client's entry: fonts and styles, the language, the URL, and one render of the whole page per
// change of the store. Phaser loads only when a game screen needs the map.
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./styles.css";
import { render } from "lit-html";
import { initialLang } from "./i18n.ts";
import { openClass } from "./class-net.ts";
import { api, enterGame } from "./net.ts";
import { store, subscribe, update, type ScenarioSummary } from "./store.ts";
import { app } from "./ui/app.ts";
import { focusPending } from "./guide/places.ts";
import { placeTour } from "./guide/tour.ts";
import { autoScroll } from "./ui/projector.ts";
import { syncMap } from "./ui/map-host.ts";
import { focusNextAction } from "./ui/focus.ts";

const root = document.getElementById("app")!;

function draw(): void {
  document.documentElement.lang = store.lang === "zh" ? "zh-CN" : "en";
  document.documentElement.classList.toggle("projector", store.projector);
  render(app(), root);
  syncMap();
  focusPending();
  focusNextAction();
  placeTour();
  autoScroll();
}
subscribe(draw);
// the tour's card follows what it points at as the page resizes or scrolls
addEventListener("resize", () => update({}));
addEventListener("scroll", placeTour, { capture: true, passive: true });
update({ lang: initialLang() });

// /?join=CODE opens the join form filled in; /?game=CODE (after a reload) goes back into the game;
// /?projector=CODE shows the public projector view; /?class=CODE opens a class (to join, or to run)
const params = new URLSearchParams(location.search);
const code = params.get("game") ?? params.get("projector");
const classCode = params.get("class");
if (classCode) {
  openClass(classCode.toUpperCase()).catch(() => update({ screen: "home" }));
} else if (code) {
  enterGame(code.toUpperCase(), { projector: params.has("projector") }).catch(() => update({ screen: "home" }));
}
api<ScenarioSummary[]>("/api/scenarios").then((scenarios) => update({ scenarios })).catch(() => undefined);
// a clock for the phase timer
setInterval(() => { if (store.room?.deadline) update({}); }, 1000);
