/**
 * Users and memberships, and the session a sign-in resumes (sessions.ts writes sessions;
 * api-tokens.ts holds the tokens). Secrets are stored only as SHA-256 hashes, passwords as
 * argon2id hashes. Staff records are not scoped: administrators and sign-in read them, and the
 * services check who may.
 */
import { sql } from 'kysely';
import type { Role } from '../schema.js';
import type { Executor } from './audit-log.js';

export interface UserWithMemberships {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  active: boolean;
  memberships: { organisationId: string; organisationName: string; role: Role }[];
}

/** Finds a user by email (case-insensitive) with every organisation role they hold. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserWithMemberships | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash', 'active'])
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) return undefined;
  return { ...user, passwordHash: user.password_hash, memberships: await membershipsOf(db, user.id) };
}

/** The roles the user holds in active organisations, as `{ organisationId, organisationName, role }`, by organisation name then role. */
export async function membershipsOf(db: Executor, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.organisation_id as organisationId', 'o.name as organisationName', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('o.active', '=', true)
    .orderBy('o.name')
    .orderBy('m.role')
    .execute();
}

export interface SessionRow {
  idHash: string;
  userId: string;
  userName: string;
  organisationId: string;
  organisationName: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** A live session (not past its absolute expiry, its user still active), or undefined. */
export async function findSession(db: Executor, idHash: string, now: Date): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      's.id_hash as idHash',
      's.user_id as userId',
      'u.name as userName',
      's.organisation_id as organisationId',
      'o.name as organisationName',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      's.expires_at as expiresAt',
    ])
    .where('s.id_hash', '=', idHash)
    .where('s.expires_at', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/** The roles `userId` holds in one organisation (any order). */
export async function rolesIn(db: Executor, userId: string, organisationId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => r.role);
}

/** The user's id, or undefined; `email` is compared with lower(email) as given (lower-case it first). */
export async function userIdByEmail(db: Executor, email: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(email)`, '=', email)
    .executeTakeFirst();
}

/** Locks the user's row (FOR UPDATE, in the caller's transaction): their id and whether active, or undefined. */
export async function lockUser(db: Executor, userId: string): Promise<{ id: string; active: boolean } | undefined> {
  return db.selectFrom('users').select(['id', 'active']).where('id', '=', userId).forUpdate().executeTakeFirst();
}

/** Sets whether the user may sign in. */
export async function setUserActive(db: Executor, userId: string, active: boolean): Promise<void> {
  await db.updateTable('users').set({ active }).where('id', '=', userId).execute();
}

/** Inserts a user (`passwordHash` argon2id; `synthetic` for demo users). @returns the new id. */
export async function insertUser(
  db: Executor,
  user: { email: string; name: string; passwordHash: string; synthetic?: boolean },
): Promise<{ id: string }> {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      ...(user.synthetic ? { synthetic: true } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Gives the user `roles` in the organisation; a role already held is a unique-key error. */
export async function insertMemberships(db: Executor, userId: string, organisationId: string, roles: readonly Role[]): Promise<void> {
  await db
    .insertInto('memberships')
    .values(roles.map((role) => ({ user_id: userId, organisation_id: organisationId, role })))
    .execute();
}

/** Gives the user `roles` in the organisation, skipping those already held. */
export async function grantRoles(db: Executor, userId: string, organisationId: string, roles: readonly Role[]): Promise<void> {
  await db
    .insertInto('memberships')
    .values(roles.map((role) => ({ user_id: userId, organisation_id: organisationId, role })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Takes `roles` away from the user in the organisation. */
export async function removeMemberships(db: Executor, userId: string, organisationId: string, roles: readonly Role[]): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', [...roles])
    .execute();
}

/** True when any user exists (demo seeding runs only on an empty database). */
export async function anyUser(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Users whose email is one of `emails` (exact match), as `{ id, email }`, unordered. */
export async function usersByEmail(db: Executor, emails: readonly string[]): Promise<{ id: string; email: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'in', [...emails])
    .execute();
}

/** Users whose email ends `@domain` (LIKE, case-sensitive), as `{ id, email }`, unordered. */
export async function usersOfEmailDomain(db: Executor, domain: string): Promise<{ id: string; email: string }[]> {
  return db.selectFrom('users').select(['id', 'email']).where('email', 'like', `%@${domain}`).execute();
}
