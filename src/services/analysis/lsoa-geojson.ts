/**
 * Pure helpers for the LSOA choropleth: count classes for the legend, and boundaries made
 * lighter for the browser (coordinates rounded to 4 decimal places, about 10 metres, which is
 * plenty at LSOA scale, with repeated points dropped).
 */

/** A legend class: LSOAs whose count is between `min` and `max` inclusive. */
export interface CountClass {
  min: number;
  max: number;
}

type Position = number[];
interface Geometry {
  type: string;
  coordinates?: unknown;
}

export interface LsoaFeature {
  type: 'Feature';
  properties: { code: string; name: string; count: number };
  geometry: Geometry;
}

/** GeoJSON FeatureCollection with two foreign members: the LSOA vintage and the legend classes. */
export interface LsoaFeatureCollection {
  type: 'FeatureCollection';
  vintage: 2011 | 2021 | null;
  classes: CountClass[];
  features: LsoaFeature[];
}

/**
 * Up to `n` classes over the non-zero counts, by quantile, so a few very busy areas do not
 * flatten the rest. Zero is left out: the map shows it as its own "0" class. Empty when every
 * count is zero.
 */
export function countClasses(counts: number[], n = 5): CountClass[] {
  const values = counts.filter((c) => c > 0).sort((a, b) => a - b);
  if (!values.length) return [];
  const uppers = new Set<number>();
  for (let i = 1; i <= n; i++) uppers.add(values[Math.ceil((i * values.length) / n) - 1]!);
  let min = 1;
  return [...uppers]
    .sort((a, b) => a - b)
    .map((max) => {
      const c = { min, max };
      min = max + 1;
      return c;
    });
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

function lightenRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  // A ring needs four positions; a tiny one keeps every rounded point instead.
  return out.length >= 4 ? out : ring.map((p) => [round(p[0]!), round(p[1]!)]);
}

/**
 * A GeoJSON geometry (text, WGS84) made lighter for the map. Polygons and multipolygons are
 * lightened; other types pass through unchanged.
 * @throws SyntaxError when `text` is not JSON.
 */
export function lightenGeometry(text: string): Geometry {
  const g = JSON.parse(text) as Geometry;
  if (g.type === 'Polygon') return { type: g.type, coordinates: (g.coordinates as Position[][]).map(lightenRing) };
  if (g.type === 'MultiPolygon') {
    return { type: g.type, coordinates: (g.coordinates as Position[][][]).map((poly) => poly.map(lightenRing)) };
  }
  return g;
}
