/**
 * The Placer for a database: boundaries are read once and indexed in memory, then every
 * placement is a synchronous lookup (domain/geography/build-placer.ts). Cached per Kysely
 * instance; `loadGeography` calls `invalidatePlacer` after it commits.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { storedBoundaries } from '../../db/repositories/geography.js';
import { buildPlacer, type Boundaries, type SmallAreaBoundary } from '../../domain/geography/build-placer.js';
import type { Placer } from '../../domain/geography/placement.js';
import { isAreaGeometry, type AreaGeometry } from '../../domain/geography/polygon-index.js';

const cache = new WeakMap<Kysely<Database>, Promise<Placer>>();

function parseGeometry(text: string, what: string): AreaGeometry {
  const value = JSON.parse(text) as unknown;
  if (!isAreaGeometry(value)) throw new Error(`Stored geometry of ${what} is not a Polygon or MultiPolygon`);
  return value;
}

/** Reads every stored boundary and NPA mapping. Geometry is WGS84 GeoJSON text (001_foundation.sql). */
async function readBoundaries(db: Kysely<Database>): Promise<Boundaries> {
  const { districts, wards, lsoas, mappings } = await storedBoundaries(db);
  const small = (rows: { code: string; district_code: string; geometry: string }[], what: string): SmallAreaBoundary[] =>
    rows.map((r) => ({ code: r.code, districtCode: r.district_code, geometry: parseGeometry(r.geometry, `${what} ${r.code}`) }));
  return {
    districts: districts.map((d) => ({
      code: d.code,
      cspCode: d.csp_code,
      geometry: d.geometry ? parseGeometry(d.geometry, `district ${d.code}`) : null,
    })),
    wards: small(wards, 'ward'),
    // `pg` may return smallint as a number or string depending on parsers: compare loosely.
    lsoa11: small(
      lsoas.filter((l) => Number(l.vintage) === 2011),
      'LSOA',
    ),
    lsoa21: small(
      lsoas.filter((l) => Number(l.vintage) === 2021),
      'LSOA',
    ),
    npaMappings: mappings.map((m) => ({ areaType: m.area_type, areaCode: m.area_code, npaCode: m.npa_code })),
  };
}

/**
 * The Placer for this database, built on first use and then shared. Pass the root Kysely
 * instance (not a transaction) so the cache is reused. With no boundaries loaded the Placer
 * still gives easting/northing, and null areas (CSP/NPA come only from a placed district).
 * @throws Error when a stored geometry is not a Polygon or MultiPolygon
 */
export function getPlacer(db: Kysely<Database>): Promise<Placer> {
  let placer = cache.get(db);
  if (!placer) {
    placer = readBoundaries(db).then(buildPlacer);
    cache.set(db, placer);
    // A failed read must not stick: the next call tries again.
    placer.catch(() => cache.delete(db));
  }
  return placer;
}

/** Forgets the cached Placer so the next `getPlacer` reads the boundaries again. */
export function invalidatePlacer(db: Kysely<Database>): void {
  cache.delete(db);
}
