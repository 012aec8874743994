/**
 * One staff account for the administrator's user page: the user with the roles they hold in each
 * organisation, and the active organisations they hold no role in yet (where a role may be
 * added). Not scoped: only the 'admin:users' pages reach it (checked by their guards).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findDirectoryUser, type DirectoryUser } from '../../db/repositories/user-directory.js';
import { organisationOptions } from '../../db/repositories/organisations.js';

export type { DirectoryUser } from '../../db/repositories/user-directory.js';

export interface UserView {
  user: DirectoryUser;
  /** Active organisations, by name, in which the user holds no role. */
  otherOrganisations: { id: string; name: string }[];
}

/** @returns the user and the other organisations, or undefined for an unknown (or malformed) id. */
export async function viewUser(db: Kysely<Database>, id: string): Promise<UserView | undefined> {
  const user = await findDirectoryUser(db, id);
  if (!user) return undefined;
  const held = new Set(user.organisations.map((o) => o.organisationId));
  const otherOrganisations = (await organisationOptions(db)).filter((o) => !held.has(o.id));
  return { user, otherOrganisations };
}
