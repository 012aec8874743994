/** Reactivates a deactivated user: they can sign in again with their existing password. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import type { Actor } from '../../domain/access/roles.js';
import { lockUser, setUserActive } from '../../db/repositories/users.js';
import { AdminNotFoundError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

/**
 * @returns whether the user was deactivated before (false: already active, nothing changed).
 * @throws AdminNotFoundError for an unknown user.
 */
export async function reactivateUser(
  db: Kysely<Database>,
  userId: string,
  operator: Actor,
  ip: string | null = null,
): Promise<{ changed: boolean }> {
  if (!isUuid(userId)) throw new AdminNotFoundError('No such user');
  return db.transaction().execute(async (trx) => {
    const user = await lockUser(trx, userId);
    if (!user) throw new AdminNotFoundError('No such user');
    if (user.active) return { changed: false };
    await setUserActive(trx, userId, true);
    await writeAudit(trx, operator, { action: 'user.reactivate', entityType: 'user', entityId: userId, ip });
    return { changed: true };
  });
}
