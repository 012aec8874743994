/**
 * The active organisations a user may be given a role in, for the add-user form's select box.
 * Every signed-in user may know which agencies exist, so the read is not scoped.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { organisationOptions } from '../../db/repositories/organisations.js';

/** @returns active organisations as `{ id, name }`, by name. */
export async function listActiveOrganisations(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  return organisationOptions(db);
}
