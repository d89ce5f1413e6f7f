// The supply chain: foundry → chip makers → data centres and clouds → AI labs, with each link drawn as
// controls leave it (open, licence needed, under review, cut, or grey where the US cannot see), and the
// split index as a gauge with its trend. Laid out in screen pixels, so its words stay at least 13 px
// whatever the size of the window.
import Phaser from "phaser";
import { percent } from "../format.ts";
import { t } from "../i18n.ts";
import { chainOf, LINK_STATES, type LinkState } from "../map/model.ts";
import { FONT, feed, label, withGlyphs } from "./feed.ts";
import { BLOC_SHADE } from "./map-scene.ts";

/** The smallest text the view draws, px. */
export const CHAIN_FONT = 13;
const hex = (colour: string) => Number.parseInt(colour.slice(1), 16);

/** How each kind of link is drawn; the mark on it is a word's first letter in each language. */
export const LINK_STYLE: Record<LinkState, { colour: number; alpha: number; dash: number; glyph: () => string }> = {
  open: { colour: 0x0072b2, alpha: 0.7, dash: 0, glyph: () => "" },
  licensed: { colour: 0x0072b2, alpha: 0.7, dash: 0, glyph: () => t("link.glyphLicensed") },
  review: { colour: 0xe69f00, alpha: 0.9, dash: 8, glyph: () => t("link.glyphReview") },
  cut: { colour: 0xd55e00, alpha: 0.8, dash: 3, glyph: () => "×" },
  grey: { colour: 0x888888, alpha: 0.6, dash: 2, glyph: () => "?" },
};

export class ChainScene extends Phaser.Scene {
  private layer: Phaser.GameObjects.GameObject[] = [];
  private drawn = -1;
  private size = "";

  constructor() { super("chain"); }

  create(): void {
    this.cameras.main.setZoom(1);
    this.scale.on("resize", () => { this.size = ""; });
  }

  override update(): void {
    const size = `${this.scale.width}x${this.scale.height}`;
    if (this.drawn !== feed.version || size !== this.size) {
      this.size = size;
      this.redraw();
    }
  }

  private text(x: number, y: number, s: string, size = CHAIN_FONT, colour = "#1b2733", origin = 0.5, wrap = 0): Phaser.GameObjects.Text {
    const txt = this.add.text(x, y, s, { fontFamily: FONT, fontSize: `${Math.max(CHAIN_FONT, size)}px`, color: colour, align: "center", ...(wrap ? { wordWrap: { width: wrap, useAdvancedWrap: true } } : {}) })
      .setOrigin(origin, 0.5).setResolution(2);
    this.layer.push(txt);
    return txt;
  }

  private redraw(): void {
    this.drawn = feed.version;
    for (const o of this.layer) o.destroy();
    this.layer = [];
    const view = feed.view, scenario = feed.scenario;
    if (!view || !scenario) return;
    const W = this.scale.width, H = this.scale.height;
    const { nodes, links } = chainOf(view, scenario);
    const columns = [t("chain.foundry"), t("chain.makers"), t("chain.datacentres"), t("chain.labs")];
    const colWidth = W / 4;
    const box = { w: Math.min(170, colWidth - 28), h: 40 };
    const xs = [0, 1, 2, 3].map((c) => colWidth * (c + 0.5));
    const top = 56, bottom = H - 150;
    const pos = new Map<string, [number, number]>();
    columns.forEach((title, c) => {
      this.text(xs[c]!, 24, title, 15, "#0b2545", 0.5, colWidth - 8);
      const col = nodes.filter((n) => n.column === c);
      col.forEach((n, i) => pos.set(n.id, [xs[c]!, top + ((i + 0.5) * (bottom - top)) / col.length]));
    });
    const g = this.add.graphics();
    this.layer.push(g);
    const max = Math.max(1, ...links.map((l) => l.volume));
    for (const link of links) {
      const a = pos.get(link.from), b = pos.get(link.to);
      if (!a || !b) continue;
      const s = LINK_STYLE[link.state];
      const width = link.volume > 0 ? 1.5 + 6 * Math.sqrt(link.volume / max) : 1.5;
      g.lineStyle(width, s.colour, s.alpha);
      const [x1, y1, x2, y2] = [a[0] + box.w / 2, a[1], b[0] - box.w / 2, b[1]];
      if (s.dash) dashedLine(g, x1, y1, x2, y2, s.dash);
      else g.lineBetween(x1, y1, x2, y2);
      if (s.glyph()) this.text(x1 + (x2 - x1) * 0.62, y1 + (y2 - y1) * 0.62, s.glyph(), CHAIN_FONT, "#" + s.colour.toString(16).padStart(6, "0"));
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n.id)!;
      const role = scenario.actors.find((a) => a.id === n.id)?.role;
      // a Gulf state's box in the Gulf's orange (the map's yellow would hardly show on white)
      const shade = role === "chinaFirm" || n.id === scenario.npc.domesticMaker!.id ? BLOC_SHADE.china : role === "gulf" ? { colour: "#e69f00" } : BLOC_SHADE.us;
      g.fillStyle(0xffffff, 1);
      g.fillRoundedRect(x - box.w / 2, y - box.h / 2, box.w, box.h, 6);
      g.lineStyle(n.id === feed.seat ? 3 : 1.5, hex(shade.colour), 1);
      g.strokeRoundedRect(x - box.w / 2, y - box.h / 2, box.w, box.h, 6);
      this.text(x, y, n.id === "foundry" ? t("chain.foundryName") : label(n.id), CHAIN_FONT, "#1b2733", 0.5, box.w - 10);
    }
    this.gauge(g, view.indicators.map((i) => i.splitIndex), 40, H - 46);
    this.legend(g, Math.max(W * 0.5, 420), H - 110);
    withGlyphs(this.layer.filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text).map((o) => o.text));
  }

  /** The split index: a half dial from 0 (one market) to 1 (two stacks), and its trend per round. */
  private gauge(g: Phaser.GameObjects.Graphics, history: number[], left: number, cy: number): void {
    const r = 56, cx = left + r + 20;
    const value = history.at(-1) ?? 0;
    g.lineStyle(12, 0xdde3ea, 1);
    g.beginPath(); g.arc(cx, cy, r, Math.PI, 0); g.strokePath();
    g.lineStyle(12, 0x0072b2, 1);
    g.beginPath(); g.arc(cx, cy, r, Math.PI, Math.PI + Math.PI * value); g.strokePath();
    const angle = Math.PI + Math.PI * value;
    g.lineStyle(3, 0x1b2733, 1);
    g.lineBetween(cx, cy, cx + Math.cos(angle) * (r - 4), cy + Math.sin(angle) * (r - 4));
    this.text(cx, cy - r - 18, t("chain.split", { value: percent(value, feed.lang) }), 14, "#0b2545");
    this.text(cx - r, cy + 16, t("chain.oneMarket"), CHAIN_FONT, "#4a5866");
    this.text(cx + r, cy + 16, t("chain.twoStacks"), CHAIN_FONT, "#4a5866");
    if (history.length > 1) {
      const x0 = cx + r + 44, w = 150, h = 56;
      g.lineStyle(1, 0xbbbbbb, 1);
      g.strokeRect(x0, cy - h, w, h);
      g.lineStyle(2, 0x0072b2, 1);
      g.beginPath();
      history.forEach((v, i) => {
        const x = x0 + (i / (history.length - 1)) * w, y = cy - v * h;
        if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
      });
      g.strokePath();
      this.text(x0 + w / 2, cy + 16, t("chain.trend"), CHAIN_FONT, "#4a5866");
    }
  }

  private legend(g: Phaser.GameObjects.Graphics, x0: number, y0: number): void {
    LINK_STATES.forEach((state, i) => {
      const s = LINK_STYLE[state];
      const x = x0 + (i % 2) * 200, y = y0 + Math.floor(i / 2) * 26;
      g.lineStyle(3, s.colour, s.alpha);
      if (s.dash) dashedLine(g, x, y, x + 30, y, s.dash); else g.lineBetween(x, y, x + 30, y);
      this.text(x + 36, y, `${s.glyph() ? `${s.glyph()} ` : ""}${t(`link.${state}`)}`, CHAIN_FONT, "#1b2733", 0);
    });
  }
}

function dashedLine(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, dash: number): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  for (let d = 0; d < len; d += dash * 2) {
    const a = d / len, b = Math.min(len, d + dash) / len;
    g.lineBetween(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a, x1 + (x2 - x1) * b, y1 + (y2 - y1) * b);
  }
}
