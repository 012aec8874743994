/**
 * The staff directory for administrators and operators: users whose name or email contains some
 * text, with the roles they hold in each organisation. Not scoped to an organisation: only the
 * 'admin:users' pages (checked by their guards) and the operator's command line reach it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { searchUsers as searchDirectory, type DirectoryUser } from '../../db/repositories/user-directory.js';

export type { DirectoryUser, OrganisationRoles } from '../../db/repositories/user-directory.js';

/**
 * @param q.text matched case-insensitively against name and email; empty or absent matches everyone.
 * @param q.page 1-based page number; `q.pageSize` users to a page.
 * @returns one page of users by name (then email), each with roles grouped by organisation name,
 *   and the total number matching.
 */
export async function searchUsers(
  db: Kysely<Database>,
  q: { text?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: DirectoryUser[]; total: number }> {
  return searchDirectory(db, q);
}
