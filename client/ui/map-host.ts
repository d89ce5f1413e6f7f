// Mounts Phaser into the page when a game screen shows the map, and keeps it fed with the view.
// Phaser is loaded on demand, so the home and lobby screens open without it.
import type { Pick } from "../map/figures.ts";
import { store } from "../store.ts";

type Scenes = typeof import("../scenes/game.ts");
let scenes: Scenes | null = null;
let loading = false;
let mounted: HTMLElement | null = null;

export function zoomMap(step: number): void {
  scenes?.zoom(step);
}

/** Moves the map by a share of its width and height (the arrow keys). */
export function panMap(dx: number, dy: number): void {
  scenes?.pan(dx, dy);
}

/** The keys on the focused map: arrows move it, + and − zoom, 0 shows the whole world. */
export function mapKeys(e: KeyboardEvent): void {
  if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
  const move: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const zoom: Record<string, number> = { "+": 1, "=": 1, "-": -1, "_": -1, "0": 0 };
  if (e.key in move) panMap(...move[e.key]!);
  else if (e.key in zoom) zoomMap(zoom[e.key]!);
  else return;
  e.preventDefault();
}

/** Shows a flow's (or an actor's) figures on the map. */
export function pickOnMap(p: Pick | null): void {
  scenes?.pick(p);
}

export function syncMap(): void {
  const host = document.getElementById("phaser-host");
  if (!host) {
    if (mounted) { scenes?.unmount(); mounted = null; }
    return;
  }
  if (!scenes) {
    if (!loading) {
      loading = true;
      void import("../scenes/game.ts").then((m) => { scenes = m; syncMap(); });
    }
    return;
  }
  if (mounted !== host) {
    scenes.unmount();
    scenes.mount(host);
    mounted = host;
  }
  scenes.show(store.projector ? "map" : store.mapTab, store);
}
