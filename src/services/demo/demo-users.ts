/**
 * The demo partnership's staff: one synthetic user per role, spread across the police and two
 * councils, all with one shared password that the server prints when it seeds them. Emails are
 * the role with dots, e.g. `analyst@demo.concord.test`, `call.handler@demo.concord.test`.
 */
import { hash } from '@node-rs/argon2';
import type { Transaction } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { roleName } from '../../domain/access/roles.js';
import { insertMemberships, insertUser, usersOfEmailDomain } from '../../db/repositories/users.js';

/** The one password every demo user signs in with (development and training only). */
export const DEMO_PASSWORD = 'concord-demo-2026';

export const DEMO_EMAIL_DOMAIN = 'demo.concord.test';

export interface DemoUser {
  email: string;
  role: Role;
  organisation: string;
}

/** Who holds each role in the demo partnership. */
export const DEMO_STAFF: readonly { role: Role; organisation: string }[] = [
  { role: 'call_handler', organisation: 'Leicestershire Police' },
  { role: 'officer', organisation: 'Leicestershire Police' },
  { role: 'supervisor', organisation: 'Leicestershire Police' },
  { role: 'asb_coordinator', organisation: 'Leicester City Council' },
  { role: 'analyst', organisation: 'Leicestershire Police' },
  { role: 'partner_case_officer', organisation: 'Charnwood Borough Council' },
  { role: 'administrator', organisation: 'Leicestershire Police' },
  { role: 'auditor', organisation: 'Leicestershire Police' },
];

/** The demo email for a role: `partner_case_officer` → `partner.case.officer@demo.concord.test`. */
export function demoEmail(role: Role): string {
  return `${role.replace(/_/g, '.')}@${DEMO_EMAIL_DOMAIN}`;
}

export interface SeededUsers {
  users: DemoUser[];
  /** User id by role, for `created_by` on the demo incidents. */
  idByRole: Map<Role, string>;
}

/**
 * Inserts the demo users that are not there yet (matched by email, case-insensitively) with
 * their memberships, inside the caller's transaction.
 * @throws Error when an organisation named in DEMO_STAFF is missing (reference data not loaded).
 */
export async function seedDemoUsers(trx: Transaction<Database>, orgIds: ReadonlyMap<string, string>): Promise<SeededUsers> {
  const existing = await usersOfEmailDomain(trx, DEMO_EMAIL_DOMAIN);
  const existingByEmail = new Map(existing.map((u) => [u.email.toLowerCase(), u.id]));
  const passwordHash = await hash(DEMO_PASSWORD);
  const users: DemoUser[] = [];
  const idByRole = new Map<Role, string>();
  for (const { role, organisation } of DEMO_STAFF) {
    const organisationId = orgIds.get(organisation);
    if (!organisationId) throw new Error(`Organisation "${organisation}" is missing: load the reference data first`);
    const email = demoEmail(role);
    let id = existingByEmail.get(email);
    if (!id) {
      const row = await insertUser(trx, { email, name: `Demo ${roleName(role)}`, passwordHash, synthetic: true });
      id = row.id;
      await insertMemberships(trx, id, organisationId, [role]);
    }
    idByRole.set(role, id);
    users.push({ email, role, organisation });
  }
  return { users, idByRole };
}
