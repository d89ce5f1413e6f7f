// The world map: Natural Earth countries (world-atlas, 1:110m) projected with d3-geo into flat
// polygons that Phaser can fill, with each country's centre and its name in English and Chinese.
import { geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import topology from "world-atlas/countries-110m.json" with { type: "json" };
import type { FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";

countries.registerLocale(en);
countries.registerLocale(zh);

export interface Country {
  /** ISO 3166-1 numeric code, as in world-atlas */
  numeric: string;
  /** ISO 3166-1 alpha-2 code, when it has one */
  alpha2: string | null;
  /** polygons as flat [x0, y0, x1, y1, ...] arrays, in map pixels */
  polygons: number[][];
  centre: [number, number];
}

export interface WorldMap { width: number; height: number; countries: Country[]; project: (lonLat: [number, number]) => [number, number] }

/** Collects the projected rings d3-geo draws, as flat coordinate lists. */
function rings(projection: GeoProjection, geometry: Geometry): number[][] {
  const out: number[][] = [];
  let ring: number[] = [];
  geoPath(projection, {
    moveTo(x: number, y: number) { ring = [x, y]; },
    lineTo(x: number, y: number) { ring.push(x, y); },
    closePath() { if (ring.length >= 6) out.push(ring); ring = []; },
    beginPath() {},
    arc() {},
  } as unknown as CanvasRenderingContext2D)(geometry);
  return out;
}

export function worldMap(width: number, height: number): WorldMap {
  const topo = topology as unknown as Topology;
  const land = feature(topo, topo.objects.countries!) as unknown as FeatureCollection;
  const projection = geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], land);
  const path = geoPath(projection);
  const list = land.features.map((f): Country => {
    const numeric = String(f.id ?? "").padStart(3, "0");
    const [cx, cy] = path.centroid(f);
    return { numeric, alpha2: countries.numericToAlpha2(numeric) ?? null, polygons: rings(projection, f.geometry), centre: [cx, cy] };
  });
  return { width, height, countries: list, project: (lonLat) => projection(lonLat) ?? [0, 0] };
}

/**
 * Shapes an edition shades as part of a country, by the conventions of its readers' publishers (both
 * editions say the map is schematic): Chinese maps draw Taiwan as part of China.
 */
const EDITION_PARTS: Record<"en" | "zh", Record<string, string[]>> = { en: {}, zh: { CN: ["TW"] } };

/** The shapes (by alpha-2 code) shaded as a region in an edition. */
export const shapesOfRegion = (alpha2: string, lang: "en" | "zh"): string[] => [alpha2, ...(EDITION_PARTS[lang][alpha2] ?? [])];

/** The short, everyday name ("China", not "People's Republic of China"). */
export const countryName = (alpha2: string, lang: "en" | "zh"): string =>
  countries.getName(alpha2, lang, { select: "alias" }) ?? countries.getName(alpha2, lang) ?? alpha2;

/** Where a region's marker goes: the centroid of its largest country shape, or a known point. */
const POINTS: Record<string, [number, number]> = {
  // small states whose centroid misleads or which the 1:110m map leaves out
  SG: [103.8, 1.35], QA: [51.2, 25.3], KW: [47.6, 29.3], AE: [54.3, 24.2], BH: [50.6, 26.1],
  // the US's mainland, not the centroid pulled west by Alaska
  US: [-98, 39],
};

/** Where a region's label sits relative to its point, so neighbours in the Gulf do not overlap. */
export const LABEL_OFFSET: Record<string, [number, number]> = {
  SA: [-80, 44], AE: [78, 46], QA: [70, -18], KW: [-40, -38], CN: [30, -52], US: [0, 34], SG: [0, 18],
};

export function regionPoint(map: WorldMap, alpha2: string): [number, number] {
  const point = POINTS[alpha2];
  if (point) return map.project(point);
  return map.countries.find((c) => c.alpha2 === alpha2)?.centre ?? [map.width / 2, map.height / 2];
}
