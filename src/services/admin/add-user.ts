/**
 * Adds a staff user with a role in an organisation, or (same email) gives an existing user
 * another role. Passwords are hashed with argon2id; a password must be at least 12 characters
 * (NCSC guidance favours length over composition rules).
 */
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { findOrganisationById, findOrganisationByName } from '../../db/repositories/organisations.js';
import { grantRoles, insertUser, userIdByEmail } from '../../db/repositories/users.js';
import type { Actor } from '../../domain/access/roles.js';

export const MIN_PASSWORD_LENGTH = 12;

export class AddUserError extends Error {
  constructor(
    readonly field: 'email' | 'name' | 'organisation' | 'role' | 'password',
    message: string,
  ) {
    super(message);
  }
}

export interface AddUserInput {
  email: string;
  name: string;
  /** Organisation id or exact name (case-insensitive). */
  organisation: string;
  roles: Role[];
  /** Required for a new user; ignored when the email already exists. */
  password?: string | undefined;
}

/**
 * @returns the user id and whether the user was newly created.
 * @throws AddUserError naming the field at fault.
 */
export async function addUser(db: Kysely<Database>, input: AddUserInput, operator: Actor | null) {
  const org = /^[0-9a-f-]{36}$/i.test(input.organisation)
    ? await findOrganisationById(db, input.organisation)
    : await findOrganisationByName(db, input.organisation.trim());
  if (!org) throw new AddUserError('organisation', `No organisation named "${input.organisation}"`);
  if (!input.roles.length) throw new AddUserError('role', 'Select at least one role');

  return db.transaction().execute(async (trx) => {
    const email = input.email.trim().toLowerCase();
    let user = await userIdByEmail(trx, email);
    const created = !user;
    if (!user) {
      if (!input.password || input.password.length < MIN_PASSWORD_LENGTH) {
        throw new AddUserError('password', `Password must be ${MIN_PASSWORD_LENGTH} characters or more`);
      }
      user = await insertUser(trx, { email, name: input.name.trim(), passwordHash: await hash(input.password) });
    }
    await grantRoles(trx, user.id, org.id, input.roles);
    await writeAudit(trx, operator, {
      action: created ? 'user.create' : 'user.add_roles',
      entityType: 'user',
      entityId: user.id,
      detail: { organisationId: org.id, roles: input.roles },
    });
    return { id: user.id, created };
  });
}
