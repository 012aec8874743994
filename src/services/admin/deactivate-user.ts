/**
 * Deactivates a user: they can no longer sign in and their open sessions end at once. The
 * account and its history stay (the audit log refers to it). An administrator cannot
 * deactivate themselves.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import type { Actor } from '../../domain/access/roles.js';
import { lockUser, setUserActive } from '../../db/repositories/users.js';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.js';
import { AdminNotFoundError, AdminRuleError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

/**
 * @returns whether the user was active before (false: already deactivated, nothing changed).
 * @throws AdminNotFoundError for an unknown user; AdminRuleError when deactivating oneself.
 */
export async function deactivateUser(
  db: Kysely<Database>,
  userId: string,
  operator: Actor,
  ip: string | null = null,
): Promise<{ changed: boolean }> {
  if (operator.userId === userId) throw new AdminRuleError('user', 'You cannot deactivate your own account');
  if (!isUuid(userId)) throw new AdminNotFoundError('No such user');
  return db.transaction().execute(async (trx) => {
    const user = await lockUser(trx, userId);
    if (!user) throw new AdminNotFoundError('No such user');
    if (!user.active) return { changed: false };
    await setUserActive(trx, userId, false);
    await deleteSessionsOfUser(trx, userId);
    await writeAudit(trx, operator, { action: 'user.deactivate', entityType: 'user', entityId: userId, ip });
    return { changed: true };
  });
}
