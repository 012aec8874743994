/**
 * Reading the loaded geography: district, ward and LSOA boundaries (WGS84 GeoJSON text, as
 * 001_foundation.sql stores them), NPA mappings, and what a district places an incident in.
 * Boundaries are open data and the areas reference data: not scoped. Writes: boundaries.ts and
 * reference-data.ts. `vintage` may come back from pg as a string: callers compare with Number().
 */
import type { SqlBool } from 'kysely';
import type { Executor } from './audit-log.js';

export interface StoredBoundaries {
  districts: { code: string; csp_code: string | null; geometry: string | null }[];
  wards: { code: string; district_code: string; geometry: string }[];
  lsoas: { code: string; vintage: 2011 | 2021; district_code: string; geometry: string }[];
  mappings: { area_type: 'district' | 'ward'; area_code: string; npa_code: string }[];
}

/** Every stored boundary (districts, wards and LSOAs by code) and every NPA mapping. */
export async function storedBoundaries(db: Executor): Promise<StoredBoundaries> {
  const [districts, wards, lsoas, mappings] = await Promise.all([
    db.selectFrom('districts').select(['code', 'csp_code', 'geometry']).orderBy('code').execute(),
    db.selectFrom('wards').select(['code', 'district_code', 'geometry']).orderBy('code').execute(),
    db.selectFrom('lsoas').select(['code', 'vintage', 'district_code', 'geometry']).orderBy('code').execute(),
    db.selectFrom('npa_mappings').select(['area_type', 'area_code', 'npa_code']).execute(),
  ]);
  return { districts, wards, lsoas, mappings };
}

export interface AreaRows {
  lsoas: { code: string; vintage: 2011 | 2021; district_code: string }[];
  districts: { code: string; csp_code: string | null; has_geometry: SqlBool }[];
  /** District-level NPA mappings. */
  districtNpas: { area_code: string; npa_code: string }[];
}

/** Every LSOA (both vintages, no geometry), every district with its CSP and whether its boundary is loaded, and district NPAs. Unordered. */
export async function areaRows(db: Executor): Promise<AreaRows> {
  const [lsoas, districts, districtNpas] = await Promise.all([
    db.selectFrom('lsoas').select(['code', 'vintage', 'district_code']).execute(),
    db
      .selectFrom('districts')
      .select(['code', 'csp_code'])
      .select((eb) => eb('geometry', 'is not', null).as('has_geometry'))
      .execute(),
    db.selectFrom('npa_mappings').select(['area_code', 'npa_code']).where('area_type', '=', 'district').execute(),
  ]);
  return { lsoas, districts, districtNpas };
}

/** The district's CSP and district-level NPA (each null when unknown), or undefined for an unknown district. */
export async function districtCspAndNpa(
  db: Executor,
  districtCode: string,
): Promise<{ csp_code: string | null; npa_code: string | null } | undefined> {
  return db
    .selectFrom('districts as d')
    .leftJoin('npa_mappings as m', (j) => j.onRef('m.area_code', '=', 'd.code').on('m.area_type', '=', 'district'))
    .select(['d.csp_code', 'm.npa_code'])
    .where('d.code', '=', districtCode)
    .executeTakeFirst();
}

/** True when a district with this code exists. */
export async function districtExists(db: Executor, code: string): Promise<boolean> {
  const rows = await db.selectFrom('districts').select('code').where('code', '=', code).execute();
  return rows.length > 0;
}

/** True when any LSOA boundary is loaded. */
export async function anyLsoaLoaded(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('lsoas').select('code').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Every stored ward's code, name and district, unordered. */
export async function wardNames(db: Executor): Promise<{ code: string; name: string; districtCode: string }[]> {
  return db.selectFrom('wards').select(['code', 'name', 'district_code as districtCode']).execute();
}
