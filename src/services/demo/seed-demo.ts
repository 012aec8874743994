/**
 * Demo partnership (placeholder until the full synthetic seed lands): one user per role.
 */
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { ROLES } from '../../domain/access/roles.js';

export const DEMO_PASSWORD = 'concord-demo-2026';

export interface DemoUser { email: string; role: Role; organisation: string }

export async function seedDemoIfEmpty(db: Kysely<Database>, log: (m: string) => void = () => undefined) {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  return seedDemo(db, log);
}

export async function seedDemo(db: Kysely<Database>, _log: (m: string) => void = () => undefined) {
  const orgs = await db.selectFrom('organisations').select(['id', 'name']).execute();
  const police = orgs.find((o) => o.name === 'Leicestershire Police')!;
  const passwordHash = await hash(DEMO_PASSWORD);
  const users: DemoUser[] = [];
  for (const r of ROLES) {
    const email = `${r.code.replace(/_/g, '.')}@demo.concord.test`;
    const u = await db.insertInto('users').values({ email, name: `Demo ${r.name}`, password_hash: passwordHash, synthetic: true }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('memberships').values({ user_id: u.id, organisation_id: police.id, role: r.code }).execute();
    users.push({ email, role: r.code, organisation: police.name });
  }
  return { users, password: DEMO_PASSWORD };
}
