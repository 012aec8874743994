/**
 * Every organisation in the partnership, active or not, for the organisations page and the audit
 * log's organisation filter. Every signed-in user may know which agencies exist, so the read is
 * not scoped.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { listOrganisations as organisationListing, type OrganisationListing } from '../../db/repositories/organisations.js';

export type { OrganisationListing } from '../../db/repositories/organisations.js';

/** @returns every organisation by name, with its kind, district (code and name, or null), contact email and whether active. */
export async function listOrganisations(db: Kysely<Database>): Promise<OrganisationListing[]> {
  return organisationListing(db);
}
