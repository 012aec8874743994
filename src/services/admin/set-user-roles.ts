/**
 * Sets the roles a user holds in one organisation: roles not listed are removed, new ones
 * added; an empty list removes the user from the organisation. An administrator cannot remove
 * their own administrator role (so the partnership is never locked out by accident).
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import type { Actor } from '../../domain/access/roles.js';
import { insertMemberships, lockUser, removeMemberships, rolesIn } from '../../db/repositories/users.js';
import { findOrganisationById } from '../../db/repositories/organisations.js';
import { AdminNotFoundError, AdminRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

export interface SetUserRolesInput {
  userId: string;
  organisationId: string;
  roles: Role[];
  /** Add `roles` to those already held instead of replacing them (the "another organisation" form). */
  keepExisting?: boolean;
}

/**
 * @returns the roles added and removed (both empty when nothing changed; then nothing is audited).
 * @throws AdminNotFoundError for an unknown user; AdminRuleError ('organisation' or 'roles').
 */
export async function setUserRoles(
  db: Kysely<Database>,
  input: SetUserRolesInput,
  operator: Actor,
  ip: string | null = null,
): Promise<{ added: Role[]; removed: Role[] }> {
  if (!isUuid(input.userId)) throw new AdminNotFoundError('No such user');
  return db.transaction().execute(async (trx) => {
    const user = await lockUser(trx, input.userId);
    if (!user) throw new AdminNotFoundError('No such user');
    const org = await findOrganisationById(trx, input.organisationId);
    if (!org) throw new AdminRuleError('organisation', 'Select an organisation');
    const current = await rolesIn(trx, input.userId, input.organisationId);
    const wanted = [...new Set(input.keepExisting ? [...current, ...input.roles] : input.roles)];
    const added = wanted.filter((r) => !current.includes(r));
    const removed = current.filter((r) => !wanted.includes(r));
    if (operator.userId === input.userId && removed.includes('administrator')) {
      throw new AdminRuleError('roles', 'You cannot remove your own administrator role');
    }
    if (!added.length && !removed.length) return { added, removed };
    if (removed.length) await removeMemberships(trx, input.userId, input.organisationId, removed);
    if (added.length) await insertMemberships(trx, input.userId, input.organisationId, added);
    await writeAudit(trx, operator, {
      action: 'user.set_roles',
      entityType: 'user',
      entityId: input.userId,
      detail: { organisationId: input.organisationId, added, removed },
      ip,
    });
    return { added, removed };
  });
}
