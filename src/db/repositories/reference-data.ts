/**
 * Seeding and reading the reference lists every installation needs: ASB categories, community
 * safety partnerships, neighbourhood policing areas, districts and their NPA mappings. Inserts
 * add only what is missing (ON CONFLICT DO NOTHING), so an administrator's edits survive.
 * Reference data holds no personal data and is readable by every signed-in user: not scoped.
 */
import type { Insertable } from 'kysely';
import type { AsbCategoriesTable, DistrictsTable, NpaMappingsTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** Inserts the categories not there yet. */
export async function insertMissingCategories(db: Executor, rows: readonly Insertable<AsbCategoriesTable>[]): Promise<void> {
  await db
    .insertInto('asb_categories')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The ASB categories with their descriptions, unordered. */
export async function categoriesWithDescriptions(db: Executor): Promise<{ code: string; name: string; description: string }[]> {
  return db.selectFrom('asb_categories').select(['code', 'name', 'description']).execute();
}

/** Inserts the community safety partnerships not there yet. */
export async function insertMissingCsps(db: Executor, rows: readonly { code: string; name: string }[]): Promise<void> {
  await db
    .insertInto('community_safety_partnerships')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Inserts the neighbourhood policing areas not there yet. */
export async function insertMissingNpas(db: Executor, rows: readonly { code: string; name: string }[]): Promise<void> {
  await db
    .insertInto('neighbourhood_policing_areas')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Inserts the districts not there yet (an existing district's row, geometry included, is kept). */
export async function insertMissingDistricts(db: Executor, rows: readonly Insertable<DistrictsTable>[]): Promise<void> {
  await db
    .insertInto('districts')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Adds area → NPA mappings; an area already mapped keeps its mapping. */
export async function addNpaMappings(db: Executor, rows: readonly Insertable<NpaMappingsTable>[]): Promise<void> {
  await db
    .insertInto('npa_mappings')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .execute();
}
