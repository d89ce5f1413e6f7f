// Where the keyboard goes when what it was on goes away: after joining a game, taking a seat, the
// game's start and submitting orders, the button pressed is gone, and the focus would drop to the page
// itself. It moves instead to where the next action is.
import { focusIn } from "../guide/places.ts";
import { store } from "../store.ts";

let last: { screen: string; seat: string | null; submitted: boolean } = { screen: "", seat: null, submitted: false };

/** Where the next action is after each change: selectors, the first that matches taken. */
function nextAction(): string | null {
  const was = last;
  last = { screen: store.screen, seat: store.seat, submitted: store.submitted };
  if (store.screen !== was.screen) {
    if (store.screen === "lobby") return "#start-game, #role-card-button, .seat button.claim";
    if (store.screen === "game") return "#continue, #todo button, .side .panel";
    if (store.screen === "debrief") return "main.debrief h1";
    return null;
  }
  if (store.seat && store.seat !== was.seat) return store.screen === "lobby" ? "#role-card-button, .seat.mine" : ".side .panel";
  if (store.submitted && !was.submitted) return "#unsubmit";
  return null;
}

/** the place wanted and not yet drawn (the debrief draws once its module has loaded) */
let wanted: string | null = null;

/** Called after each render: moves the focus only where it dropped to the page (never off a field). */
export function focusNextAction(): void {
  wanted = nextAction() ?? wanted;
  if (!wanted) return;
  const active = document.activeElement;
  if (active && active !== document.body) { wanted = null; return; }
  const el = wanted.split(", ").map((s) => document.querySelector<HTMLElement>(s)).find((x) => x !== null);
  if (!el) return;
  wanted = null;
  focusIn(el);
}
