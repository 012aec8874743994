/**
 * Organisations (the partnership's agencies) for administration pages and filters. Every
 * signed-in user may know which agencies exist, so these reads are not scoped.
 */
import type { OrganisationKind } from '../schema.js';
import type { Executor } from './audit-log.js';

export interface OrganisationListing {
  id: string;
  name: string;
  kind: OrganisationKind;
  districtCode: string | null;
  districtName: string | null;
  contactEmail: string | null;
  active: boolean;
}

/** Every organisation, by name, with its district's name. */
export async function listOrganisations(db: Executor): Promise<OrganisationListing[]> {
  return db
    .selectFrom('organisations as o')
    .leftJoin('districts as d', 'd.code', 'o.district_code')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.district_code as districtCode',
      'd.name as districtName',
      'o.contact_email as contactEmail',
      'o.active',
    ])
    .orderBy('o.name')
    .execute();
}

/** Active organisations as `{ id, name }`, by name: for select boxes. */
export async function organisationOptions(db: Executor): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('organisations').select(['id', 'name']).where('active', '=', true).orderBy('name').execute();
}

/** Local authority districts as `{ code, name }`, by name: for select boxes. */
export async function districtOptions(db: Executor): Promise<{ code: string; name: string }[]> {
  return db.selectFrom('districts').select(['code', 'name']).orderBy('name').execute();
}

/** Every organisation's name by id (the weekly lists name organisations with supervisors but no late cases). */
export async function organisationNamesById(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('organisations').select(['id', 'name']).execute();
  return new Map(rows.map((o) => [o.id, o.name]));
}

/** The organisation with this id as `{ id, name }`, or undefined. */
export async function findOrganisationById(db: Executor, id: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('organisations').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** The organisation whose name is `name` in any case (lower(name) = lower-cased `name`), or undefined. */
export async function findOrganisationByName(db: Executor, name: string): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

/** Every organisation (active or not) as `{ id, name }`, unordered; with `names`, only those exact names. */
export async function organisationIdsByName(db: Executor, names?: readonly string[]): Promise<{ id: string; name: string }[]> {
  let query = db.selectFrom('organisations').select(['id', 'name']);
  if (names) query = query.where('name', 'in', [...names]);
  return query.execute();
}

/** A new organisation's columns. */
export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  districtCode: string | null;
  contactEmail: string | null;
}

const organisationRow = (o: NewOrganisation) => ({
  name: o.name,
  kind: o.kind,
  district_code: o.districtCode,
  contact_email: o.contactEmail,
});

/** Inserts one organisation; a name taken in any case is a unique-key error (23505). @returns its id. */
export async function insertOrganisation(db: Executor, org: NewOrganisation): Promise<{ id: string }> {
  return db.insertInto('organisations').values(organisationRow(org)).returning('id').executeTakeFirstOrThrow();
}

/** Inserts several organisations (a name taken in any case is a unique-key error). */
export async function insertOrganisations(db: Executor, orgs: readonly NewOrganisation[]): Promise<void> {
  await db.insertInto('organisations').values(orgs.map(organisationRow)).execute();
}
