/**
 * Users, memberships, sessions and API tokens. Token and session secrets are stored only as
 * SHA-256 hashes.
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

export async function rolesIn(db: Executor, userId: string, organisationId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => r.role);
}
