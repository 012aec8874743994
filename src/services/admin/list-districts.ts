/**
 * The local authority districts an organisation may be placed in, for the add-organisation form:
 * its select box and the check that the chosen code is one of them. Reference data, not scoped.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { districtOptions } from '../../db/repositories/organisations.js';

/** @returns every district as `{ code, name }` (GSS codes, e.g. E06000016), by name. */
export async function listDistricts(db: Kysely<Database>): Promise<{ code: string; name: string }[]> {
  return districtOptions(db);
}
