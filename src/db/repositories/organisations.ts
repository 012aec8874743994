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
