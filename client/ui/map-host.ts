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
