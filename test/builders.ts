/**
 * Test data builders: aUser({ org, roles }) and friends. Every record they make is marked
 * synthetic where the table allows it.
 */
import crypto from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../src/db/schema.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: string | undefined;

export async function orgId(db: Kysely<Database>, name: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  organisationId: string;
}

/** A user with the given roles in one organisation (default Leicestershire Police). */
export async function aUser(db: Kysely<Database>, opts: { org?: string; roles: Role[]; name?: string }): Promise<TestUser> {
  cachedHash ??= await hash(TEST_PASSWORD);
  const organisationId = await orgId(db, opts.org ?? 'Leicestershire Police');
  const email = `user-${crypto.randomBytes(4).toString('hex')}@test.concord.test`;
  const user = await db
    .insertInto('users')
    .values({ email, name: opts.name ?? 'Test User', password_hash: cachedHash, synthetic: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.roles.length) {
    await db
      .insertInto('memberships')
      .values(opts.roles.map((role) => ({ user_id: user.id, organisation_id: organisationId, role })))
      .execute();
  }
  return { id: user.id, email, password: TEST_PASSWORD, organisationId };
}
