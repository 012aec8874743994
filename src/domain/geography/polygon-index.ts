/**
 * A static spatial index of areas (GeoJSON Polygon or MultiPolygon, WGS84 longitude/latitude
 * in degrees): a Flatbush R-tree over bounding boxes narrows the candidates, then
 * `@turf/boolean-point-in-polygon` gives the exact answer (holes respected, points on an edge
 * count as inside). Pure: no I/O.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The geometry types an area may have. */
export type AreaGeometry = Polygon | MultiPolygon;

/** [minLon, minLat, maxLon, maxLat] in degrees. */
export type Bbox = [number, number, number, number];

/** One area to index: its geometry and what to return when a point falls inside it. */
export interface IndexedArea<T> {
  geometry: AreaGeometry;
  value: T;
}

export interface PolygonIndex<T> {
  /** Number of areas indexed. */
  readonly size: number;
  /** The values of every area containing the point, in the order the areas were given. */
  findAll(lon: number, lat: number): T[];
  /** The value of the first area (in input order) containing the point, or null. */
  find(lon: number, lat: number): T | null;
}

/**
 * Tells whether a parsed JSON value is a Polygon or MultiPolygon with numeric positions.
 * Checks structure, not topology (ring closure and self-intersection are not checked).
 */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as { type?: unknown; coordinates?: unknown };
  const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
  const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
  const isPolygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(isRing);
  if (g.type === 'Polygon') return isPolygon(g.coordinates);
  if (g.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(isPolygon);
  return false;
}

/** The bounding box of an area's outer rings, in degrees. */
export function geometryBbox(geometry: AreaGeometry): Bbox {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon === undefined || lat === undefined) continue;
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  }
  return box;
}

/**
 * Builds a point-in-polygon index over the given areas. Cost: O(n log n) to build, then each
 * lookup tests only the areas whose bounding box holds the point.
 * @param areas geometries in WGS84 degrees ([longitude, latitude] positions, as GeoJSON)
 */
export function buildPolygonIndex<T>(areas: readonly IndexedArea<T>[]): PolygonIndex<T> {
  if (areas.length === 0) {
    return { size: 0, findAll: () => [], find: () => null };
  }
  const tree = new Flatbush(areas.length);
  for (const area of areas) tree.add(...geometryBbox(area.geometry));
  tree.finish();

  // Candidates in input order, so "first containing area" is deterministic.
  const candidates = (lon: number, lat: number): number[] =>
    Number.isFinite(lon) && Number.isFinite(lat) ? tree.search(lon, lat, lon, lat).sort((a, b) => a - b) : [];
  const contains = (i: number, lon: number, lat: number) => booleanPointInPolygon([lon, lat], areas[i]!.geometry);
  return {
    size: areas.length,
    findAll: (lon, lat) =>
      candidates(lon, lat)
        .filter((i) => contains(i, lon, lat))
        .map((i) => areas[i]!.value),
    find: (lon, lat) => {
      const i = candidates(lon, lat).find((c) => contains(c, lon, lat));
      return i === undefined ? null : areas[i]!.value;
    },
  };
}
