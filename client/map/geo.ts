// The map's geography: Natural Earth countries (world-atlas, 1:110m) framed on where the scenario's
// actors are, the Americas in an inset so the US sits beside the Gulf and China instead of a world
// away, drawn with d3-geo into a 2D canvas that Phaser shows as one picture.
import { geoContains, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import topology from "world-atlas/countries-110m.json" with { type: "json" };
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";
import { numericToAlpha2 } from "./names.ts";

export interface Rect { x: number; y: number; w: number; h: number }

/** How a home region is shaded: a colour and, so colour is not all that tells them apart, a pattern. */
export interface Shade { colour: string; alpha: number; pattern: "solid" | "hatch" | "cross" | "dots" | "rows"; outline: boolean }

export interface MapFrame {
  width: number; height: number;
  /** the Americas' inset, when an actor lives there */
  inset: Rect | null;
  /** where a region's marker goes, in map pixels */
  point(alpha2: string): [number, number];
  /** whether a region is drawn in the inset */
  inInset(alpha2: string): boolean;
  /** the home region under a point of the map, if any */
  regionAt(x: number, y: number, regions: Iterable<string>): string | null;
  /** draws the land and the inset, at `scale` map pixels per canvas pixel */
  drawLand(ctx: CanvasRenderingContext2D, scale: number): void;
  /** draws the shaded home regions over the land, each with the shapes its edition shades as part of it */
  drawShades(ctx: CanvasRenderingContext2D, scale: number, shades: Map<string, Shade>, lang: "en" | "zh"): void;
  /** a region's box on the map (with the shapes its edition shades as part of it), [x0, y0, x1, y1] in map pixels */
  bounds(alpha2: string, lang: "en" | "zh"): [number, number, number, number];
}

const topo = topology as unknown as Topology;
const land = feature(topo, topo.objects.countries!) as unknown as FeatureCollection;
const byAlpha2 = new Map<string, Feature<Geometry>>();
for (const f of land.features) {
  const code = numericToAlpha2(String(f.id ?? "").padStart(3, "0"));
  if (code) byAlpha2.set(code, f);
}

/** Points for regions whose centroid misleads or which the 1:110m map leaves out (lon, lat). */
const POINTS: Record<string, [number, number]> = {
  SG: [103.8, 1.35], QA: [51.2, 25.3], KW: [47.6, 29.3], AE: [54.3, 24.0], BH: [50.6, 26.1], SA: [44.5, 24.0],
  US: [-98, 39], CN: [108, 33], TW: [121, 23.7], HK: [114.2, 22.3],
};
const AMERICAS_WEST_OF = -30;

function lonLat(alpha2: string): [number, number] {
  const p = POINTS[alpha2];
  if (p) return p;
  const f = byAlpha2.get(alpha2);
  if (!f) return [0, 0];
  const [[x0, y0], [x1, y1]] = geoPath().bounds(f); // in degrees with the identity projection
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

const LAND = "#d6dde5", SEA = "#e4edf5", BORDER = "#ffffff";

/**
 * Shapes an edition shades as part of a country, by the conventions of its readers' publishers (both
 * editions say the map is schematic): Chinese maps draw Taiwan as part of China.
 */
const EDITION_PARTS: Record<"en" | "zh", Record<string, string[]>> = { en: {}, zh: { CN: ["TW"] } };

/** The shapes (by alpha-2 code) shaded as a region in an edition. */
export const shapesOfRegion = (alpha2: string, lang: "en" | "zh"): string[] => [alpha2, ...(EDITION_PARTS[lang][alpha2] ?? [])];

/**
 * A map `width` × `height` framed on `regions`: those outside the Americas fill the main frame with a
 * margin; those in the Americas go into an inset at its top left.
 */
export function frameMap(width: number, height: number, regions: readonly string[]): MapFrame {
  const points = regions.map((r) => [r, lonLat(r)] as const);
  const west = points.filter(([, [lon]]) => lon < AMERICAS_WEST_OF);
  const east = points.filter(([, [lon]]) => lon >= AMERICAS_WEST_OF);
  const box = (list: readonly (readonly [string, [number, number]])[], pad: [number, number, number, number]) => {
    const lons = list.map(([, p]) => p[0]), lats = list.map(([, p]) => p[1]);
    return { type: "MultiPoint" as const, coordinates: [[Math.min(...lons) - pad[0], Math.min(...lats) - pad[1]], [Math.max(...lons) + pad[2], Math.max(...lats) + pad[3]]] };
  };
  const margin = 12;
  // the main frame: the actors outside the Americas, with room around them (and above, for the inset)
  const main = geoMercator().fitExtent([[margin, margin], [width - margin, height - margin]], east.length ? box(east, [16, 9, 18, 20]) : land)
    .clipExtent([[0, 0], [width, height]]);
  let inset: Rect | null = null;
  let insetProjection: GeoProjection | null = null;
  if (west.length) {
    inset = { x: 10, y: 10, w: Math.round(width * 0.34), h: Math.round(height * 0.3) };
    // the continental US (and any other region there), with a margin; the column of markers sits on its right
    const usBox = box(west.length === 1 && west[0]![0] === "US" ? [["US", [-95.5, 37]]] : west, [30, 13, 22, 13]);
    insetProjection = geoMercator().fitExtent([[inset.x + 8, inset.y + 22], [inset.x + inset.w * 0.72, inset.y + inset.h - 8]], usBox)
      .clipExtent([[inset.x, inset.y], [inset.x + inset.w, inset.y + inset.h]]);
  }
  const isWest = (alpha2: string) => insetProjection !== null && lonLat(alpha2)[0] < AMERICAS_WEST_OF;
  const projectionOf = (alpha2: string) => (isWest(alpha2) ? insetProjection! : main);
  const inRect = (x: number, y: number, r: Rect) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
  const americas = land.features.filter((f) => (geoPath().bounds(f)[0][0] ?? 0) < AMERICAS_WEST_OF && geoPath().bounds(f)[1][0] < 0);

  return {
    width, height, inset,
    point: (alpha2) => (projectionOf(alpha2)(lonLat(alpha2)) ?? [width / 2, height / 2]) as [number, number],
    inInset: isWest,
    regionAt(x, y, regions) {
      const inside = inset !== null && inRect(x, y, inset);
      const projection = inside ? insetProjection! : main;
      const at = projection.invert?.([x, y]);
      if (!at) return null;
      for (const r of regions) {
        const f = byAlpha2.get(r);
        if (f && isWest(r) === inside && geoContains(f, at)) return r;
      }
      return null;
    },
    drawLand(ctx, scale) {
      ctx.save();
      ctx.scale(scale, scale);
      ctx.fillStyle = SEA;
      ctx.fillRect(0, 0, width, height);
      paintLand(ctx, main, land.features);
      if (inset && insetProjection) {
        ctx.save();
        ctx.shadowColor = "rgba(0,0,0,0.18)";
        ctx.shadowBlur = 8;
        ctx.fillStyle = SEA;
        ctx.fillRect(inset.x, inset.y, inset.w, inset.h);
        ctx.restore();
        paintLand(ctx, insetProjection, americas);
        ctx.strokeStyle = "#8a9bb0";
        ctx.lineWidth = 1.2;
        ctx.strokeRect(inset.x, inset.y, inset.w, inset.h);
      }
      ctx.restore();
    },
    bounds(alpha2, lang) {
      const path = geoPath(projectionOf(alpha2));
      const boxes = shapesOfRegion(alpha2, lang).flatMap((shape) => (byAlpha2.has(shape) ? [path.bounds(byAlpha2.get(shape)!)] : []));
      if (!boxes.length) return [0, 0, 0, 0];
      return [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1])), Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))];
    },
    drawShades(ctx, scale, shades, lang) {
      ctx.save();
      ctx.scale(scale, scale);
      for (const [region, shade] of shades) {
        const path = geoPath(projectionOf(region), ctx);
        ctx.beginPath();
        for (const shape of shapesOfRegion(region, lang)) {
          const f = byAlpha2.get(shape);
          if (f) path(f);
        }
        fillShade(ctx, shade);
      }
      ctx.restore();
    },
  };
}

function paintLand(ctx: CanvasRenderingContext2D, projection: GeoProjection, features: Feature<Geometry>[]): void {
  const path = geoPath(projection, ctx);
  ctx.lineWidth = 0.6;
  ctx.strokeStyle = BORDER;
  ctx.fillStyle = LAND;
  for (const f of features) {
    ctx.beginPath();
    path(f);
    ctx.fill();
    ctx.stroke();
  }
}

/** A small tile of the shade's pattern, repeated over a region. */
const tiles = new Map<string, HTMLCanvasElement>();
function tile(pattern: Shade["pattern"]): HTMLCanvasElement {
  let c = tiles.get(pattern);
  if (c) return c;
  c = document.createElement("canvas");
  c.width = c.height = 6;
  const t = c.getContext("2d")!;
  t.strokeStyle = t.fillStyle = "rgba(27,39,51,0.6)";
  t.lineWidth = 0.8;
  if (pattern === "dots") t.fillRect(2, 2, 1.2, 1.2);
  else if (pattern === "rows") t.fillRect(0, 2.6, 6, 0.8);
  else {
    t.beginPath();
    t.moveTo(0, 6); t.lineTo(6, 0); t.moveTo(-1, 1); t.lineTo(1, -1); t.moveTo(5, 7); t.lineTo(7, 5);
    if (pattern === "cross") { t.moveTo(0, 0); t.lineTo(6, 6); }
    t.stroke();
  }
  tiles.set(pattern, c);
  return c;
}

/** Fills the current path with a shade: its colour, its pattern on top, its outline. */
function fillShade(ctx: CanvasRenderingContext2D, s: Shade): void {
  ctx.save();
  ctx.globalAlpha = s.alpha;
  ctx.fillStyle = s.colour;
  ctx.fill();
  ctx.globalAlpha = 1;
  if (s.pattern !== "solid") {
    ctx.fillStyle = ctx.createPattern(tile(s.pattern), "repeat")!;
    ctx.fill();
  }
  ctx.restore();
  if (s.outline) {
    ctx.lineWidth = 1.4;
    ctx.strokeStyle = "#1b2733";
    ctx.stroke();
  }
}
