// The map tells the round: every flow drawn, vendor sales included, in H100e with their sources; framed
// on the US, the Gulf and China; and its names placed so that none overlaps another or a marker, at a
// school laptop's size and at a projector's, in both languages.
import { describe, expect, it } from "vitest";
import { allBotOrders } from "../../shared/bots/index.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import { createGame } from "../../shared/engine/setup.ts";
import { publicScenario, viewFor } from "../../shared/engine/view.ts";
import { frameMap } from "../../client/map/geo.ts";
import { overlaps, placeLabels, type LabelBox } from "../../client/map/labels.ts";
import { anchorsOf, mapped } from "../../client/map/layout.ts";
import { flowsOf } from "../../client/map/model.ts";
import { scenario } from "../util/setup.ts";

const sc = scenario();
const pub = publicScenario(sc);
let s = createGame(sc, 5);
for (let i = 0; i < 3; i++) s = resolveRound(s, allBotOrders(s)).state;

describe("the map's flows", () => {
  it("draw every vendor's sales to the world market, for the public too, in H100e from the public indicators", () => {
    const flows = flowsOf(viewFor(s, { kind: "public" }), pub);
    const ind = s.history.at(-1)!.publicIndicators;
    for (const v of ["nvidia", "amd", "intel", "cerebras"]) {
      const sales = flows.find((f) => f.kind === "market" && f.from === v);
      if (ind.vendors[v]!.marketCompute === 0) continue;
      expect(sales).toMatchObject({ to: "worldmarket", amount: ind.vendors[v]!.marketCompute, value: ind.vendors[v]!.revenueBy.market, source: "indicator" });
    }
    expect(flows.filter((f) => f.kind === "market").length).toBeGreaterThanOrEqual(3);
  });

  it("a vendor sees its own sales chip by chip, from its own records", () => {
    const own = flowsOf(viewFor(s, { kind: "actor", actor: "nvidia" }), pub).find((f) => f.kind === "market" && f.from === "nvidia")!;
    expect(own.source).toBe("party");
    const perf = new Map(sc.chipTypes.map((c) => [c.id, c.performance]));
    expect(own.amount).toBeCloseTo(Object.entries(own.chips).reduce((t, [c, n]) => t + n * perf.get(c)!, 0), 6);
  });

  it("the public's US cloud rentals go to the Chinese firms as a whole, not to one of them", () => {
    const cloud = flowsOf(viewFor(s, { kind: "public" }), pub).filter((f) => f.kind === "cloud");
    expect(cloud.every((f) => f.to === "CN" && f.source === "indicator")).toBe(true);
  });
});

/** Label boxes as the page makes them: 13 px text (7.3 px a Latin letter, 13 px a Chinese one) and padding. */
function boxes(lang: "en" | "zh", width: number, height: number): { labels: LabelBox[]; bounds: { x: number; y: number; w: number; h: number }; inset: { x: number; y: number; w: number; h: number } } {
  const frame = frameMap(1400, 1000, [...new Set([...pub.actors.map((a) => a.region), ...Object.values(pub.npc).map((n) => n.region)])]);
  const zoom = Math.min(width / 1400, height / 1000);
  const ox = (width - 1400 * zoom) / 2, oy = (height - 1000 * zoom) / 2;
  const anchors = anchorsOf(frame, pub, 12 / zoom);
  const name = (id: string) => pub.actors.find((a) => a.id === id)?.name[lang] ?? Object.values(pub.npc).find((n) => n.id === id)!.name[lang];
  const textWidth = (t: string) => [...t].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7.3), 0) + 12;
  const inset = { x: ox + frame.inset!.x * zoom, y: oy + frame.inset!.y * zoom, w: frame.inset!.w * zoom, h: frame.inset!.h * zoom };
  const labels = mapped(pub).map((id): LabelBox => {
    const [x, y] = anchors.get(id)!;
    const ax = ox + x * zoom, ay = oy + y * zoom;
    const inInset = ax >= inset.x && ax <= inset.x + inset.w && ay >= inset.y && ay <= inset.y + inset.h;
    return { id, ax, ay, w: textWidth(name(id)), h: 20, ...(inInset ? { side: "left" as const } : {}) };
  });
  return { labels, bounds: { x: 0, y: 0, w: width, h: height }, inset };
}

describe("the map's frame and names", () => {
  it("puts the US in an inset beside the Gulf and China, each region inside the map", () => {
    const frame = frameMap(1400, 1000, ["US", "AE", "SA", "QA", "KW", "CN", "SG"]);
    expect(frame.inset).not.toBeNull();
    expect(frame.inInset("US")).toBe(true);
    for (const r of ["AE", "SA", "QA", "KW", "CN", "SG"]) {
      const [x, y] = frame.point(r);
      expect(frame.inInset(r)).toBe(false);
      expect(x).toBeGreaterThan(0); expect(x).toBeLessThan(1400); expect(y).toBeGreaterThan(0); expect(y).toBeLessThan(1000);
      // and none under the inset
      const i = frame.inset!;
      expect(x >= i.x && x <= i.x + i.w && y >= i.y && y <= i.y + i.h).toBe(false);
    }
    // the Gulf is no longer a few pixels: the UAE and Qatar stand well apart at a laptop's zoom (about 0.6)
    const [ax, ay] = frame.point("AE"), [qx, qy] = frame.point("QA");
    expect(Math.hypot(ax - qx, ay - qy) * 0.6).toBeGreaterThan(15);
  });

  for (const [what, w, h] of [["a 1366x768 laptop", 866, 620], ["a 1920x1080 projector", 1360, 960]] as const) {
    for (const lang of ["en", "zh"] as const) {
      it(`places every name without overlaps on ${what} (${lang})`, () => {
        const { labels, bounds, inset } = boxes(lang, w, h);
        const placed = placeLabels(labels, bounds, [inset]);
        expect(placed).toHaveLength(labels.length);
        for (let i = 0; i < placed.length; i++) {
          const p = placed[i]!;
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.x + p.w).toBeLessThanOrEqual(w);
          for (let j = i + 1; j < placed.length; j++) expect(overlaps(p, placed[j]!), `${p.id} and ${placed[j]!.id}`).toBe(false);
          for (const l of labels) if (l.id !== p.id) expect(overlaps(p, { x: l.ax - 4, y: l.ay - 4, w: 8, h: 8 }), `${p.id} on ${l.id}'s marker`).toBe(false);
        }
      });
    }
  }
});
