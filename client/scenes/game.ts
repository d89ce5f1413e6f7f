// The Phaser game in the page: one canvas with two scenes, the world map and the supply chain, fed
// with the current view. Loaded on demand (dynamic import) so the first screens stay light.
import Phaser from "phaser";
import type { AppState } from "../store.ts";
import { ChainScene } from "./chain-scene.ts";
import { MapScene } from "./map-scene.ts";
import { feed } from "./feed.ts";
import type { Pick } from "../map/figures.ts";

let game: Phaser.Game | null = null;

/**
 * WebGL where the browser has a real GPU; the Canvas renderer where WebGL would run in software
 * (SwiftShader, llvmpipe: many school laptops and virtual machines), as a flat map with a few moving
 * dots then draws at full frame rate, and software WebGL does not.
 */
function renderer(): number {
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return Phaser.CANVAS;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|software|softpipe/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}

export function mount(host: HTMLElement): void {
  game = new Phaser.Game({
    type: renderer(),
    parent: host,
    width: Math.max(320, host.clientWidth),
    height: Math.max(240, host.clientHeight),
    backgroundColor: "#eaf0f6",
    scale: { mode: Phaser.Scale.RESIZE },
    render: { antialias: true },
    banner: false,
    scene: [MapScene, ChainScene],
  });
}

export function unmount(): void {
  game?.destroy(true);
  game = null;
}

/** Shows one of the two scenes and hands it the latest view. */
export function show(tab: "map" | "chain", store: AppState): void {
  feed.set(store);
  if (!game) return;
  const want = tab === "map" ? "map" : "chain";
  const other = tab === "map" ? "chain" : "map";
  const scenes = game.scene;
  if (!scenes.isActive(want) && scenes.getScene(want)) {
    if (scenes.isActive(other)) scenes.sleep(other);
    if (scenes.isSleeping(want)) scenes.wake(want);
    else scenes.start(want);
  }
}

/** The legend's list of flows (and the keyboard) choose what the map shows the figures of. */
export function pick(p: Pick | null): void {
  (game?.scene.getScene("map") as MapScene | undefined)?.show(p);
}

/** The arrow keys on the map call this. */
export function pan(dx: number, dy: number): void {
  (game?.scene.getScene("map") as MapScene | undefined)?.panBy(dx, dy);
}

/** The map's zoom buttons call this. */
export function zoom(by: number): void {
  const scene = game?.scene.getScene("map") as MapScene | undefined;
  scene?.zoomBy(by);
}
