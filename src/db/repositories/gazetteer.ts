/**
 * The report journey's gazetteer (issue 3, "What and where"): places a call handler can pick by
 * name, each with a point to record —
 * - street points from police.uk open data: the distinct "On or near …" location texts with their
 *   (anonymised) coordinates, from incidents whose source is 'police.uk';
 * - wards and LSOAs (2021) from the loaded geography, at a point inside the area (the centroid
 *   of its largest part, or its bounding-box centre when that falls outside).
 *
 * Not scoped to the actor: police.uk locations and boundary names are open data, and no
 * recorded incident's own location is read. Matching is case-insensitive on part of the name.
 */
import { sql } from 'kysely';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { isAreaGeometry, type AreaGeometry } from '../../domain/geography/polygon-index.js';
import type { Executor } from './audit-log.js';

export type GazetteerKind = 'street' | 'ward' | 'lsoa';

export interface GazetteerPlace {
  kind: GazetteerKind;
  /** What is recorded as the incident's location text, e.g. "On or near Granby Street". */
  label: string;
  /** The district's name, when known. */
  districtName: string | null;
  lat: number;
  lon: number;
}

/** Shortest query searched: one letter would match most of the county. */
export const GAZETTEER_MIN_QUERY = 2;

const LIMITS: Record<GazetteerKind, number> = { street: 8, ward: 3, lsoa: 3 };

/** `text` made literal inside a LIKE pattern. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Signed area and centroid of a ring of [lon, lat] (shoelace; fine at county scale). */
function ringCentroid(ring: number[][]): { area: number; lon: number; lat: number } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return a === 0
    ? { area: 0, lon: ring[0]?.[0] ?? 0, lat: ring[0]?.[1] ?? 0 }
    : { area: Math.abs(a / 2), lon: x / (3 * a), lat: y / (3 * a) };
}

/**
 * The midpoint of the widest stretch of `polygon` (rings of [lon, lat]) along the line of
 * latitude `lat`: inside the polygon whenever the line crosses it.
 */
function widestCrossing(polygon: number[][][], lat: number): { lat: number; lon: number } | undefined {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      if ((y0 <= lat && y1 > lat) || (y1 <= lat && y0 > lat)) xs.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  let best: { lat: number; lon: number; width: number } | undefined;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1]! - xs[i]!;
    if (!best || width > best.width) best = { lat, lon: (xs[i]! + xs[i + 1]!) / 2, width };
  }
  return best && { lat: best.lat, lon: best.lon };
}

/**
 * A point inside the area, for a ward or LSOA picked by name: the centroid of its largest part
 * when that lies inside it, otherwise the middle of the part's widest stretch across that
 * latitude (an L-shaped or crescent area's centroid can fall outside it).
 */
export function labelPoint(
  geometry: AreaGeometry,
  bbox: { min_lon: number; min_lat: number; max_lon: number; max_lat: number },
): { lat: number; lon: number } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons
    .map((p) => ({ polygon: p, centroid: ringCentroid(p[0] ?? []) }))
    .sort((a, b) => b.centroid.area - a.centroid.area)[0];
  const centre = { lon: (bbox.min_lon + bbox.max_lon) / 2, lat: (bbox.min_lat + bbox.max_lat) / 2 };
  if (!largest || largest.centroid.area === 0) return centre;
  const { lat, lon } = largest.centroid;
  if (booleanPointInPolygon([lon, lat], geometry)) return { lat, lon };
  return widestCrossing(largest.polygon, lat) ?? centre;
}

async function streets(db: Executor, pattern: string, prefix: string): Promise<GazetteerPlace[]> {
  const rows = await db
    .selectFrom('incidents as i')
    .leftJoin('districts as d', 'd.code', 'i.district_code')
    .select(['i.location_text as label', 'd.name as districtName', 'i.latitude as lat', 'i.longitude as lon'])
    .select(sql<number>`count(*)`.as('n'))
    .where('i.source', '=', 'police.uk')
    .where(sql<boolean>`lower(i.location_text) like ${pattern}`)
    .where('i.latitude', 'is not', null)
    .where('i.longitude', 'is not', null)
    .groupBy(['i.location_text', 'd.name', 'i.latitude', 'i.longitude'])
    .orderBy(sql`lower(i.location_text) like ${prefix}`, 'desc')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('i.location_text')
    .limit(LIMITS.street)
    .execute();
  return rows.map((r) => ({ kind: 'street', label: r.label!, districtName: r.districtName, lat: Number(r.lat), lon: Number(r.lon) }));
}

async function areas(db: Executor, kind: 'ward' | 'lsoa', pattern: string, prefix: string): Promise<GazetteerPlace[]> {
  const base = kind === 'ward' ? db.selectFrom('wards as a') : db.selectFrom('lsoas as a').where('a.vintage', '=', 2021);
  const rows = await base
    .leftJoin('districts as d', 'd.code', 'a.district_code')
    .select(['a.code', 'a.name', 'd.name as districtName', 'a.geometry', 'a.min_lon', 'a.min_lat', 'a.max_lon', 'a.max_lat'])
    .where((eb) => eb.or([eb(sql`lower(a.name)`, 'like', pattern), eb(sql`lower(a.code)`, 'like', prefix)]))
    .orderBy(sql`lower(a.name) like ${prefix}`, 'desc')
    .orderBy('a.name')
    .limit(LIMITS[kind])
    .execute();
  return rows.flatMap((r) => {
    const geometry = JSON.parse(r.geometry) as unknown;
    if (!isAreaGeometry(geometry)) return [];
    const point = labelPoint(geometry, {
      min_lon: Number(r.min_lon),
      min_lat: Number(r.min_lat),
      max_lon: Number(r.max_lon),
      max_lat: Number(r.max_lat),
    });
    const label = kind === 'ward' ? `${r.name} ward` : `${r.name} (LSOA ${r.code})`;
    return [{ kind, label, districtName: r.districtName, ...point }];
  });
}

/**
 * Places whose name contains `query` (any case): streets first (prefix matches, then the most
 * reported), then wards, then LSOAs. Fewer than GAZETTEER_MIN_QUERY characters: none.
 */
export async function searchGazetteer(db: Executor, query: string): Promise<GazetteerPlace[]> {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (q.length < GAZETTEER_MIN_QUERY) return [];
  const pattern = `%${likeLiteral(q)}%`;
  const prefix = `${likeLiteral(q)}%`;
  const [s, w, l] = await Promise.all([
    streets(db, pattern, `on or near ${prefix}`),
    areas(db, 'ward', pattern, prefix),
    areas(db, 'lsoa', pattern, prefix),
  ]);
  return [...s, ...w, ...l];
}

/** True when district, ward or LSOA boundaries are loaded (so a point gives its district). */
export async function boundariesLoaded(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('districts').select('code').where('geometry', 'is not', null).limit(1).executeTakeFirst();
  return !!row;
}

/** The districts' outlines as a GeoJSON FeatureCollection (`{ code, name }`), for the map. */
export async function districtOutlines(db: Executor): Promise<{ type: 'FeatureCollection'; features: unknown[] }> {
  const rows = await db
    .selectFrom('districts')
    .select(['code', 'name', 'geometry'])
    .where('geometry', 'is not', null)
    .orderBy('name')
    .execute();
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      properties: { code: r.code, name: r.name },
      geometry: JSON.parse(r.geometry!) as unknown,
    })),
  };
}
