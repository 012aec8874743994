/**
 * The staff directory for administrators: users with the roles they hold in each organisation.
 * Only administrators reach these reads (checked by the pages' guards).
 */
import { sql } from 'kysely';
import type { Role } from '../schema.js';
import type { Executor } from './audit-log.js';
import { isUuid } from '../../domain/ids.js';

export interface OrganisationRoles {
  organisationId: string;
  organisationName: string;
  roles: Role[];
}

export interface DirectoryUser {
  id: string;
  name: string;
  email: string;
  active: boolean;
  organisations: OrganisationRoles[];
}

/** The users' roles grouped by organisation (all organisations, active or not), by name. */
async function rolesByUser(db: Executor, userIds: string[]): Promise<Map<string, OrganisationRoles[]>> {
  const byUser = new Map<string, OrganisationRoles[]>();
  if (!userIds.length) return byUser;
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.user_id as userId', 'm.organisation_id as organisationId', 'o.name as organisationName', 'm.role'])
    .where('m.user_id', 'in', userIds)
    .orderBy('o.name')
    .orderBy('m.role')
    .execute();
  for (const r of rows) {
    const list = byUser.get(r.userId) ?? [];
    let entry = list.find((e) => e.organisationId === r.organisationId);
    if (!entry) list.push((entry = { organisationId: r.organisationId, organisationName: r.organisationName, roles: [] }));
    entry.roles.push(r.role);
    byUser.set(r.userId, list);
  }
  return byUser;
}

/**
 * Users whose name or email contains `text` (case-insensitive), by name, one page at a time.
 * @param page 1-based page number.
 */
export async function searchUsers(
  db: Executor,
  q: { text?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: DirectoryUser[]; total: number }> {
  let query = db.selectFrom('users');
  const text = q.text?.trim().toLowerCase();
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb(sql`lower(name)`, 'like', pattern), eb(sql`lower(email)`, 'like', pattern)]));
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const users = await query
    .select(['id', 'name', 'email', 'active'])
    .orderBy('name')
    .orderBy('email')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const roles = await rolesByUser(
    db,
    users.map((u) => u.id),
  );
  return { rows: users.map((u) => ({ ...u, organisations: roles.get(u.id) ?? [] })), total: Number(total.n) };
}

/** One user with their roles, or undefined for an unknown (or malformed) id. */
export async function findDirectoryUser(db: Executor, id: string): Promise<DirectoryUser | undefined> {
  if (!isUuid(id)) return undefined;
  const user = await db.selectFrom('users').select(['id', 'name', 'email', 'active']).where('id', '=', id).executeTakeFirst();
  if (!user) return undefined;
  return { ...user, organisations: (await rolesByUser(db, [id])).get(id) ?? [] };
}
