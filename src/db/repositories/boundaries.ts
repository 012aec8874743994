/**
 * Writing loaded boundaries (the geography loader): wards, LSOAs (keyed by code and vintage),
 * district outlines and police.uk neighbourhoods. Upserts replace a boundary's name, district
 * and geometry; deletes remove the boundaries of a layer, within the districts a load covers,
 * that the files no longer hold. Run inside the loader's transaction. Open data: not scoped.
 */
import { sql, type Insertable } from 'kysely';
import type { DistrictsTable, LsoasTable, PoliceNeighbourhoodsTable, WardsTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** A boundary's geometry (GeoJSON text) and its bounding box in degrees. */
export interface BoundaryColumns {
  geometry: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

const replaced = {
  name: sql<string>`excluded.name`,
  district_code: sql<string>`excluded.district_code`,
  geometry: sql<string>`excluded.geometry`,
  min_lon: sql<number>`excluded.min_lon`,
  min_lat: sql<number>`excluded.min_lat`,
  max_lon: sql<number>`excluded.max_lon`,
  max_lat: sql<number>`excluded.max_lat`,
};

/** Inserts wards, replacing the name, district and geometry of those already stored (by code). */
export async function upsertWards(db: Executor, rows: readonly Insertable<WardsTable>[]): Promise<void> {
  await db
    .insertInto('wards')
    .values([...rows])
    .onConflict((oc) => oc.column('code').doUpdateSet(replaced))
    .execute();
}

/** Deletes the wards of `districtCodes` whose code is not in `keep`. */
export async function deleteWardsNotIn(db: Executor, districtCodes: readonly string[], keep: readonly string[]): Promise<void> {
  await db
    .deleteFrom('wards')
    .where('district_code', 'in', [...districtCodes])
    .where('code', 'not in', [...keep])
    .execute();
}

/**
 * Inserts LSOAs, replacing those already stored (by code and vintage).
 * @throws the database's error (mentioning ON CONFLICT) when the table lacks the (code, vintage) key.
 */
export async function upsertLsoas(db: Executor, rows: readonly Insertable<LsoasTable>[]): Promise<void> {
  await db
    .insertInto('lsoas')
    .values([...rows])
    .onConflict((oc) => oc.columns(['code', 'vintage']).doUpdateSet(replaced))
    .execute();
}

/** Deletes the LSOAs of one vintage in `districtCodes` whose code is not in `keep`. */
export async function deleteLsoasNotIn(
  db: Executor,
  vintage: 2011 | 2021,
  districtCodes: readonly string[],
  keep: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('lsoas')
    .where('vintage', '=', vintage)
    .where('district_code', 'in', [...districtCodes])
    .where('code', 'not in', [...keep])
    .execute();
}

/** Sets a district's outline, inserting the district (`seed`) when it is missing. */
export async function setDistrictBoundary(
  db: Executor,
  seed: Omit<Insertable<DistrictsTable>, keyof BoundaryColumns>,
  columns: BoundaryColumns,
): Promise<void> {
  await db
    .insertInto('districts')
    .values({ ...seed, ...columns })
    .onConflict((oc) => oc.column('code').doUpdateSet(columns))
    .execute();
}

/** Inserts police.uk neighbourhoods, replacing the name, NPA and geometry of those stored (by code). */
export async function upsertPoliceNeighbourhoods(db: Executor, rows: readonly Insertable<PoliceNeighbourhoodsTable>[]): Promise<void> {
  await db
    .insertInto('police_neighbourhoods')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ name: sql`excluded.name`, npa_code: sql`excluded.npa_code`, geometry: sql`excluded.geometry` }),
    )
    .execute();
}
