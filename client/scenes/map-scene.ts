// The map that tells the round: the land framed on where the actors are (the US in an inset beside
// the Gulf and China), home regions shaded by bloc with a pattern as well as a colour, every flow of
// the last round this seat may see drawn as an arc as wide as the compute it moved, with dots running
// along it. Names and markers are HTML over the canvas, placed so none overlaps another, and each is a
// button: choosing a marker, a country or a flow shows its figures and where they come from.
import Phaser from "phaser";
import { render } from "lit-html";
import type { PublicScenario } from "../../shared/engine/view.ts";
import { frameMap, type MapFrame, type Rect, type Shade } from "../map/geo.ts";
import { figuresOf, type Pick } from "../map/figures.ts";
import { placeLabels, type LabelBox } from "../map/labels.ts";
import { anchorsOf } from "../map/layout.ts";
import { blocOf, flowsOf, widthOf, type Bloc, type Flow, type FlowKind } from "../map/model.ts";
import { mt } from "../i18n/map.ts";
import { feed, label } from "./feed.ts";

const W = 1400, H = 1000;
/** The land is drawn at this multiple of the map's size, to stay sharp when zoomed in. */
const SHARP = 1.5;

/** Okabe–Ito colours; blocs differ in pattern too, never by colour alone (with deuteranopia the US's
 *  blue and the sky blue of a state under US conditions differ only in lightness, and China's
 *  vermilion and an orange would be one olive: the pattern and a yellow keep them apart). */
export const BLOC_SHADE: Record<Bloc, Shade> = {
  us: { colour: "#0072b2", alpha: 0.55, pattern: "solid", outline: false },
  china: { colour: "#d55e00", alpha: 0.5, pattern: "dots", outline: false },
  aligned: { colour: "#56b4e9", alpha: 0.8, pattern: "rows", outline: true },
  neutral: { colour: "#f0e442", alpha: 0.8, pattern: "hatch", outline: true },
  suspect: { colour: "#cc79a7", alpha: 0.75, pattern: "cross", outline: true },
};
/** Each flow's colour and dash (px on, off, on, off…; none for a solid line): leases dashed, smuggled
 *  chips dotted, cloud rentals dash-dotted, so no two dashed kinds differ by colour alone. */
export const FLOW_STYLE: Record<FlowKind, { colour: number; dash: number[] }> = {
  sale: { colour: 0x0072b2, dash: [] }, market: { colour: 0x56b4e9, dash: [] }, domestic: { colour: 0xd55e00, dash: [] },
  lease: { colour: 0xcc79a7, dash: [10, 6] }, smuggled: { colour: 0x222222, dash: [3, 4] }, cloud: { colour: 0x009e73, dash: [16, 4, 3, 4] },
};

interface Arc { flow: Flow; points: Phaser.Math.Vector2[]; width: number }

export class MapScene extends Phaser.Scene {
  private frame: MapFrame | null = null;
  private framedFor: PublicScenario | null = null;
  private base: Phaser.Textures.CanvasTexture | null = null;
  /** the land alone, drawn once per frame of the map */
  private land: HTMLCanvasElement | null = null;
  private baseImage: Phaser.GameObjects.Image | null = null;
  /** each home region's shade as drawn, and in which edition */
  private shaded = new Map<string, Shade>();
  private shadedIn = "";
  private flowLines!: Phaser.GameObjects.Graphics;
  private dots!: Phaser.GameObjects.Graphics;
  private arcs: Arc[] = [];
  private anchors = new Map<string, [number, number]>();
  private overlay: HTMLDivElement | null = null;
  private drawn = -1;
  /** the view version seen last frame: the map redraws a frame after the page has drawn it */
  private noticed = -1;
  /** what is left to draw of a new view, a part a frame */
  private steps: (() => void)[] = [];
  private camera = "";
  private zoomed = 0;
  private pick: Pick | null = null;
  private pressed: { x: number; y: number } | null = null;

  constructor() { super("map"); }

  create(): void {
    this.flowLines = this.add.graphics().setDepth(2);
    this.dots = this.add.graphics().setDepth(3);
    this.fit();
    this.scale.on("resize", () => this.fit());
    this.input.on("wheel", (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? -1 : 1, pointer));
    this.input.on("pointerdown", (p: Phaser.Input.Pointer) => { this.pressed = { x: p.x, y: p.y }; });
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => {
      if (!p.isDown) return;
      const cam = this.cameras.main;
      cam.scrollX -= (p.x - p.prevPosition.x) / cam.zoom;
      cam.scrollY -= (p.y - p.prevPosition.y) / cam.zoom;
    });
    // a press that did not drag the map chooses what is under it
    this.input.on("pointerup", (p: Phaser.Input.Pointer) => {
      if (this.pressed && Math.hypot(p.x - this.pressed.x, p.y - this.pressed.y) < 5) this.choose(p.x, p.y);
      this.pressed = null;
    });
    // the names over the canvas follow the camera once it has been drawn where it now is
    const follow = () => this.followCamera();
    this.game.events.on("postrender", follow);
    this.events.on("sleep", () => { if (this.overlay) this.overlay.hidden = true; });
    this.events.on("wake", () => { if (this.overlay) this.overlay.hidden = false; this.camera = ""; });
    this.events.on("shutdown", () => { this.game.events.off("postrender", follow); this.overlay?.remove(); this.overlay = null; });
  }

  private fit(): void {
    const cam = this.cameras.main;
    cam.setZoom(Math.min(this.scale.width / W, this.scale.height / H));
    cam.centerOn(W / 2, H / 2);
  }

  zoomBy(step: number, around?: Phaser.Input.Pointer): void {
    const cam = this.cameras.main;
    const min = Math.min(this.scale.width / W, this.scale.height / H);
    if (step === 0) return this.fit();
    const before = around ? cam.getWorldPoint(around.x, around.y) : null;
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * (step > 0 ? 1.25 : 0.8), min, min * 6));
    if (before && around) {
      const after = cam.getWorldPoint(around.x, around.y);
      cam.scrollX += before.x - after.x;
      cam.scrollY += before.y - after.y;
    }
  }

  /** Moves the view a fifth of the screen per step (the arrow keys). */
  panBy(dx: number, dy: number): void {
    const cam = this.cameras.main;
    cam.scrollX += (dx * this.scale.width) / 5 / cam.zoom;
    cam.scrollY += (dy * this.scale.height) / 5 / cam.zoom;
  }

  /** Shows the figures of a marker, a country or a flow (the legend's list calls this too). */
  show(pick: Pick | null): void {
    this.pick = pick;
    this.drawFlows();
    this.renderFigures();
  }

  override update(time: number): void {
    if (!this.frame || this.framedFor !== feed.scenario) this.reframe();
    // a new view is drawn from the frame after the page took it, a part a frame, so that no part
    // shares a long task with another
    if (this.drawn !== feed.version) {
      if (this.noticed === feed.version) {
        this.drawn = feed.version;
        this.steps = [() => this.drawBase(), () => { this.placeAnchors(); this.drawFlows(); }, () => this.redrawOverlay()];
      } else this.noticed = feed.version;
    }
    this.steps.shift()?.();
    const cam = this.cameras.main;
    if (cam.zoom !== this.zoomed) {
      this.zoomed = cam.zoom;
      this.placeAnchors();
      this.drawFlows();
    }
    // the benchmark's mark: the map has been drawn once (ms since the page started loading)
    (window as unknown as { __mapDrawn?: number }).__mapDrawn ??= performance.now();
    // dots travel along each arc, faster for bigger flows
    this.dots.clear();
    const z = cam.zoom;
    for (const arc of this.arcs) {
      this.dots.fillStyle(FLOW_STYLE[arc.flow.kind].colour, 1);
      const n = arc.points.length - 1;
      for (let k = 0; k < 4; k++) {
        const f = ((time / 2600 + k / 4) % 1) * n;
        const a = arc.points[Math.floor(f)]!, b = arc.points[Math.min(n, Math.floor(f) + 1)]!;
        const u = f - Math.floor(f);
        this.dots.fillCircle(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u, (2 + arc.width * 0.35) / z);
      }
    }
  }

  /** A new scenario: the frame of the map, and its land drawn once. */
  private reframe(): void {
    const s = feed.scenario;
    this.framedFor = s;
    const regions = [...new Set([...(s?.actors ?? []).map((a) => a.region), ...Object.values(s?.npc ?? {}).map((n) => n.region)])];
    this.frame = frameMap(W, H, regions.length ? regions : ["US", "CN", "AE"]);
    this.land = null;
    this.drawBase();
  }

  /** The land and the shaded home regions: the land drawn once aside, and where a region changes
   *  bloc, the land copied back over its box and the regions there shaded again. */
  private drawBase(): void {
    const view = feed.view, s = feed.scenario, frame = this.frame!;
    const shades = new Map<string, Shade>();
    if (view && s) for (const a of s.actors) if (!shades.has(a.region) || a.role === "gulf") shades.set(a.region, BLOC_SHADE[blocOf(view, a.id)]);
    if (!this.base) {
      this.base = this.textures.createCanvas("map-base", W * SHARP, H * SHARP);
      this.baseImage = this.add.image(0, 0, "map-base").setOrigin(0).setScale(1 / SHARP).setDepth(0);
    }
    const ctx = this.base!.getContext();
    if (!this.land) {
      this.land = document.createElement("canvas");
      this.land.width = W * SHARP;
      this.land.height = H * SHARP;
      frame.drawLand(this.land.getContext("2d")!, SHARP);
      ctx.drawImage(this.land, 0, 0);
      this.shaded = new Map();
    }
    // a change of language redraws every region: an edition may shade more shapes as part of one
    if (this.shadedIn !== feed.lang) { this.shaded = new Map(); this.shadedIn = feed.lang; }
    const changed = [...new Set([...shades.keys(), ...this.shaded.keys()])].filter((r) => this.shaded.get(r) !== shades.get(r));
    if (changed.length === 0) return;
    // each changed region's box in canvas pixels, with a margin for its outline
    const boxes = changed.map((r) => frame.bounds(r, feed.lang).map((v, i) => v * SHARP + (i < 2 ? -3 : 3)));
    const overlaps = (r: string) => {
      const [a0, b0, a1, b1] = frame.bounds(r, feed.lang).map((v) => v * SHARP);
      return boxes.some(([x0, y0, x1, y1]) => a0! <= x1! && a1! >= x0! && b0! <= y1! && b1! >= y0!);
    };
    // the land back over each changed box, and every shade there again, kept within the boxes
    ctx.save();
    ctx.beginPath();
    for (const [x0, y0, x1, y1] of boxes) {
      const x = Math.max(0, Math.floor(x0!)), y = Math.max(0, Math.floor(y0!));
      const w = Math.min(W * SHARP - x, Math.ceil(x1! - x)), h = Math.min(H * SHARP - y, Math.ceil(y1! - y));
      if (w <= 0 || h <= 0) continue;
      ctx.drawImage(this.land, x, y, w, h, x, y, w, h);
      ctx.rect(x, y, w, h);
    }
    ctx.clip();
    frame.drawShades(ctx, SHARP, new Map([...shades].filter(([r]) => overlaps(r))), feed.lang);
    ctx.restore();
    this.shaded = shades;
    this.base!.refresh();
  }

  private redrawOverlay(): void {
    this.buildOverlay();
    this.camera = ""; // laid out again once drawn
    this.renderFigures();
  }

  private placeAnchors(): void {
    this.anchors = this.frame && feed.scenario ? anchorsOf(this.frame, feed.scenario, 12 / this.cameras.main.zoom) : new Map();
  }

  private anchorOf(id: string): [number, number] {
    return this.anchors.get(id) ?? (this.frame && /^[A-Z]{2}$/.test(id) ? this.frame.point(id) : [W / 2, H / 2]);
  }

  private drawFlows(): void {
    const view = feed.view, s = feed.scenario;
    this.flowLines.clear();
    this.arcs = [];
    if (!view || !s) return;
    const flows = flowsOf(view, s);
    const max = Math.max(1, ...flows.map((f) => f.amount));
    const z = this.cameras.main.zoom;
    // the widest drawn first, so thin flows stay on top
    for (const flow of [...flows].sort((a, b) => b.amount - a.amount)) {
      const points = curve(this.anchorOf(flow.from), this.anchorOf(flow.to));
      const width = widthOf(flow.amount, max);
      this.arcs.push({ flow, points, width });
      const style = FLOW_STYLE[flow.kind];
      const picked = this.pick?.kind === "flow" && this.pick.flow.from === flow.from && this.pick.flow.to === flow.to && this.pick.flow.kind === flow.kind;
      if (picked) {
        this.flowLines.lineStyle((width + 6) / z, 0x1b2733, 0.35);
        this.flowLines.strokePoints(points, false);
      }
      this.flowLines.lineStyle(width / z, style.colour, picked ? 0.95 : 0.6);
      if (style.dash.length === 0) this.flowLines.strokePoints(points, false);
      else dashed(this.flowLines, points, style.dash.map((d) => d / z));
    }
  }

  // ---- the names and markers over the canvas ----------------------------------------------------------

  private ensureOverlay(): HTMLDivElement | null {
    const host = this.game.canvas.parentElement;
    if (!host) return null;
    if (!this.overlay || !this.overlay.isConnected) {
      this.overlay?.remove();
      this.overlay = Object.assign(document.createElement("div"), { className: "map-overlay" });
      this.overlay.innerHTML = `<svg class="map-marks" aria-hidden="true"></svg><div class="map-labels"></div><div class="map-inset-title" aria-hidden="true"></div><section class="map-figures" role="dialog" aria-modal="false" hidden></section>`;
      host.append(this.overlay);
    }
    return this.overlay;
  }

  /** One button per actor: its name, the seat's own marked. */
  private buildOverlay(): void {
    const overlay = this.ensureOverlay();
    const s = feed.scenario;
    if (!overlay || !s) return;
    const labels = overlay.querySelector(".map-labels")!;
    labels.replaceChildren(...[...this.anchors.keys()].map((id) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = `map-label${id === feed.seat ? " mine" : ""}`;
      b.dataset.actor = id;
      b.textContent = id === s.npc.worldMarket?.id ? mt("map.usClouds") : label(id);
      b.addEventListener("click", () => this.show({ kind: "actor", id }));
      return b;
    }));
    overlay.querySelector(".map-inset-title")!.textContent = this.frame?.inset ? mt("map.inset") : "";
  }

  private followCamera(): void {
    const cam = this.cameras.main;
    const camera = `${cam.zoom}:${cam.worldView.x.toFixed(1)}:${cam.worldView.y.toFixed(1)}:${this.scale.width}:${this.scale.height}:${this.drawn}`;
    if (camera === this.camera || !this.scene.isActive()) return;
    this.camera = camera;
    this.layoutOverlay();
  }

  /** Places the markers and names for the current zoom and size. */
  private layoutOverlay(): void {
    const overlay = this.overlay;
    const frame = this.frame, view = feed.view;
    if (!overlay || !frame) return;
    const cam = this.cameras.main;
    const screen = (x: number, y: number): [number, number] => [(x - cam.worldView.x) * cam.zoom, (y - cam.worldView.y) * cam.zoom];
    const bounds: Rect = { x: 0, y: 0, w: this.scale.width, h: this.scale.height };
    const keepClear: Rect[] = [{ x: bounds.w - 52, y: 0, w: 52, h: 130 }];
    const legend = overlay.parentElement?.parentElement?.querySelector(".legend") as HTMLElement | null;
    if (legend) keepClear.push({ x: legend.offsetLeft, y: legend.offsetTop, w: legend.offsetWidth, h: legend.offsetHeight });
    const inset = frame.inset;
    const [ix, iy] = inset ? screen(inset.x, inset.y) : [0, 0];
    const insetRect = inset ? { x: ix, y: iy, w: inset.w * cam.zoom, h: inset.h * cam.zoom } : null;
    const buttons = [...overlay.querySelectorAll<HTMLButtonElement>(".map-label")];
    const boxes: LabelBox[] = buttons.map((b) => {
      const id = b.dataset.actor!;
      const [ax, ay] = screen(...this.anchorOf(id));
      const inInset = insetRect !== null && ax >= insetRect.x && ax <= insetRect.x + insetRect.w && ay >= insetRect.y && ay <= insetRect.y + insetRect.h;
      return { id, ax, ay, w: b.offsetWidth, h: b.offsetHeight, ...(inInset ? { side: "left" as const } : {}) };
    });
    const placed = placeLabels(boxes, bounds, insetRect ? [...keepClear, insetRect] : keepClear);
    const marks: string[] = [];
    for (const p of placed) {
      const b = buttons.find((x) => x.dataset.actor === p.id)!;
      const box = boxes.find((x) => x.id === p.id)!;
      b.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
      if (p.leader) {
        const cx = Math.max(p.x, Math.min(box.ax, p.x + p.w)), cy = Math.max(p.y, Math.min(box.ay, p.y + p.h));
        marks.push(`<line x1="${box.ax}" y1="${box.ay}" x2="${cx}" y2="${cy}" />`);
      }
    }
    const npcBloc = (id: string): Bloc => {
      const region = Object.values(feed.scenario?.npc ?? {}).find((n) => n.id === id)?.region;
      return region === "CN" ? "china" : region === "US" ? "us" : "neutral";
    };
    for (const box of boxes) {
      const actor = feed.scenario?.actors.some((a) => a.id === box.id);
      const colour = BLOC_SHADE[view && actor ? blocOf(view, box.id) : npcBloc(box.id)].colour;
      const mine = box.id === feed.seat;
      marks.push(`<circle cx="${box.ax}" cy="${box.ay}" r="${mine ? 6.5 : 5}" fill="${colour}" stroke="${mine ? "#000" : "#1b2733"}" stroke-width="${mine ? 2.5 : 1.2}" />`);
    }
    const svg = overlay.querySelector("svg")!;
    svg.setAttribute("width", String(bounds.w));
    svg.setAttribute("height", String(bounds.h));
    svg.innerHTML = marks.join("");
    const title = overlay.querySelector<HTMLElement>(".map-inset-title")!;
    title.hidden = !insetRect;
    if (insetRect) title.style.transform = `translate(${Math.round(insetRect.x + 6)}px, ${Math.round(insetRect.y + insetRect.h - 18)}px)`;
  }

  private choose(x: number, y: number): void {
    const cam = this.cameras.main;
    const p = cam.getWorldPoint(x, y);
    // the nearest flow within a few pixels of its line, else the home region under the pointer
    let best: Arc | null = null, bestD = Infinity;
    for (const arc of this.arcs) {
      for (let i = 1; i < arc.points.length; i++) {
        const d = Phaser.Math.Distance.BetweenPoints(p, nearestOnSegment(p, arc.points[i - 1]!, arc.points[i]!)) * cam.zoom;
        if (d < Math.max(6, arc.width / 2 + 2) && d < bestD) { best = arc; bestD = d; }
      }
    }
    if (best) return this.show({ kind: "flow", flow: best.flow });
    const regions = new Set((feed.scenario?.actors ?? []).map((a) => a.region));
    const region = this.frame?.regionAt(p.x, p.y, regions);
    this.show(region ? { kind: "region", region } : null);
  }

  private renderFigures(): void {
    const box = this.overlay?.querySelector<HTMLElement>(".map-figures");
    const view = feed.view;
    if (!box) return;
    if (!this.pick || !view) {
      box.hidden = true;
      return;
    }
    const wasHidden = box.hidden;
    box.hidden = false;
    box.setAttribute("aria-label", mt("map.figures"));
    render(figuresOf(view, this.pick), box);
    let close = box.querySelector<HTMLButtonElement>(":scope > button.close");
    if (!close) {
      close = Object.assign(document.createElement("button"), { type: "button", className: "close link" });
      close.addEventListener("click", () => this.show(null));
      box.addEventListener("keydown", (e) => { if (e.key === "Escape") this.show(null); });
      box.prepend(close);
    }
    close.textContent = `× ${mt("map.close")}`;
    if (wasHidden) close.focus({ preventScroll: true });
  }
}

/** A bowed line between two points, as a list of points; a short hop still gets a visible loop. */
function curve([ax, ay]: [number, number], [bx, by]: [number, number]): Phaser.Math.Vector2[] {
  const mx = (ax + bx) / 2, my = (ay + by) / 2;
  const dx = bx - ax, dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  const bow = Math.max(30, len * 0.22);
  const c = new Phaser.Math.Vector2(mx - (dy / len) * bow + (len < 5 ? 30 : 0), my + (dx / len) * bow - (len < 5 ? 30 : 0));
  return new Phaser.Curves.QuadraticBezier(new Phaser.Math.Vector2(ax, ay), c, new Phaser.Math.Vector2(bx, by)).getPoints(32);
}

function nearestOnSegment(p: Phaser.Math.Vector2, a: Phaser.Math.Vector2, b: Phaser.Math.Vector2): Phaser.Math.Vector2 {
  const dx = b.x - a.x, dy = b.y - a.y;
  const u = Phaser.Math.Clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1), 0, 1);
  return new Phaser.Math.Vector2(a.x + dx * u, a.y + dy * u);
}

function dashed(g: Phaser.GameObjects.Graphics, points: Phaser.Math.Vector2[], dash: number[]): void {
  let part = 0, left = dash[0]!;
  for (let i = 1; i < points.length; i++) {
    let a = points[i - 1]!;
    const b = points[i]!;
    let seg = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
    while (seg > 0) {
      const step = Math.min(left, seg);
      const u = step / seg;
      const next = new Phaser.Math.Vector2(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u);
      // even parts of the pattern are drawn, odd ones are the gaps
      if (part % 2 === 0) g.lineBetween(a.x, a.y, next.x, next.y);
      seg -= step;
      left -= step;
      a = next;
      if (left <= 0) { part = (part + 1) % dash.length; left = dash[part]!; }
    }
  }
}
