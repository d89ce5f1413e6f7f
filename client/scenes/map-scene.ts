// The world map: countries shaded by bloc, each actor's home marked, and the last round's flows
// animated as arcs (only those this seat may see: they come from its view). Drag to pan, wheel or the
// buttons to zoom, hover for figures.
import Phaser from "phaser";
import { count, dollars, millions } from "../format.ts";
import { t } from "../i18n.ts";
import { countryName, LABEL_OFFSET, regionPoint, shapesOfRegion, worldMap, type WorldMap } from "../map/geo.ts";
import { blocOf, flowsOf, type Bloc, type Flow, type FlowKind } from "../map/model.ts";
import { labelled } from "../ui/words.ts";
import { FONT, feed, label, regionOf, withGlyphs } from "./feed.ts";

const W = 1600, H = 820;
/** Okabe–Ito colours; blocs differ in lightness and pattern too, never by red against green alone. */
export const BLOC_COLOUR: Record<Bloc, number> = { us: 0x0072b2, china: 0xd55e00, aligned: 0x56b4e9, neutral: 0xe69f00, suspect: 0xcc79a7 };
export const FLOW_STYLE: Record<FlowKind, { colour: number; dash: number }> = {
  sale: { colour: 0x0072b2, dash: 0 }, domestic: { colour: 0xd55e00, dash: 0 }, lease: { colour: 0xcc79a7, dash: 10 },
  smuggled: { colour: 0x222222, dash: 4 }, cloud: { colour: 0x009e73, dash: 16 },
};
const LAND = 0xd6dde5, BORDER = 0xffffff;
/** The map (land, home regions, arcs) is drawn into one texture when the view changes, at this multiple
 *  of the world size to stay sharp when zoomed: thousands of country vertices redrawn every frame,
 *  or several full-screen layers blended, would cost the frame rate on a laptop without a GPU. */
const SHARP = 1.5;

interface Arc { flow: Flow; points: Phaser.Math.Vector2[]; width: number }

export class MapScene extends Phaser.Scene {
  private map!: WorldMap;
  private shapes = new Map<string, Phaser.Math.Vector2[][]>();
  private picture: Phaser.GameObjects.Image | null = null;
  private dots!: Phaser.GameObjects.Graphics;
  private markers: Phaser.GameObjects.GameObject[] = [];
  private flows: Arc[] = [];
  private drawn = -1;
  private tooltip: HTMLDivElement | null = null;

  constructor() { super("map"); }

  create(): void {
    this.map = worldMap(W, H);
    for (const c of this.map.countries) {
      const polys = c.polygons.map((flat) => {
        const pts: Phaser.Math.Vector2[] = [];
        for (let i = 0; i < flat.length; i += 2) pts.push(new Phaser.Math.Vector2(flat[i] * SHARP, flat[i + 1] * SHARP));
        return pts;
      });
      this.shapes.set(c.alpha2 ?? `#${c.numeric}`, polys);
    }
    this.dots = this.add.graphics().setDepth(3);
    this.fit();
    this.scale.on("resize", () => this.fit());
    this.input.on("wheel", (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? -1 : 1, pointer));
    this.input.on("pointermove", (pointer: Phaser.Input.Pointer) => {
      if (pointer.isDown) {
        const cam = this.cameras.main;
        cam.scrollX -= (pointer.x - pointer.prevPosition.x) / cam.zoom;
        cam.scrollY -= (pointer.y - pointer.prevPosition.y) / cam.zoom;
        this.hideTooltip();
      } else this.hover(pointer);
    });
    this.input.on("gameout", () => this.hideTooltip());
    this.events.on("shutdown", () => this.tooltip?.remove());
  }

  private fit(): void {
    const cam = this.cameras.main;
    cam.setZoom(Math.min(this.scale.width / W, this.scale.height / H));
    cam.centerOn(W / 2, H / 2);
    this.keepScreenSize();
  }

  zoomBy(step: number, around?: Phaser.Input.Pointer): void {
    const cam = this.cameras.main;
    const min = Math.min(this.scale.width / W, this.scale.height / H);
    const before = around ? cam.getWorldPoint(around.x, around.y) : null;
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * (step > 0 ? 1.25 : 0.8), min, min * 8));
    if (step === 0) this.fit();
    if (before && around) {
      const after = cam.getWorldPoint(around.x, around.y);
      cam.scrollX += before.x - after.x;
      cam.scrollY += before.y - after.y;
    }
    this.keepScreenSize();
  }

  /** Markers and labels keep their size on screen whatever the zoom. */
  private keepScreenSize(): void {
    const s = 1 / this.cameras.main.zoom;
    for (const m of this.markers) (m as unknown as Phaser.GameObjects.Components.Transform).setScale(s);
  }

  override update(time: number): void {
    // the benchmark's mark: the map has been drawn once (ms since the page started loading)
    (window as unknown as { __mapDrawn?: number }).__mapDrawn ??= performance.now();
    if (this.drawn !== feed.version) this.redraw();
    // dots travel along each arc, faster for bigger flows
    this.dots.clear();
    for (const arc of this.flows) {
      const style = FLOW_STYLE[arc.flow.kind];
      this.dots.fillStyle(style.colour, 1);
      const n = arc.points.length - 1;
      for (let k = 0; k < 4; k++) {
        const f = ((time / 2600 + k / 4) % 1) * n;
        const a = arc.points[Math.floor(f)]!, b = arc.points[Math.min(n, Math.floor(f) + 1)]!;
        const u = f - Math.floor(f);
        this.dots.fillCircle(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u, 2 + arc.width * 0.6);
      }
    }
  }

  /** Draws a Graphics into a texture once and shows that instead. */
  private bake(g: Phaser.GameObjects.Graphics, key: string): Phaser.GameObjects.Image {
    if (this.textures.exists(key)) this.textures.remove(key);
    g.generateTexture(key, W * SHARP, H * SHARP);
    g.destroy();
    return this.add.image(0, 0, key).setOrigin(0).setScale(1 / SHARP);
  }

  private redraw(): void {
    this.drawn = feed.version;
    const view = feed.view, scenario = feed.scenario;
    this.picture?.destroy();
    const g = this.make.graphics({}, false);
    g.fillStyle(LAND, 1);
    g.lineStyle(0.6 * SHARP, BORDER, 1);
    for (const polys of this.shapes.values()) for (const pts of polys) { g.fillPoints(pts, true); g.strokePoints(pts, true); }
    for (const m of this.markers) m.destroy();
    this.markers = [];
    this.flows = [];
    if (!view || !scenario) {
      this.picture = this.bake(g, "map");
      return;
    }
    // home regions, shaded by bloc; an outline marks Gulf states outside US conditions or caught leasing
    const homes = new Map<string, Bloc>();
    for (const a of scenario.actors) {
      const bloc = blocOf(view, a.id);
      if (!homes.has(a.region) || a.role === "gulf") homes.set(a.region, bloc);
    }
    for (const [region, bloc] of homes) {
      const polys = shapesOfRegion(region, feed.lang).flatMap((shape) => this.shapes.get(shape) ?? []);
      g.fillStyle(BLOC_COLOUR[bloc], bloc === "aligned" || bloc === "neutral" ? 0.75 : 0.55);
      for (const pts of polys) g.fillPoints(pts, true);
      if (bloc === "suspect" || bloc === "neutral") {
        g.lineStyle(SHARP, 0x333333, 0.5);
        for (const pts of polys) g.strokePoints(pts, true);
      }
    }
    // markers: the actors of a country side by side around its point
    const byRegion = new Map<string, string[]>();
    for (const a of scenario.actors) byRegion.set(a.region, [...(byRegion.get(a.region) ?? []), a.id]);
    for (const [region, ids] of byRegion) {
      const [x, y] = regionPoint(this.map, region);
      ids.forEach((id, i) => {
        const angle = (i / ids.length) * Math.PI * 2, r = ids.length > 1 ? 12 / this.cameras.main.zoom : 0;
        const mx = x + Math.cos(angle) * r, my = y + Math.sin(angle) * r;
        const mine = id === feed.seat;
        const dot = this.add.circle(mx, my, mine ? 6 : 4.5, BLOC_COLOUR[blocOf(view, id)]).setStrokeStyle(mine ? 2.5 : 1.2, mine ? 0x000000 : 0xffffff).setDepth(4);
        dot.setData("actor", id);
        this.markers.push(dot);
      });
      // one actor: its name; several: the country, with how many
      const text = ids.length > 1 ? t("map.actorsIn", { country: countryName(region, feed.lang), n: ids.length }) : label(ids[0]!);
      const [dx, dy] = LABEL_OFFSET[region] ?? [0, 20];
      this.markers.push(this.add.text(x + dx, y + dy, text, { fontFamily: FONT, fontSize: "12px", color: "#1b2733", backgroundColor: "rgba(255,255,255,0.8)", padding: { x: 3, y: 1 } })
        .setOrigin(0.5, 0.5).setResolution(2).setDepth(5));
    }
    // the flows of the last round
    const flows = flowsOf(view, scenario);
    const max = Math.max(1, ...flows.map((f) => f.amount));
    for (const flow of flows) {
      const a = regionPoint(this.map, regionOf(flow.from)), b = regionPoint(this.map, regionOf(flow.to));
      const points = curve(a, b);
      const width = 1 + 4 * Math.sqrt(flow.amount / max);
      this.flows.push({ flow, points, width });
      const style = FLOW_STYLE[flow.kind];
      g.lineStyle(width * SHARP, style.colour, 0.55);
      if (style.dash === 0) g.strokePoints(sharp(points), false);
      else dashed(g, sharp(points), style.dash * SHARP);
    }
    this.picture = this.bake(g, "map");
    this.keepScreenSize();
    withGlyphs(this.markers.filter((m): m is Phaser.GameObjects.Text => m instanceof Phaser.GameObjects.Text).map((m) => m.text));
  }

  private hover(pointer: Phaser.Input.Pointer): void {
    const view = feed.view;
    if (!view) return;
    const p = this.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const near = this.markers.find((m) => m instanceof Phaser.GameObjects.Arc && Phaser.Math.Distance.Between(m.x, m.y, p.x, p.y) < 10 / this.cameras.main.zoom);
    let html = "";
    if (near) html = actorTip(near.getData("actor") as string);
    else {
      const at = new Phaser.Math.Vector2(p.x * SHARP, p.y * SHARP);
      const region = [...this.shapes].find(([key, polys]) => !key.startsWith("#") && polys.some((pts) => Phaser.Geom.Polygon.ContainsPoint(new Phaser.Geom.Polygon(pts), at)))?.[0];
      if (region) {
        const actors = feed.scenario?.actors.filter((a) => a.region === region) ?? [];
        html = `<strong>${countryName(region, feed.lang)}</strong>${actors.map((a) => `<div>${actorTip(a.id)}</div>`).join("")}`;
      }
    }
    if (!html) return this.hideTooltip();
    const el = this.tooltip ?? (this.tooltip = Object.assign(document.createElement("div"), { className: "map-tooltip", role: "tooltip" }));
    if (!el.isConnected) this.game.canvas.parentElement?.append(el);
    el.innerHTML = html;
    el.style.left = `${pointer.x + 14}px`;
    el.style.top = `${pointer.y + 10}px`;
    el.hidden = false;
  }

  private hideTooltip(): void {
    if (this.tooltip) this.tooltip.hidden = true;
  }
}

/** What the public (or the seat) knows of an actor, in a line or two. */
function actorTip(id: string): string {
  const view = feed.view!;
  const a = view.actors.find((x) => x.id === id);
  if (!a) return escape(label(id));
  const lang = feed.lang;
  const lines = [`<strong>${escape(label(id))}</strong>`];
  if (a.role === "vendor") lines.push(`${labelled(t("res.sharePrice"), dollars(a.sharePrice, lang))} · ${labelled(t("res.revenueLast"), millions(a.revenue, lang))}`);
  if (a.role === "gulf" || a.role === "chinaFirm") lines.push(`${labelled(t("res.compute"), `${count(a.compute, lang)} ${t("unit.h100e")}`)} · ${labelled(t("res.capability"), a.capability.toFixed(1))}`);
  if (a.role === "gulf") lines.push(a.securityConditions ? t("map.underConditions") : t("map.noConditions"));
  if (a.entityListed) lines.push(t("map.entityListed"));
  return lines.join("<br>");
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const sharp = (pts: Phaser.Math.Vector2[]) => pts.map((p) => new Phaser.Math.Vector2(p.x * SHARP, p.y * SHARP));

/** A bowed line between two points, as a list of points. */
function curve([ax, ay]: [number, number], [bx, by]: [number, number]): Phaser.Math.Vector2[] {
  const mx = (ax + bx) / 2, my = (ay + by) / 2;
  const dx = bx - ax, dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  // a short hop (same country) still gets a visible loop
  const bow = Math.max(40, len * 0.25);
  const c = new Phaser.Math.Vector2(mx - (dy / len) * bow, my + (dx / len) * bow - (len < 5 ? 40 : 0));
  return new Phaser.Curves.QuadraticBezier(new Phaser.Math.Vector2(ax, ay), c, new Phaser.Math.Vector2(bx + (len < 5 ? 20 : 0), by)).getPoints(32);
}

function dashed(g: Phaser.GameObjects.Graphics, points: Phaser.Math.Vector2[], dash: number): void {
  let on = true, left = dash;
  for (let i = 1; i < points.length; i++) {
    let a = points[i - 1]!;
    const b = points[i]!;
    let seg = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
    while (seg > 0) {
      const step = Math.min(left, seg);
      const u = step / seg;
      const next = new Phaser.Math.Vector2(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u);
      if (on) g.lineBetween(a.x, a.y, next.x, next.y);
      seg -= step;
      left -= step;
      a = next;
      if (left <= 0) { on = !on; left = dash; }
    }
  }
}
