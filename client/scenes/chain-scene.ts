// The supply chain: foundry → chip makers → data centres and clouds → AI labs, with each link drawn as
// controls leave it (open, licence needed, under review, cut, or grey where the US cannot see), and the
// split index as a gauge with its trend.
import Phaser from "phaser";
import { percent } from "../format.ts";
import { t } from "../i18n.ts";
import { chainOf, LINK_STATES, type LinkState } from "../map/model.ts";
import { FONT, feed, label, withGlyphs } from "./feed.ts";
import { BLOC_COLOUR } from "./map-scene.ts";

const W = 1000, H = 620;
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

  constructor() { super("chain"); }

  create(): void {
    this.fit();
    this.scale.on("resize", () => this.fit());
  }

  private fit(): void {
    const cam = this.cameras.main;
    cam.setZoom(Math.min(this.scale.width / W, this.scale.height / H));
    cam.centerOn(W / 2, H / 2);
  }

  override update(): void {
    if (this.drawn !== feed.version) this.redraw();
  }

  private text(x: number, y: number, s: string, size = 12, colour = "#1b2733", origin = 0.5): Phaser.GameObjects.Text {
    const txt = this.add.text(x, y, s, { fontFamily: FONT, fontSize: `${size}px`, color: colour, align: "center", wordWrap: { width: 112, useAdvancedWrap: true } }).setOrigin(origin, 0.5).setResolution(2);
    this.layer.push(txt);
    return txt;
  }

  private redraw(): void {
    this.drawn = feed.version;
    for (const o of this.layer) o.destroy();
    this.layer = [];
    const view = feed.view, scenario = feed.scenario;
    if (!view || !scenario) return;
    const { nodes, links } = chainOf(view, scenario);
    const columns = [t("chain.foundry"), t("chain.makers"), t("chain.datacentres"), t("chain.labs")];
    const xs = [90, 330, 600, 860];
    const pos = new Map<string, [number, number]>();
    columns.forEach((title, c) => {
      this.text(xs[c]!, 24, title, 14, "#0b2545");
      const col = nodes.filter((n) => n.column === c);
      col.forEach((n, i) => pos.set(n.id, [xs[c]!, 70 + ((i + 0.5) * (H - 200)) / col.length]));
    });
    const g = this.add.graphics();
    this.layer.push(g);
    const max = Math.max(1, ...links.map((l) => l.volume));
    for (const link of links) {
      const a = pos.get(link.from), b = pos.get(link.to);
      if (!a || !b) continue;
      const s = LINK_STYLE[link.state];
      const width = link.volume > 0 ? 1.5 + 5 * Math.sqrt(link.volume / max) : 1.5;
      g.lineStyle(width, s.colour, s.alpha);
      const [x1, y1, x2, y2] = [a[0] + 60, a[1], b[0] - 60, b[1]];
      if (s.dash) dashedLine(g, x1, y1, x2, y2, s.dash);
      else g.lineBetween(x1, y1, x2, y2);
      if (s.glyph()) this.text(x1 + (x2 - x1) * 0.6, y1 + (y2 - y1) * 0.6, s.glyph(), 11, "#" + s.colour.toString(16).padStart(6, "0"));
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n.id)!;
      const role = scenario.actors.find((a) => a.id === n.id)?.role;
      const colour = role === "chinaFirm" || n.id === scenario.npc.domesticMaker!.id ? BLOC_COLOUR.china : role === "gulf" ? BLOC_COLOUR.neutral : BLOC_COLOUR.us;
      g.fillStyle(0xffffff, 1);
      g.fillRoundedRect(x - 60, y - 16, 120, 32, 6);
      g.lineStyle(n.id === feed.seat ? 3 : 1.5, colour, 1);
      g.strokeRoundedRect(x - 60, y - 16, 120, 32, 6);
      this.text(x, y, n.id === "foundry" ? t("chain.foundryName") : label(n.id), 10.5);
    }
    this.gauge(g, view.indicators.map((i) => i.splitIndex));
    this.legend(g);
    withGlyphs(this.layer.filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text).map((o) => o.text));
  }

  /** The split index: a half dial from 0 (one market) to 1 (two stacks), and its trend per round. */
  private gauge(g: Phaser.GameObjects.Graphics, history: number[]): void {
    const cx = 200, cy = H - 40, r = 70;
    const value = history.at(-1) ?? 0;
    g.lineStyle(14, 0xdde3ea, 1);
    g.beginPath(); g.arc(cx, cy, r, Math.PI, 0); g.strokePath();
    g.lineStyle(14, 0x0072b2, 1);
    g.beginPath(); g.arc(cx, cy, r, Math.PI, Math.PI + Math.PI * value); g.strokePath();
    const angle = Math.PI + Math.PI * value;
    g.lineStyle(3, 0x1b2733, 1);
    g.lineBetween(cx, cy, cx + Math.cos(angle) * (r - 4), cy + Math.sin(angle) * (r - 4));
    this.text(cx, cy - r - 22, t("chain.split", { value: percent(value, feed.lang) }), 13, "#0b2545");
    this.text(cx - r, cy + 14, t("chain.oneMarket"), 10, "#555");
    this.text(cx + r, cy + 14, t("chain.twoStacks"), 10, "#555");
    // the trend, round by round
    if (history.length > 1) {
      const x0 = cx + r + 40, w = 160, h = 60;
      g.lineStyle(1, 0xbbbbbb, 1);
      g.strokeRect(x0, cy - h, w, h);
      g.lineStyle(2, 0x0072b2, 1);
      g.beginPath();
      history.forEach((v, i) => {
        const x = x0 + (i / (history.length - 1)) * w, y = cy - v * h;
        if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
      });
      g.strokePath();
      this.text(x0 + w / 2, cy + 14, t("chain.trend"), 10, "#555");
    }
  }

  private legend(g: Phaser.GameObjects.Graphics): void {
    LINK_STATES.forEach((state, i) => {
      const s = LINK_STYLE[state];
      const x = 560 + (i % 3) * 150, y = H - 70 + Math.floor(i / 3) * 26;
      g.lineStyle(3, s.colour, s.alpha);
      if (s.dash) dashedLine(g, x, y, x + 30, y, s.dash); else g.lineBetween(x, y, x + 30, y);
      this.text(x + 36, y, `${s.glyph() ? `${s.glyph()} ` : ""}${t(`link.${state}`)}`, 11, "#1b2733", 0);
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
